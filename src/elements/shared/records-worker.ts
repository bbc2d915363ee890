// A module worker for big payloads: it parses the bytes, validates the dataset and turns its
// lead records into typed columns, then sends back the dataset without its records and the
// columns, transferred (not copied): a million record objects never cross back, and the
// page's main thread never runs the parse or the validation. See parse-in-worker.ts.
/* eslint-disable @typescript-eslint/no-restricted-imports -- this file runs in the worker, not in an element */
import { recordColumns, type RecordColumns } from '../../core/aggregate/columns.js';
import { parseDataset } from '../../core/metrics/parse.js';

export type WorkerAnswer =
  | { kind: 'ok'; dataset: Record<string, unknown>; leadCount: number | undefined; columns: RecordColumns | undefined }
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
  const buffers = columns ? [columns.channel, columns.createdAt, columns.mqlAt, columns.sqlAt, columns.opportunityAt, columns.wonAt, columns.lostAt, columns.firstContactAt, columns.amount].map((column) => column.buffer) : [];
  postMessage({ kind: 'ok', dataset, leadCount: leads?.length, columns } satisfies WorkerAnswer, { transfer: buffers as ArrayBuffer[] });
});
