import { parseArgs } from 'node:util';
import { RowsFromRecords } from '../../core/ingest/rows-from-records.js';
import { formatIssues } from '../../core/schema/issues.js';
import { GRANULARITIES } from '../../core/time/period.js';
import { isTimeZone } from '../../core/time/zone.js';
import { sizeOf } from '../dataset-input.js';
import { dimensionList } from '../dimension-list.js';
import { recordTexts } from '../json-stream.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../usage.js';
import { cannotRead } from '../input-errors.js';

/** Records in, rows out, streaming (see HELP.aggregate). */
export async function aggregate(args: string[], io: CliIo): Promise<number> {
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
    if ((error as NodeJS.ErrnoException).code) throw cannotRead(source, error);
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
