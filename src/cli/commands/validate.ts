import { parseArgs } from 'node:util';
import type { Dataset } from '../../core/schema/dataset.js';
import { loadDataset } from '../dataset-input.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../usage.js';

// `validate`: each file checked against the contract (see HELP.validate).

function summary(dataset: Dataset): string {
  const parts = [`${dataset.rows.length} rows`];
  if (dataset.leads) parts.push(`${dataset.leads.length} lead records`);
  parts.push(`${dataset.targets.length} targets`, `${dataset.slas.length} SLAs`, `${dataset.benchmarks.length} benchmarks`);
  if (dataset.dimensions.length > 0) parts.push(`dimensions ${dataset.dimensions.map((d) => d.id).join(', ')}`);
  return `valid dataset v1: ${parts.join(', ')} (${dataset.granularity}, ${dataset.timezone}${dataset.currency ? `, ${dataset.currency}` : ''})`;
}

/** Validates each file given; the exit code is the worst of them. With several, each line names its file. */
export async function validate(args: string[], io: CliIo): Promise<number> {
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
