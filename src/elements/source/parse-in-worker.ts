// Big payloads are parsed and validated off the page's main thread (records-worker.ts): a
// million lead records took the page's only thread for nine seconds. The fetch stays here,
// so the `fetch` property, auth, retries, max-bytes and aborts work as for any payload.
// Loaded by dynamic import, for a big payload only, once the core (which reads answers) is here.
import type { Dataset, FactTable } from '../../core/kit.js';
import { core, type Core } from '../lazy/core.js';
import { KpiLoadError } from '../contract/load-error.js';
import type { WorkerAnswer } from './records-worker.js';

/** A dataset validated by the worker (its records as columns), or the JSON parsed on the page and why. */
export type BigPayload = { dataset: Dataset } | { json: unknown; inlineReason?: string };

let workerBroken: string | undefined;

/** Starts a records worker, or says why none can start here (a CSP, Trusted Types, a cross-origin script). */
function startWorker(): Worker | string {
  if (workerBroken) return workerBroken;
  if (typeof Worker !== 'function') return 'this browser has no module workers';
  try {
    return new Worker(new URL('./records-worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    workerBroken = `no worker could start here (${error instanceof Error ? error.message : String(error)})`;
    return workerBroken;
  }
}

/**
 * Parses and validates a big payload in a worker. Resolves with the worker's dataset, or
 * with the JSON parsed here when no worker can run (then the caller validates as usual).
 */
export function parseInWorker(bytes: Uint8Array): Promise<BigPayload> {
  const worker = startWorker();
  const inline = (reason: string): BigPayload => ({ json: core().parseJsonBytes(bytes), inlineReason: reason });
  if (typeof worker === 'string') return Promise.resolve(inline(worker));
  return new Promise((resolve, reject) => {
    const done = () => worker.terminate();
    // The tables' cells and the dataset's rows, which come in parts before them (see records-worker.ts).
    const cells: Array<ReturnType<Core['unpackCells']>> = [];
    const rows: unknown[] = [];
    const totals: Array<FactTable['totals'] & object> = [];
    worker.addEventListener('error', (event) => {
      done();
      // The file did not load (a bundler that does not ship workers, a CSP's worker-src): remember, and parse here.
      workerBroken = `the records worker could not start${event.message ? `: ${event.message}` : ''}`;
      try {
        resolve(inline(workerBroken));
      } catch (error) {
        reject(error);
      }
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'cells') {
        // Unpacked as they come: each part's work in its own task.
        for (const entry of core().unpackCells(answer.cells)) (cells[answer.table] ??= []).push(entry);
        return;
      }
      if (answer.kind === 'totals') {
        const sums = (totals[answer.table] ??= new Map());
        for (const [, byPeriod] of core().unpackCells(answer.cells)) for (const [index, cell] of byPeriod.entries()) sums.set(index, cell);
        return;
      }
      if (answer.kind === 'rows') {
        for (const row of answer.rows) rows.push(row);
        return;
      }
      if (answer.kind === 'ready') {
        // Transferred, not copied: a 100 MB copy would be a long task of its own. Until the
        // worker said it runs, the bytes stay here for the page to parse if it does not.
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
        worker.postMessage(whole, [whole]);
        return;
      }
      done();
      const loaded = core();
      if (answer.kind === 'parse') reject(loaded.jsonError(answer.text, new SyntaxError(answer.message)));
      else if (answer.kind === 'schema') {
        const lines = loaded.formatIssues(answer).slice(0, 3).join('; ');
        reject(new KpiLoadError('schema', `The response does not match the dataset format: ${lines}`, { issues: answer.issues, issueCount: answer.issueCount }));
      } else {
        const { dataset, leadCount, columns, tables } = answer;
        let parsed = { ...dataset, rows } as unknown as Dataset;
        if (leadCount !== undefined && columns) {
          // The records stay as columns: an array of their count stands for them, and the core reads the columns.
          const leads = new Array(leadCount) as Dataset['leads'] & object;
          loaded.primeRecordColumns(leads, columns);
          parsed = { ...parsed, leads };
        }
        tables.forEach((table, index) => loaded.adoptFactTable(parsed, { ...table, cells: new Map(cells[index]), ...(totals[index] && { totals: totals[index] }) }));
        resolve({ dataset: parsed });
      }
    });
  });
}
