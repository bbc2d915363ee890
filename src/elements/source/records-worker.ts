// A module worker for big payloads: it parses the bytes, validates the dataset, turns its
// lead records into typed columns and aggregates the first view's facts, then sends back the
// dataset without its records, the columns (transferred, not copied) and the fact tables: a
// million record objects never cross back, and the page's main thread runs neither the
// parse, nor the validation, nor the first view's aggregations. See parse-in-worker.ts.
/* eslint-disable @typescript-eslint/no-restricted-imports -- this file runs in the worker, not in an element */
import type { FactTable } from '../../core/aggregate/table.js';
import { PeriodCells } from '../../core/aggregate/period-cells.js';
import { packCells, packedBuffers, type PackedCells } from '../../core/aggregate/packed-cells.js';
import { recordColumns, type RecordColumns } from '../../core/aggregate/columns.js';
import { parseDataset } from '../../core/ingest/parse.js';
import { firstViewTables } from '../../core/metrics/first-view.js';

export type WorkerAnswer =
  | { kind: 'ready' }
  /** Some of table `table`'s members and their cells, packed, in the table's order (they come before the table). */
  | { kind: 'cells'; table: number; cells: PackedCells }
  /** Some of table `table`'s all-members sums, packed, each as a member named by its period index (they come before the table). */
  | { kind: 'totals'; table: number; cells: PackedCells }
  /** Some of the dataset's rows, in order (they come before the dataset). */
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'ok'; dataset: Record<string, unknown>; leadCount: number | undefined; columns: RecordColumns | undefined; tables: FactTable[] }
  | { kind: 'schema'; issues: { path: string; message: string }[]; issueCount: number }
  | { kind: 'parse'; text: string; message: string };

/**
 * How much a message carries, in samples (a packed cell costs about what 20 samples do, a
 * row 15). The page copies each message in, and unpacks its cells, in one task: 50,000
 * channels' cells, or their 100,000 rows, in one message were a task of seconds there, so
 * they come in parts, each in a task of its own.
 */
const CELL_WEIGHT = 20;
const ROW_WEIGHT = 15;
const MESSAGE_WEIGHT = 25_000;

/** Splits items, in order, into parts of about MESSAGE_WEIGHT each. */
function* parts<T>(items: Iterable<T>, weightOf: (item: T) => number): Generator<T[]> {
  let part: T[] = [];
  let weight = 0;
  for (const item of items) {
    part.push(item);
    weight += weightOf(item);
    if (weight >= MESSAGE_WEIGHT) {
      yield part;
      part = [];
      weight = 0;
    }
  }
  if (part.length > 0) yield part;
}

/** What copying one member's cells costs, in samples. */
function weightOf([, cells]: [string, PeriodCells]): number {
  let weight = 0;
  for (const [, cell] of cells.entries()) {
    weight += CELL_WEIGHT + cell.responseHours.length + cell.cycleDays.length + cell.decisionHours.length;
    for (const days of cell.stageDays) weight += days.length;
  }
  return weight;
}

/** A table's all-members sums as members of their own, one a period, named by its index: to pack and post as cells are. */
function totalsAsMembers(totals: FactTable['totals']): Array<[string, PeriodCells]> {
  return [...(totals ?? [])].map(([index, cell]) => {
    const cells = new PeriodCells();
    cells.set(index, cell);
    return [String(index), cells];
  });
}

/** Posts the tables' cells and sums, packed, in parts; returns the tables without them, for the last message. */
function postCells(tables: FactTable[]): FactTable[] {
  return tables.map((table, index) => {
    const post = (kind: 'cells' | 'totals', members: Iterable<[string, PeriodCells]>) => {
      for (const part of parts(members, weightOf)) {
        const cells = packCells(part);
        postMessage({ kind, table: index, cells } satisfies WorkerAnswer, { transfer: packedBuffers(cells) });
      }
    };
    post('cells', table.cells);
    post('totals', totalsAsMembers(table.totals));
    const { totals: _sent, ...rest } = table;
    return { ...rest, cells: new Map() };
  });
}

/** Posts the dataset's rows in parts; returns the dataset without them, for the last message. */
function postRows<D extends { rows: unknown[] }>(dataset: D): D {
  for (const part of parts(dataset.rows, () => ROW_WEIGHT)) postMessage({ kind: 'rows', rows: part } satisfies WorkerAnswer);
  return { ...dataset, rows: [] };
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
  postMessage({ kind: 'ok', dataset: postRows(dataset), leadCount: leads?.length, columns, tables } satisfies WorkerAnswer, { transfer: buffers as ArrayBuffer[] });
});

// Loaded and listening: the page may now hand over its bytes (transferred, so not kept there).
postMessage({ kind: 'ready' } satisfies WorkerAnswer);
