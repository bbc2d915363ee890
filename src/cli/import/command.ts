import { parseArgs } from 'node:util';
import { SeenIds } from '../../core/ingest/seen-ids.js';
import { isTimeZone } from '../../core/time/zone.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../usage.js';
import { csvRows } from './csv-rows.js';
import { isDateFormat, ISO } from './dates.js';
import { RowMapper, type IssueKind, type RowIssue } from './map-row.js';
import type { Mapping } from './mapping.js';
import { loadMapping } from './presets.js';
import { Sink } from './sink.js';
import { cannotRead } from '../input-errors.js';

// `inbound-kpi-kit import`: a CRM export (CSV) into a dataset of lead records, streamed row
// by row into the output, so a file of any length is read in a fixed memory (the ids seen
// aside: a bit each for integer ids).


/** At most this many skipped rows are listed one by one; the summary counts them all. */
const LISTED = 100;
/** The dataset's opening, up to the leads array: everything the mapping knows before the rows. */
function datasetHead(mapping: Mapping, timezone: string, currency: string | undefined): string {
  const head: Record<string, unknown> = { version: 1 };
  if (currency !== undefined) head.currency = currency;
  head.timezone = timezone;
  head.granularity = mapping.granularity ?? 'month';
  if (mapping.dimensions?.length) head.dimensions = mapping.dimensions;
  if (mapping.reasons?.length) head.reasons = mapping.reasons;
  return `${JSON.stringify(head).slice(0, -1)},"leads":[\n`;
}

/** The column a mapping reads a field from. */
const columnFor = (mapping: Mapping, field: string) => Object.entries(mapping.columns).find(([, spec]) => (typeof spec === 'string' ? spec : spec.field) === field)?.[0];

/** A skipped row in one line: where, what, and the value at fault when the words do not quote it already. */
function describe(issue: RowIssue): string {
  const value = issue.value && !issue.message.includes(issue.value) ? ` (value "${issue.value}")` : '';
  return `line ${issue.line}${issue.column === undefined ? '' : `, column "${issue.column}"`}: ${issue.message}${value}`;
}

/** The import command (see its help in help.ts). */
export async function importCsv(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { preset: { type: 'string' }, map: { type: 'string' }, timezone: { type: 'string' }, 'date-format': { type: 'string', multiple: true }, currency: { type: 'string' }, out: { type: 'string' } },
  });
  const source = positionals[0];
  if (source === undefined) throw new UsageError('missing input: give a CSV file, or - for standard input');
  const { mapping, name } = await loadMapping(values);
  const timezone = values.timezone ?? mapping.timezone ?? 'UTC';
  if (!isTimeZone(timezone)) throw new UsageError(`--timezone takes an IANA time zone such as America/Sao_Paulo; not "${timezone}"`);
  const dateFormats = values['date-format'] ?? mapping.dateFormats ?? [ISO];
  const badFormat = dateFormats.find((f) => !isDateFormat(f));
  if (badFormat !== undefined) throw new UsageError(`--date-format takes a format such as DD/MM/YYYY HH:mm, M/D/YYYY h:mm A or ISO; not "${badFormat}"`);
  const currency = values.currency ?? mapping.currency;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new UsageError(`--currency takes an ISO 4217 code such as USD or BRL; not "${currency}"`);

  const rows = csvRows(io.readChunks(source));
  const named = source === '-' ? 'standard input' : source;
  let header: string[] | undefined;
  try {
    const first = await rows.next();
    if (first.done) throw new UsageError(`${named} is empty: expected a header line, then a row per record`);
    if ('error' in first.value) throw new UsageError(`${named}: the header line cannot be read: ${first.value.error}`);
    header = first.value.cells;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotRead(source, error);
  }
  const mapper = new RowMapper(mapping, header, { timezone, dateFormats, number: mapping.number ?? { decimal: '.', thousands: ',' } });
  for (const field of ['id', 'createdAt']) {
    if (!mapper.has(field)) {
      const column = columnFor(mapping, field);
      throw new UsageError(`the file has no column "${column}" (${name} maps it to ${field}); its columns: ${header.map((h) => `"${h.trim()}"`).join(', ')}`);
    }
  }
  if (mapper.has('amount') && currency === undefined) throw new UsageError('the mapping reads amounts: give their --currency (an ISO 4217 code such as USD or BRL), or "currency" in the mapping');
  for (const column of mapper.missing) io.stderr(`warning: the file has no column "${column}"; its field stays empty\n`);

  const sink = new Sink(io, values.out);
  const seen = new SeenIds(1 << 16);
  const skipped = new Map<IssueKind, number>();
  let read = 0;
  let imported = 0;
  let gaps = 0;
  let overlaps = 0;
  const skip = (issue: RowIssue) => {
    skipped.set(issue.kind, (skipped.get(issue.kind) ?? 0) + 1);
    const count = [...skipped.values()].reduce((a, b) => a + b, 0);
    if (count <= LISTED) io.stderr(`${describe(issue)}\n`);
  };
  await sink.write(datasetHead(mapping, timezone, currency));
  try {
    for await (const item of rows) {
      read++;
      if ('error' in item) {
        skip({ line: item.line, message: item.error, kind: 'malformed CSV' });
        continue;
      }
      const mapped = mapper.map(item.cells, item.line);
      if ('issue' in mapped) {
        skip(mapped.issue);
        continue;
      }
      const { id } = mapped.record;
      if (!seen.add(id, 0, id.length)) {
        skip({ line: item.line, column: columnFor(mapping, 'id')!, value: id, message: `id "${id}" was given on an earlier line`, kind: 'duplicate id' });
        continue;
      }
      await sink.write(`${imported === 0 ? '' : ',\n'}${JSON.stringify(mapped.record)}`);
      imported++;
      gaps += mapped.gaps;
      overlaps += mapped.overlaps;
    }
  } catch (error) {
    // The parser skips what it can; what it cannot (a read error, a record past its size
    // limit) ends the import, and the output written so far is not a whole dataset.
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('CSV_')) throw new UsageError(`${named}: ${(error as Error).message}; the output stops at the line before`);
    if (code) throw cannotRead(source, error, '; the output stops at the line before');
    throw error;
  }
  await sink.write('\n]}\n');
  await sink.close();
  const total = read - imported;
  if (total > LISTED) io.stderr(`… and ${total - LISTED} more rows skipped\n`);
  const reasons = [...skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, n]) => `${kind}: ${n}`);
  io.stderr(`import: ${read} rows read, ${imported} imported, ${total} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}\n`);
  io.stderr(`DST adjustments (${timezone}): ${gaps + overlaps} (${gaps} in a gap, moved forward; ${overlaps} in an overlap, the earlier instant)\n`);
  return total > 0 ? EXIT_INVALID : EXIT_OK;
}
