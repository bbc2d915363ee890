// A module worker for big payloads: it parses the bytes, validates the dataset, turns its
// lead records into typed columns and aggregates the first view's facts, then sends back the
// dataset without its records, the columns (transferred, not copied) and the fact tables: a
// million record objects never cross back, and the page's main thread runs neither the
// parse, nor the validation, nor the first view's aggregations. See parse-in-worker.ts.
/* eslint-disable @typescript-eslint/no-restricted-imports -- this file runs in the worker, not in an element */
import type { FactTable } from '../../core/aggregate/table.js';
import type { PeriodCells } from '../../core/aggregate/period-cells.js';
import { recordColumns, type RecordColumns } from '../../core/aggregate/columns.js';
import { parseDataset } from '../../core/ingest/parse.js';
import { firstViewTables } from '../../core/metrics/first-view.js';

export type WorkerAnswer =
  | { kind: 'ready' }
  /** Some of table `table`'s members and their cells, in the table's order (they come before the table). */
  | { kind: 'cells'; table: number; cells: Array<[string, PeriodCells]> }
  | { kind: 'ok'; dataset: Record<string, unknown>; leadCount: number | undefined; columns: RecordColumns | undefined; tables: FactTable[] }
  | { kind: 'schema'; issues: { path: string; message: string }[]; issueCount: number }
  | { kind: 'parse'; text: string; message: string };

/**
 * How much a message carries, in samples (a cell costs about what 250 samples do). The page
 * copies each message in (structured clone) in one task: a table of 50,000 channels in one
 * message was a task of over a second there, a million records' samples (response hours,
 * cycle days…) over 100 ms, so a table's members come in parts, each copied in a task of its own.
 */
const CELL_WEIGHT = 250;
const MESSAGE_WEIGHT = 250_000;

/** What copying one member's cells costs, in samples. */
function weightOf(cells: PeriodCells): number {
  let weight = 0;
  for (const [, cell] of cells.entries()) {
    weight += CELL_WEIGHT + cell.responseHours.length + cell.cycleDays.length + cell.decisionHours.length;
    for (const days of cell.stageDays) weight += days.length;
  }
  return weight;
}

/** Posts the tables' cells in parts; returns the tables without them, for the last message. */
function postCells(tables: FactTable[]): FactTable[] {
  return tables.map((table, index) => {
    let part: Array<[string, PeriodCells]> = [];
    let weight = 0;
    for (const entry of table.cells) {
      part.push(entry);
      weight += weightOf(entry[1]);
      if (weight >= MESSAGE_WEIGHT) {
        postMessage({ kind: 'cells', table: index, cells: part } satisfies WorkerAnswer);
        part = [];
        weight = 0;
      }
    }
    if (part.length > 0) postMessage({ kind: 'cells', table: index, cells: part } satisfies WorkerAnswer);
    return { ...table, cells: new Map() };
  });
}

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
  // The first view's facts (its period's, and the previous period's to the same day while it
  // runs), built here too: each aggregation of a million records is a long task on the page.
  const tables = postCells(firstViewTables(result.dataset));
  // Dimensions travel as columns too: each one's member ids, its names copied.
  const buffers = columns ? [columns.channel, columns.createdAt, columns.mqlAt, columns.sqlAt, columns.opportunityAt, columns.wonAt, columns.lostAt, columns.firstContactAt, columns.amount, columns.acceptedAt, columns.rejectedAt, columns.disqualifiedAt, columns.recycledAt, columns.reason, ...Object.values(columns.dims).map((d) => d.ids)].map((column) => column.buffer) : [];
  postMessage({ kind: 'ok', dataset, leadCount: leads?.length, columns, tables } satisfies WorkerAnswer, { transfer: buffers as ArrayBuffer[] });
});

// Loaded and listening: the page may now hand over its bytes (transferred, so not kept there).
postMessage({ kind: 'ready' } satisfies WorkerAnswer);
