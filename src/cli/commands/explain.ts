import { parseArgs } from 'node:util';
import { MODES, type Mode } from '../../core/aggregate/aggregate.js';
import { toCsv, type CsvCell } from '../../core/format/csv.js';
import { formatPoints, formatValue } from '../../core/format/number.js';
import { getMetric } from '../../core/metrics/registry.js';
import { explain, explainBy } from '../../core/metrics/bridge.js';
import { replayedAsOf } from '../../core/schema/today.js';
import { parseCivilDate } from '../../core/time/instant.js';
import { checkView } from '../check-view.js';
import { loadDataset } from '../dataset-input.js';
import { textTable } from '../text-table.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../usage.js';

/** Why a number moved (see HELP.explain). */
export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      metric: { type: 'string' },
      period: { type: 'string' },
      mode: { type: 'string' },
      where: { type: 'string' },
      against: { type: 'string', default: 'previous' },
      by: { type: 'string' },
      format: { type: 'string', default: 'json' },
      'as-of': { type: 'string' },
    },
  });
  if (values.metric === undefined) throw new UsageError('explain needs --metric (customers, revenue, mqls or leads; with --by, a rate such as lead_to_mql)');
  if (values.against !== 'previous' && values.against !== 'target') throw new UsageError(`--against takes previous or target; not "${values.against}"`);
  if (values.mode !== undefined && !(MODES as readonly string[]).includes(values.mode)) throw new UsageError(`--mode takes period or cohort; not "${values.mode}"`);
  if (!['json', 'csv', 'table'].includes(values.format)) throw new UsageError(`--format takes json, csv or table; not "${values.format}"`);
  const asOf = values['as-of'];
  if (asOf !== undefined && Number.isNaN(parseCivilDate(asOf))) throw new UsageError(`--as-of takes a calendar day YYYY-MM-DD; not "${asOf}"`);
  const loaded = await loadDataset(positionals[0], io);
  if (!loaded) return EXIT_INVALID;
  const dataset = asOf === undefined ? loaded : replayedAsOf(loaded, asOf);
  if (values.where !== undefined) checkView(dataset, { where: values.where });
  const query = {
    metric: values.metric,
    ...(values.period !== undefined && { period: values.period }),
    ...(values.mode !== undefined && { mode: values.mode as Mode }),
    ...(values.where !== undefined && { where: values.where }),
  };
  if (values.by !== undefined) {
    const split = explainBy(dataset, { ...query, by: values.by });
    if (values.format === 'json') io.stdout(`${JSON.stringify(split, null, 2)}\n`);
    else {
      const rows: CsvCell[][] = split.members.map((m) => [m.value ?? '(unassigned)', m.weightFrom, m.weightTo, m.rateFrom, m.rateTo, m.mix, m.rate]);
      rows.push(['total', 1, 1, split.from, split.to, split.mix, split.rate]);
      // On screen, shares and rates as percentages and their effects in points; the CSV keeps the fractions.
      const shown = rows.map(([member, ...numbers]) => [member!, ...numbers.map((x, i) => (x === null ? null : i < 4 ? formatValue(x as number, 'rate') : formatPoints((x as number) * 100)))]);
      io.stdout(values.format === 'csv' ? toCsv([split.by, 'weight_from', 'weight_to', 'rate_from', 'rate_to', 'mix', 'rate'], rows) : textTable([split.by, 'share before', 'share now', 'rate before', 'rate now', 'mix', 'rate'], shown));
    }
    return EXIT_OK;
  }
  const bridge = explain(dataset, { ...query, against: values.against });
  // Against targets, a driver without one is read against the previous period: said, not left to the reference column.
  const untargeted = values.against === 'target' ? bridge.contributions.filter((c) => c.reference === 'previous').map((c) => c.driver) : [];
  if (untargeted.length > 0) {
    const all = untargeted.length === bridge.contributions.length;
    io.stderr(`note: ${all ? `no driver of ${bridge.metric} has a target` : `${untargeted.join(', ')} ${untargeted.length === 1 ? 'has' : 'have'} no target`}: read against the previous period${all ? ` (a target of ${bridge.metric} itself is not split among its drivers)` : ''}\n`);
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(bridge, null, 2)}\n`);
  else {
    const rows: CsvCell[][] = bridge.contributions.map((c) => [c.driver, c.from, c.to, c.contribution, c.reference]);
    rows.push([bridge.metric, bridge.from, bridge.to, bridge.to === null || bridge.from === null ? null : bridge.to - bridge.from, bridge.method ?? bridge.reason ?? '']);
    // On screen, each value in its driver's unit and each contribution in the metric's, signed; the CSV keeps the numbers.
    const unitOf = (id: CsvCell) => getMetric(String(id))?.unit ?? 'count';
    const metricUnit = unitOf(bridge.metric);
    const shown = rows.map(([driver, from, to, contribution, reference]) => [
      driver!,
      ...[from, to].map((x) => (x === null ? null : formatValue(x as number, unitOf(driver!), { currency: dataset.currency }))),
      contribution === null ? null : signed(contribution as number, metricUnit === 'money' ? dataset.currency : undefined),
      reference!,
    ]);
    io.stdout(values.format === 'csv' ? toCsv(['driver', 'from', 'to', 'contribution', 'reference'], rows) : textTable(['driver', 'from', 'to', 'contribution', 'reference'], shown));
  }
  return EXIT_OK;
}

/** A contribution, signed, to two decimals (in the currency for money): "+0.95", "-1,234.50". */
function signed(x: number, currency?: string): string {
  return new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero', ...(currency && { style: 'currency', currency }) }).format(x);
}
