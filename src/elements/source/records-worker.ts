// A module worker for big payloads: it parses the bytes, validates the dataset, turns its
// lead records into typed columns and aggregates the first view's facts, then sends back the
// dataset without its records, the columns (transferred, not copied) and the fact table: a
// million record objects never cross back, and the page's main thread runs neither the
// parse, nor the validation, nor the first aggregation. See parse-in-worker.ts.
/* eslint-disable @typescript-eslint/no-restricted-imports -- this file runs in the worker, not in an element */
import { factTable } from '../../core/aggregate/aggregate.js';
import type { FactTable } from '../../core/aggregate/table.js';
import { recordColumns, type RecordColumns } from '../../core/aggregate/columns.js';
import { parseDataset } from '../../core/ingest/parse.js';

export type WorkerAnswer =
  | { kind: 'ready' }
  | { kind: 'ok'; dataset: Record<string, unknown>; leadCount: number | undefined; columns: RecordColumns | undefined; table: FactTable }
  | { kind: 'schema'; issues: { path: string; message: string }[]; issueCount: number }
  | { kind: 'parse'; text: string; message: string };

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  const text = new TextDecoder().decode(event.data);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    postMessage({ kind: 'parse', text: text.slice(0, 200), message: (error as Error).message } satisfies WorkerAnswer);
    return;
  }
  const result = parseDataset(json);
  if (!result.ok) {
    postMessage({ kind: 'schema', issues: result.issues, issueCount: result.issueCount } satisfies WorkerAnswer);
    return;
  }
  const { leads, ...dataset } = result.dataset;
  const columns = leads ? recordColumns(leads) : undefined;
  // The first view's facts (the dataset's granularity, counted by period), built here too:
  // aggregating a million records is the one long task the page would have left.
  const table = factTable(result.dataset, result.dataset.granularity, 'period');
  // Dimensions travel as columns too: each one's member ids, its names copied.
  const buffers = columns ? [columns.channel, columns.createdAt, columns.mqlAt, columns.sqlAt, columns.opportunityAt, columns.wonAt, columns.lostAt, columns.firstContactAt, columns.amount, columns.acceptedAt, columns.rejectedAt, columns.disqualifiedAt, columns.recycledAt, columns.reason, ...Object.values(columns.dims).map((d) => d.ids)].map((column) => column.buffer) : [];
  postMessage({ kind: 'ok', dataset, leadCount: leads?.length, columns, table } satisfies WorkerAnswer, { transfer: buffers as ArrayBuffer[] });
});

// Loaded and listening: the page may now hand over its bytes (transferred, so not kept there).
postMessage({ kind: 'ready' } satisfies WorkerAnswer);
