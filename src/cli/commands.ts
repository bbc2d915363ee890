// The commands that need the core (loaded by run.ts only when one of them is asked for).
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  channelsOf,
  COMPARISONS,
  availablePeriods,
  computeBy,
  computeMetrics,
  explain,
  explainBy,
  review,
  reviewHtml,
  reviewMarkdown,
  toCsv,
  type CsvCell,
  DIMENSION_ID,
  MAX_DIMENSIONS,
  formatIssues,
  LOCALES,
  MODES,
  parseCivilDate,
  parseDataset,
  GRANULARITIES,
  isTimeZone,
  reportByCsv,
  reportByTable,
  reportCsv,
  RowsFromRecords,
  reportTable,
  resolveLocale,
  type Comparison,
  type Dataset,
  type MetricsResult,
  type Mode,
} from '../core/index.js';
import { recordTexts } from './json-stream.js';
import { periodReasonsSql, periodRowsSql, reasonsWithDimensions, withDimensions } from './sql-recipe.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './usage.js';


/** A file's size in bytes; 0 for standard input or a file that cannot be read (reading it says why). */
const sizeOf = (source: string) => (source === '-' ? Promise.resolve(0) : stat(source).then((s) => s.size, () => 0));

/** What V8 can hold in one string (about 512 MB of text): a file above it cannot be JSON.parse'd whole. */
const MAX_STRING = 0x1fffffe8;

async function readJson(source: string | undefined, io: CliIo): Promise<unknown> {
  if (source === undefined) throw new UsageError('missing input: give a file path, or - for standard input');
  const size = await sizeOf(source);
  if (size > MAX_STRING) {
    throw new UsageError(`${source} is ${(size / 1e6).toFixed(0)} MB, more than one JavaScript string can hold (about 536 MB): turn its records into summary rows first, in a streaming pass: inbound-kpi-kit aggregate ${source} > rows.json`);
  }
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const name = source === '-' ? 'standard input' : source;
    // A CRM export read as it is: say what the CLI reads instead of quoting JSON.parse.
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0).trim();
    if (/^[^{[]/.test(firstLine) && /[,;\t]/.test(firstLine)) throw new UsageError(`${name} looks like CSV (its first line: "${firstLine.slice(0, 80)}"): the CLI reads a JSON dataset (README, "The data contract"); turn the export into one first (inbound-kpi-kit import --help)`);
    throw new UsageError(`${name} is not JSON: ${(error as Error).message}`);
  }
}

function summary(dataset: Dataset): string {
  const parts = [`${dataset.rows.length} rows`];
  if (dataset.leads) parts.push(`${dataset.leads.length} lead records`);
  parts.push(`${dataset.targets.length} targets`, `${dataset.slas.length} SLAs`, `${dataset.benchmarks.length} benchmarks`);
  if (dataset.dimensions.length > 0) parts.push(`dimensions ${dataset.dimensions.map((d) => d.id).join(', ')}`);
  return `valid dataset v1: ${parts.join(', ')} (${dataset.granularity}, ${dataset.timezone}${dataset.currency ? `, ${dataset.currency}` : ''})`;
}

async function loadDataset(source: string | undefined, io: CliIo, report?: { issueCount: number; issues: unknown[] }): Promise<Dataset | undefined> {
  const result = parseDataset(await readJson(source, io));
  if (result.ok) return result.dataset;
  if (report) Object.assign(report, { issueCount: result.issueCount, issues: result.issues });
  io.stderr(`invalid dataset: ${result.issueCount} issue${result.issueCount === 1 ? '' : 's'}\n`);
  for (const line of formatIssues(result)) io.stderr(`  ${line}\n`);
  return undefined;
}

function parseCompare(value: string | undefined): Comparison[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    if (!(COMPARISONS as readonly string[]).includes(item)) throw new UsageError(`--compare takes ${COMPARISONS.join(', ')}; not "${item}"`);
  }
  return list as Comparison[];
}

