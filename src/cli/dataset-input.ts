import { readFile, stat } from 'node:fs/promises';
import { parseDataset } from '../core/ingest/parse.js';
import type { Dataset } from '../core/schema/dataset.js';
import { formatIssues } from '../core/schema/issues.js';
import { UsageError, type CliIo } from './usage.js';
import { cannotRead, jsonFailure } from './input-errors.js';

// How the dataset commands read their input: a file or standard input, as JSON, then checked
// against the contract (its issues printed, the command's exit code left to the caller).

/** A file's size in bytes; 0 for standard input or a file that cannot be read (reading it says why). */
export const sizeOf = (source: string) => (source === '-' ? Promise.resolve(0) : stat(source).then((s) => s.size, () => 0));

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
    throw cannotRead(source, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const name = source === '-' ? 'standard input' : source;
    // A CRM export read as it is: say what the CLI reads instead of quoting JSON.parse.
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0).trim();
    if (/^[^{[]/.test(firstLine) && /[,;\t]/.test(firstLine)) throw new UsageError(`${name} looks like CSV (its first line: "${firstLine.slice(0, 80)}"): the CLI reads a JSON dataset (README, "The data contract"); turn the export into one first (inbound-kpi-kit import --help)`);
    throw new UsageError(`${name} is not JSON: ${jsonFailure(text, error)}`);
  }
}

/** The dataset in a file (or - for standard input), or undefined when it is invalid (its issues printed to stderr, or into `report`). */
export async function loadDataset(source: string | undefined, io: CliIo, report?: { issueCount: number; issues: unknown[] }): Promise<Dataset | undefined> {
  const result = parseDataset(await readJson(source, io));
  if (result.ok) return result.dataset;
  if (report) Object.assign(report, { issueCount: result.issueCount, issues: result.issues });
  io.stderr(`invalid dataset: ${result.issueCount} issue${result.issueCount === 1 ? '' : 's'}\n`);
  for (const line of formatIssues(result)) io.stderr(`  ${line}\n`);
  return undefined;
}
