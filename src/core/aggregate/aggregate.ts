import type { Dataset } from '../schema/dataset.js';
import { adoptToday, asOfDay, asOfEnd, dataTakenOn, todayOf } from '../schema/today.js';
import type { Granularity, Period } from '../time/period.js';
import { localDayStart } from '../time/boundaries.js';
import { elapsedShare, overlapShare, replayedShare, type DayRange } from '../time/running.js';
import { zoneOffsets } from '../time/zone.js';
import { recordColumns } from './columns.js';
import { addRecords, type Buckets } from './records.js';
import { addRows, rollUpIndex, type RowPlacement } from './rows.js';
import { PeriodCells } from './period-cells.js';
import { adoptSpan, dataSpan } from './span.js';
import { TableBuilder, type FactTable, type Mode } from './table.js';
import { CHANNEL_VIEW, whereKey, type TableView } from './view.js';

export { MODES, UNATTRIBUTED, type FactTable, type Mode } from './table.js';
export { asOfDay, asOfEnd, setClock, todayOf, type Today } from '../schema/today.js';
export { dataSpan } from './span.js';
export { CHANNEL_VIEW, NO_WHERE, sameWhere, whereKey, type TableView, type Where } from './view.js';

/** Hours within which a contact counts as "in SLA": the first response SLA's, else the rows' window, else 24. */
export function responseWindowHours(dataset: Dataset): number {
  for (const sla of dataset.slas) if (sla.type === 'response') return sla.withinHours;
  return dataset.responseWindowHours ?? 24;
}

/** Hours within which an MQL counts as "decided in SLA": the first acceptance SLA's, else 24. */
export function acceptanceWindowHours(dataset: Dataset): number {
  for (const sla of dataset.slas) if (sla.type === 'acceptance') return sla.withinHours;
  return 24;
}

/** How long a lead may wait in each stage that can stall (leads, MQLs, SQLs, opportunities); NaN: no limit. Undefined when none has one. */
function stallDays(dataset: Dataset): [number, number, number, number] | undefined {
  const stages = dataset.stages;
  if (!stages) return undefined;
  const days = (['leads', 'mqls', 'sqls', 'opportunities'] as const).map((stage) => stages[stage]?.maxDays ?? NaN) as [number, number, number, number];
  return days.some((d) => d === d) ? days : undefined;
}

function addLeads(builder: TableBuilder, dataset: Dataset, until: number, cut?: { from: number; buckets: Buckets }): void {
  if (!dataset.leads) return;
  const zone = zoneOffsets(dataset.timezone);
  addRecords(builder, recordColumns(dataset.leads), { zone, windowHours: responseWindowHours(dataset), acceptanceHours: acceptanceWindowHours(dataset), stallDays: stallDays(dataset), until, ...cut });
}

/**
 * Aggregates a dataset's rows and lead records into period x channel facts at the given
 * granularity, as known at the end of `asOf`: rows roll up into coarser periods (a row
 * that starts after `asOf` is ignored, a running row's stocks count with its elapsed
 * share, and a dataset replayed at an earlier day counts a row with the share of its days
 * to date that had passed by then); records are bucketed by the local date of each
 * instant in the dataset's IANA zone (so DST and half-hour zones are exact), and an event
 * after `asOf` is absent.
 */
export function buildFactTable(dataset: Dataset, granularity: Granularity, mode: Mode, view: TableView = CHANNEL_VIEW): FactTable {
  const builder = new TableBuilder(granularity, mode, dataset.leads !== undefined, { span: dataSpan(dataset), today: todayOf(dataset), view });
  const today = asOfDay(dataset);
  const taken = dataTakenOn(dataset);
  const placement: RowPlacement = {
    indexOf: (period) => rollUpIndex(period, granularity),
    shareOf: (period) => (period.startDay > today ? { flow: 0, stock: 0 } : { flow: replayedShare(period, today, taken), stock: elapsedShare(period, today) }),
  };
  addRows(builder, dataset.rows, placement);
  addLeads(builder, dataset, asOfEnd(dataset));
  return builder.table;
}

/**
 * The facts of a window of local days, seen as they stood at its end (the previous period
 * "to the same day"): record events inside it, every timestamp after its end absent (in
 * cohort mode, the cohort is the leads created in it); each row counted with the share of
 * its days inside it, flows and stocks alike. All facts land in cell 0.
 */
export function buildWindowTable(dataset: Dataset, days: DayRange, mode: Mode, view: TableView = CHANNEL_VIEW): FactTable {
  const window = { startDay: days.startDay, endDay: days.endDay };
  const builder = new TableBuilder(dataset.granularity, mode, dataset.leads !== undefined, { span: dataSpan(dataset), today: todayOf(dataset), view, window });
  const placement: RowPlacement = {
    indexOf: () => 0,
    shareOf: (period: Period) => {
      const share = overlapShare(period, days);
      return { flow: share, stock: share };
    },
  };
  addRows(builder, dataset.rows, placement);
  const zone = zoneOffsets(dataset.timezone);
  const end = localDayStart(zone, days.endDay);
  addLeads(builder, dataset, Math.min(asOfEnd(dataset), end), { from: localDayStart(zone, days.startDay), buckets: { indexOf: () => 0, endOf: () => end } });
  return builder.table;
}

const tables = new WeakMap<Dataset, Map<string, FactTable>>();

function memo(dataset: Dataset, key: string, build: () => FactTable): FactTable {
  let byKey = tables.get(dataset);
  if (!byKey) {
    byKey = new Map();
    tables.set(dataset, byKey);
  }
  let table = byKey.get(key);
  if (!table) {
    table = build();
    byKey.set(key, table);
  }
  return table;
}

/** The memo key of a view: only views a page asks for are ever built. */
const viewKey = ({ where, split }: TableView) => `${split}:${whereKey(where)}`;
const periodsKey = (granularity: Granularity, mode: Mode, view: TableView) => `${granularity}:${mode}:${viewKey(view)}`;
const windowKey = (days: DayRange, mode: Mode, view: TableView) => `window:${days.startDay}:${days.endDay}:${mode}:${viewKey(view)}`;

/** {@link buildFactTable}, memoised per dataset object and view: elements on one page share the work. */
export function factTable(dataset: Dataset, granularity: Granularity, mode: Mode, view: TableView = CHANNEL_VIEW): FactTable {
  return memo(dataset, periodsKey(granularity, mode, view), () => buildFactTable(dataset, granularity, mode, view));
}

/**
 * A fact table built elsewhere (the page's records worker) and copied here by structured
 * clone, which keeps Maps, Sets and arrays but not classes: its period cells get their
 * methods back, and it becomes the dataset's memoised table for its granularity, mode and
 * view, or, a window's, for its days.
 */
export function adoptFactTable(dataset: Dataset, table: FactTable): void {
  // The worker's "today" and span, so the page judges the day the table was built for.
  if (table.today) adoptToday(dataset, table.today);
  adoptSpan(dataset, table.span);
  for (const cells of table.cells.values()) Object.setPrototypeOf(cells, PeriodCells.prototype);
  memo(dataset, table.window ? windowKey(table.window, table.mode, table) : periodsKey(table.granularity, table.mode, table), () => table);
}

/** {@link buildWindowTable}, memoised per dataset object and view. */
export function windowTable(dataset: Dataset, days: DayRange, mode: Mode, view: TableView = CHANNEL_VIEW): FactTable {
  return memo(dataset, windowKey(days, mode, view), () => buildWindowTable(dataset, days, mode, view));
}
