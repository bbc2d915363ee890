import { parseArgs } from 'node:util';
import { MODES, type Mode } from '../../core/aggregate/aggregate.js';
import { reportByCsv, reportByTable, reportCsv, reportTable } from '../../core/format/report.js';
import { resolveLocale } from '../../core/format/messages.js';
import { availablePeriods, COMPARISONS, computeMetrics, type Comparison, type MetricsResult } from '../../core/metrics/compute.js';
import { computeBy } from '../../core/metrics/members.js';
import { LOCALES } from '../../core/metrics/types.js';
import { replayedAsOf } from '../../core/schema/today.js';
import { parseCivilDate } from '../../core/time/instant.js';
import { checkView } from '../check-view.js';
import { loadDataset } from '../dataset-input.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../usage.js';

// `compute`: every metric and SLA for one period and view (see HELP.compute).

function parseCompare(value: string | undefined): Comparison[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    if (!(COMPARISONS as readonly string[]).includes(item)) throw new UsageError(`--compare takes ${COMPARISONS.join(', ')}; not "${item}"`);
  }
  return list as Comparison[];
}

/** Every metric and SLA for one period and view (see HELP.compute). */
export async function compute(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      period: { type: 'string' },
      channel: { type: 'string' },
      where: { type: 'string' },
      by: { type: 'string' },
      mode: { type: 'string' },
      compare: { type: 'string' },
      format: { type: 'string', default: 'json' },
      lang: { type: 'string', default: 'en' },
      'as-of': { type: 'string' },
    },
  });
  const asOf = values['as-of'];
  if (asOf !== undefined && Number.isNaN(parseCivilDate(asOf))) throw new UsageError(`--as-of takes a calendar day YYYY-MM-DD; not "${asOf}"`);
  if (values.mode !== undefined && !(MODES as readonly string[]).includes(values.mode)) throw new UsageError(`--mode takes period or cohort; not "${values.mode}"`);
  if (!['json', 'csv', 'table'].includes(values.format)) throw new UsageError(`--format takes json, csv or table; not "${values.format}"`);
  if (!/^(en|pt|es)(-|$)/i.test(values.lang)) throw new UsageError(`--lang takes ${LOCALES.join(', ')}; not "${values.lang}"`);
  const compare = parseCompare(values.compare);
  const loaded = await loadDataset(positionals[0], io);
  if (!loaded) return EXIT_INVALID;
  // A pipeline reproducing an earlier day's view: the same data, as known at the end of that day.
  const dataset = asOf === undefined ? loaded : replayedAsOf(loaded, asOf);
  checkView(dataset, { ...(values.channel !== undefined && { channel: values.channel }), ...(values.where !== undefined && { where: values.where }) });
  const query = {
    ...(values.period !== undefined && { period: values.period }),
    ...(values.channel !== undefined && { channel: values.channel }),
    ...(values.where !== undefined && { where: values.where }),
    ...(values.mode !== undefined && { mode: values.mode as Mode }),
    ...(compare && { compare }),
  };
  const locale = resolveLocale(values.lang);
  if (values.by !== undefined) {
    const split = computeBy(dataset, { ...query, by: values.by });
    for (const warning of split.total.warnings) io.stderr(`warning: ${warning}\n`);
    if (values.format === 'csv') io.stdout(reportByCsv(split, locale));
    else if (values.format === 'table') io.stdout(reportByTable(split, locale));
    else {
      const json = { by: split.by, members: split.members.map(({ value, result }) => ({ value, result: withoutInterval(result) })), total: withoutInterval(split.total) };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    return EXIT_OK;
  }
  const result = computeMetrics(dataset, query);
  if (result.empty && values.period !== undefined) {
    const periods = availablePeriods(dataset, result.granularity);
    io.stderr(`warning: ${values.period} has no data${periods.length ? `; the data covers ${periods[0]} to ${periods.at(-1)} (${periods.length} periods: --period takes a day, ISO week, month, quarter or year key)` : ''}\n`);
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (values.format === 'csv') io.stdout(reportCsv(result, locale));
  else if (values.format === 'table') io.stdout(reportTable(result, locale));
  else io.stdout(`${JSON.stringify(withoutInterval(result), null, 2)}\n`);
  return EXIT_OK;
}

/** A result as the JSON prints it: `interval` is the parsed period key, for in-process readers; the JSON keeps the key. */
function withoutInterval(result: MetricsResult): Omit<MetricsResult, 'interval'> {
  const { interval: _interval, ...json } = result;
  return json;
}