async function compute(args: string[], io: CliIo): Promise<number> {
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
  const dataset = asOf === undefined ? loaded : { ...loaded, asOf };
  const channels = channelsOf(dataset);
  if (values.channel !== undefined && !channels.includes(values.channel)) throw new UsageError(`--channel "${values.channel}" is not in the data; its channels: ${channels.join(', ') || '(none)'}`);
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

/** Validates each file given; the exit code is the worst of them. With several, each line names its file. */
async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (files.length === 0) throw new UsageError('missing input: give one or more file paths, or - for standard input');
  let worst = EXIT_OK;
  // --json: one line per file, for pipelines: {"file", "valid", "issueCount", "issues", "summary" | "error"}.
  const report: Array<Record<string, unknown>> = [];
  for (const file of files) {
    const prefix = files.length > 1 ? `${file}: ` : '';
    const issues: { issueCount: number; issues: unknown[] } = { issueCount: 0, issues: [] };
    const named: CliIo = values.json
      ? { ...io, stdout: () => {}, stderr: () => {} }
      : { ...io, stdout: (text) => io.stdout(prefix + text), stderr: (text) => io.stderr(prefix ? prefix + text.trimStart() : text) };
    let code: number;
    try {
      const dataset = await loadDataset(file, named, issues);
      if (dataset) named.stdout(`${summary(dataset)}\n`);
      code = dataset ? EXIT_OK : EXIT_INVALID;
      report.push({ file, valid: code === EXIT_OK, ...issues, ...(dataset && { summary: summary(dataset) }) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      named.stderr(`error: ${error.message}\n`);
      code = EXIT_USAGE;
      report.push({ file, valid: false, error: error.message });
    }
    worst = Math.max(worst, code);
  }
  if (values.json) for (const line of report) io.stdout(`${JSON.stringify(line)}\n`);
  return worst;
}

/** Records in, rows out, streaming (see HELP.aggregate). */
async function aggregate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { granularity: { type: 'string', default: 'month' }, timezone: { type: 'string', default: 'UTC' }, 'response-hours': { type: 'string', default: '24' }, 'acceptance-hours': { type: 'string', default: '24' }, currency: { type: 'string' }, by: { type: 'string' } },
  });
  const source = positionals[0];
  if (source === undefined) throw new UsageError('missing input: give a file of records (NDJSON or a JSON array), or - for standard input');
  const granularity = values.granularity;
  if (granularity === 'year' || !(GRANULARITIES as readonly string[]).includes(granularity)) throw new UsageError(`--granularity takes day, week, month or quarter; not "${granularity}"`);
  if (!isTimeZone(values.timezone)) throw new UsageError(`--timezone takes an IANA time zone such as America/Sao_Paulo; not "${values.timezone}"`);
  const responseHours = Number(values['response-hours']);
  if (!(responseHours > 0) || !Number.isFinite(responseHours)) throw new UsageError(`--response-hours takes a positive number of hours; not "${values['response-hours']}"`);
  const acceptanceHours = Number(values['acceptance-hours']);
  if (!(acceptanceHours > 0) || !Number.isFinite(acceptanceHours)) throw new UsageError(`--acceptance-hours takes a positive number of hours; not "${values['acceptance-hours']}"`);
  const currency = values.currency;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new UsageError(`--currency takes an ISO 4217 code such as USD or BRL; not "${currency}"`);
  // About 128 bytes a record in a CRM export's NDJSON: enough to size the ids' table once.
  const size = await sizeOf(source);
  const dims = dimensionList(values.by);
  const rows = new RowsFromRecords({ timezone: values.timezone, granularity: granularity as 'month', responseHours, acceptanceHours, money: currency !== undefined, expectedRecords: Math.round(size / 128), dims });
  try {
    // Small batches: records die young (a scavenge frees them) rather than fill the old space.
    for await (const batch of recordTexts(io.readChunks(source), 5000)) rows.addTexts(batch);
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`${source === '-' ? 'standard input' : source}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UsageError(`cannot read ${source}: ${code}`);
    throw error;
  }
  if (rows.hasAmounts && currency === undefined) throw new UsageError('the records carry amounts: give their --currency (an ISO 4217 code such as USD or BRL)');
  if (rows.issueCount > 0) {
    io.stderr(`invalid records: ${rows.issueCount} issue${rows.issueCount === 1 ? '' : 's'}\n`);
    for (const line of formatIssues({ issues: rows.issues, issueCount: rows.issueCount })) io.stderr(`  ${line}\n`);
    return EXIT_INVALID;
  }
  const out = rows.rows();
  const declared = dims.length > 0 ? `"dimensions":${JSON.stringify(dims.map((id) => ({ id })))},` : '';
  io.stdout(`{"version":1,${currency ? `"currency":"${currency}",` : ''}"timezone":${JSON.stringify(values.timezone)},"granularity":"${granularity}","responseWindowHours":${responseHours},${declared}"rows":[\n`);
  out.forEach((row, i) => io.stdout(`${JSON.stringify(row)}${i < out.length - 1 ? ',' : ''}\n`));
  io.stdout(']}\n');
  io.stderr(`${rows.records} records -> ${out.length} rows\n`);
  return EXIT_OK;
}

/** Why a number moved (see HELP.explain). */
async function explainCommand(args: string[], io: CliIo): Promise<number> {
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
  const dataset = asOf === undefined ? loaded : { ...loaded, asOf };
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
      io.stdout(values.format === 'csv' ? toCsv([split.by, 'weight_from', 'weight_to', 'rate_from', 'rate_to', 'mix', 'rate'], rows) : textTable([split.by, 'share before', 'share now', 'rate before', 'rate now', 'mix', 'rate'], rows));
    }
    return EXIT_OK;
  }
  const bridge = explain(dataset, { ...query, against: values.against });
  if (values.format === 'json') io.stdout(`${JSON.stringify(bridge, null, 2)}\n`);
  else {
    const rows: CsvCell[][] = bridge.contributions.map((c) => [c.driver, c.from, c.to, c.contribution, c.reference]);
    rows.push([bridge.metric, bridge.from, bridge.to, bridge.to === null || bridge.from === null ? null : bridge.to - bridge.from, bridge.method ?? bridge.reason ?? '']);
    io.stdout(values.format === 'csv' ? toCsv(['driver', 'from', 'to', 'contribution', 'reference'], rows) : textTable(['driver', 'from', 'to', 'contribution', 'reference'], rows));
  }
  return EXIT_OK;
}

/** The meeting's digest (see HELP.review). */
async function reviewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { since: { type: 'string' }, 'as-of': { type: 'string' }, where: { type: 'string' }, format: { type: 'string', default: 'md' }, lang: { type: 'string', default: 'en' } },
  });
  if (values.since === undefined || Number.isNaN(parseCivilDate(values.since))) throw new UsageError(`review needs --since YYYY-MM-DD (the day of the last meeting)${values.since ? `; not "${values.since}"` : ''}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && Number.isNaN(parseCivilDate(asOf))) throw new UsageError(`--as-of takes a calendar day YYYY-MM-DD; not "${asOf}"`);
  if (!['md', 'html', 'json'].includes(values.format)) throw new UsageError(`--format takes md, html or json; not "${values.format}"`);
  if (!/^(en|pt|es)(-|$)/i.test(values.lang)) throw new UsageError(`--lang takes ${LOCALES.join(', ')}; not "${values.lang}"`);
  const dataset = await loadDataset(positionals[0], io);
  if (!dataset) return EXIT_INVALID;
  const result = review(dataset, { since: values.since, ...(asOf !== undefined && { asOf }), ...(values.where !== undefined && { where: values.where }) });
  const locale = resolveLocale(values.lang);
  if (values.format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(values.format === 'html' ? reviewHtml(result, locale, dataset.currency) : reviewMarkdown(result, locale, dataset.currency));
  return EXIT_OK;
}

/** Rows of numbers and words, aligned for a terminal (numbers to 4 significant digits). */
function textTable(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : (v ?? '—').toString());
  const text = rows.map((r) => r.map(cell));
  const widths = header.map((h, c) => Math.max(h.length, ...text.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n') + '\n';
}

/** The SQL recipe, grouped by the dimensions asked for. */
async function sql(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { by: { type: 'string' }, reasons: { type: 'boolean' } } });
  const dims = dimensionList(values.by);
  io.stdout(values.reasons ? reasonsWithDimensions(await periodReasonsSql(), dims) : withDimensions(await periodRowsSql(), dims));
  return EXIT_OK;
}

/** `--by segment,owner` as dimension ids, each checked. */
function dimensionList(by: string | undefined): string[] {
  const dims = by === undefined ? [] : [...new Set(by.split(',').map((id) => id.trim()).filter(Boolean))];
  const bad = dims.find((id) => !DIMENSION_ID.test(id) || id === 'channel' || id === 'period');
  if (bad !== undefined) throw new UsageError(`--by takes dimension ids (lower-case letters, digits and _, as in records' dims), comma-separated; not "${bad}"`);
  if (dims.length > MAX_DIMENSIONS) throw new UsageError(`--by keeps at most ${MAX_DIMENSIONS} dimensions`);
  return dims;
}

/** The package's version, from its package.json beside dist/. */

/** The commands that read a dataset or records: the core comes with them. */
export const COMMANDS = { validate, compute, aggregate, explain: explainCommand, review: reviewCommand, sql };
