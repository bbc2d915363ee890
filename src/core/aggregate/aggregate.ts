import type { Dataset, LeadRecord, SummaryRow } from '../schema/dataset.js';
import { FACTS, RECORD_FACTS, type Fact } from '../schema/facts.js';
import { MS_PER_DAY, MS_PER_HOUR } from '../time/civil.js';
import { parseCivilDate, parseInstant } from '../time/instant.js';
import { containsPeriod, parsePeriod, periodFromIndex, periodIndexOfDay, type Granularity, type Period } from '../time/period.js';
import { zoneOffsets, type ZoneOffsets } from '../time/zone.js';
import { emptyCell, type FactCell } from './cell.js';

export const MODES = ['period', 'cohort'] as const;
export type Mode = (typeof MODES)[number];

/** Rows without a channel, and records without one, live under this key. */
export const UNATTRIBUTED = '';

/** Facts of a dataset at one granularity and counting mode: period index -> channel -> cell. */
export interface FactTable {
  granularity: Granularity;
  mode: Mode;
  fromRecords: boolean;
  cells: Map<number, Map<string, FactCell>>;
  /** Channels in order of first appearance (unattributed excluded). */
  channels: string[];
  /** Rows whose period does not nest in this granularity (a week row asked for a month). */
  unmappedRows: number;
  /** First and last period indexes holding a record event: inside this span a period without events is a real zero. */
  recordSpan?: [number, number];
}

/** Hours within which a contact counts as "in SLA": the first response SLA's, else 24. */
export function responseWindowHours(dataset: Dataset): number {
  for (const sla of dataset.slas) if (sla.type === 'response') return sla.withinHours;
  return 24;
}

/** The instant the dataset's `asOf` day ends in its zone, or +Infinity without one. */
export function asOfEnd(dataset: Dataset): number {
  if (dataset.asOf === undefined) return Infinity;
  return localDayStart(zoneOffsets(dataset.timezone), parseCivilDate(dataset.asOf) + 1);
}

/** The first instant of local day number `day` in a zone. */
export function localDayStart(zone: ZoneOffsets, day: number): number {
  const wall = day * MS_PER_DAY;
  let t = wall - zone.offsetAt(wall);
  t = wall - zone.offsetAt(t);
  return t;
}

class TableBuilder {
  readonly table: FactTable;
  readonly #seen = new Set<string>();

  constructor(granularity: Granularity, mode: Mode, fromRecords: boolean) {
    this.table = { granularity, mode, fromRecords, cells: new Map(), channels: [], unmappedRows: 0 };
  }

  cell(index: number, channel: string): FactCell {
    let byChannel = this.table.cells.get(index);
    if (!byChannel) {
      byChannel = new Map();
      this.table.cells.set(index, byChannel);
    }
    let cell = byChannel.get(channel);
    if (!cell) {
      cell = emptyCell();
      if (this.table.fromRecords) for (const fact of RECORD_FACTS) cell.known.add(fact);
      byChannel.set(channel, cell);
      if (channel !== UNATTRIBUTED && !this.#seen.has(channel)) {
        this.#seen.add(channel);
        this.table.channels.push(channel);
      }
    }
    return cell;
  }
}

/** The index at `granularity` of the period holding `row`'s period, if it nests in one. */
function rollUpIndex(rowPeriod: Period, granularity: Granularity): number | undefined {
  if (rowPeriod.granularity === granularity) return rowPeriod.index;
  const outer = periodFromIndex(granularity, periodIndexOfDay(granularity, rowPeriod.startDay));
  return containsPeriod(outer, rowPeriod) ? outer.index : undefined;
}

function addRows(builder: TableBuilder, rows: readonly SummaryRow[]): void {
  const periods = new Map<string, Period | undefined>();
  for (const row of rows) {
    let period = periods.get(row.period);
    if (!periods.has(row.period)) {
      period = parsePeriod(row.period);
      periods.set(row.period, period);
    }
    const index = period && rollUpIndex(period, builder.table.granularity);
    if (index === undefined) {
      builder.table.unmappedRows++;
      continue;
    }
    const cell = builder.cell(index, row.channel ?? UNATTRIBUTED);
    cell.hits++;
    for (const fact of FACTS) {
      const value = row[fact];
      if (value !== undefined) {
        cell.sums[fact] += value;
        cell.known.add(fact);
      }
    }
  }
}

/** Stage facts in funnel order, with the timestamp that marks each. */
const STAGE_FIELDS = [
  ['leads', 'createdAt'],
  ['mqls', 'mqlAt'],
  ['sqls', 'sqlAt'],
  ['opportunities', 'opportunityAt'],
  ['customers', 'wonAt'],
] as const satisfies ReadonlyArray<readonly [Fact, keyof LeadRecord]>;

interface RecordContext {
  builder: TableBuilder;
  zone: ZoneOffsets;
  granularity: Granularity;
  windowHours: number;
  first: number;
  last: number;
}

/** The cell of the period holding instant t (in the dataset's zone), widening the record span. */
function recordCell(ctx: RecordContext, t: number, channel: string): FactCell {
  const index = periodIndexOfDay(ctx.granularity, Math.floor((t + ctx.zone.offsetAt(t)) / MS_PER_DAY));
  if (index < ctx.first) ctx.first = index;
  if (index > ctx.last) ctx.last = index;
  return ctx.builder.cell(index, channel);
}

function addContact(cell: FactCell, mqlAt: number, contactAt: number, windowHours: number): void {
  if (Number.isNaN(contactAt)) return;
  // A contact logged before the MQL instant was immediate, not negative.
  const hours = Math.max(0, contactAt - mqlAt) / MS_PER_HOUR;
  cell.sums.mqlsContacted++;
  cell.sums.responseHoursTotal += hours;
  if (hours <= windowHours) cell.sums.mqlsContactedInSla++;
  cell.responseHours.push(hours);
}

function addWon(cell: FactCell, lead: LeadRecord, createdAt: number, wonAt: number): void {
  cell.sums.revenue += lead.amount ?? 0;
  const days = (wonAt - createdAt) / MS_PER_DAY;
  cell.sums.salesCycleDaysTotal += days;
  cell.cycleDays.push(days);
}

/** Period ("flow") mode: every event counts in the period of its own timestamp. */
function addRecordByPeriod(ctx: RecordContext, lead: LeadRecord, channel: string): void {
  const createdAt = parseInstant(lead.createdAt);
  for (const [fact, field] of STAGE_FIELDS) {
    const value = lead[field];
    if (value === undefined) continue;
    const t = field === 'createdAt' ? createdAt : parseInstant(value as string);
    const cell = recordCell(ctx, t, channel);
    cell.sums[fact]++;
    cell.hits++;
    if (fact === 'mqls') addContact(cell, t, lead.firstContactAt === undefined ? NaN : parseInstant(lead.firstContactAt), ctx.windowHours);
    else if (fact === 'customers') addWon(cell, lead, createdAt, t);
  }
  if (lead.lostAt !== undefined) {
    const cell = recordCell(ctx, parseInstant(lead.lostAt), channel);
    cell.sums.lostDeals++;
    cell.hits++;
  }
}

/**
 * Cohort mode: the lead counts in the period it was created in, with every stage it
 * reached by `asOf`. Reaching a stage means having its timestamp or any later one's
 * (a skipped stage was passed through), so counts never increase down the funnel.
 */
function addRecordByCohort(ctx: RecordContext, lead: LeadRecord, channel: string, until: number): void {
  const createdAt = parseInstant(lead.createdAt);
  if (createdAt >= until) return;
  const at = (value: string | undefined) => {
    if (value === undefined) return NaN;
    const t = parseInstant(value);
    return t < until ? t : NaN;
  };
  const cell = recordCell(ctx, createdAt, channel);
  cell.hits++;
  let reached = 0;
  for (let stage = STAGE_FIELDS.length - 1; stage > 0; stage--) {
    if (!Number.isNaN(at(lead[STAGE_FIELDS[stage]![1]] as string | undefined))) {
      reached = stage;
      break;
    }
  }
  for (let stage = 0; stage <= reached; stage++) cell.sums[STAGE_FIELDS[stage]![0]]++;
  const wonAt = at(lead.wonAt);
  if (!Number.isNaN(wonAt)) addWon(cell, lead, createdAt, wonAt);
  if (!Number.isNaN(at(lead.lostAt))) cell.sums.lostDeals++;
  const mqlAt = at(lead.mqlAt);
  if (!Number.isNaN(mqlAt)) addContact(cell, mqlAt, at(lead.firstContactAt), ctx.windowHours);
}

/**
 * Aggregates a dataset's rows and lead records into period x channel facts at the given
 * granularity: rows roll up into coarser periods; records are bucketed by the local
 * date of each instant in the dataset's IANA zone (so DST and half-hour zones are exact).
 */
export function buildFactTable(dataset: Dataset, granularity: Granularity, mode: Mode): FactTable {
  const builder = new TableBuilder(granularity, mode, dataset.leads !== undefined);
  addRows(builder, dataset.rows);
  if (dataset.leads) {
    const ctx: RecordContext = { builder, zone: zoneOffsets(dataset.timezone), granularity, windowHours: responseWindowHours(dataset), first: Infinity, last: -Infinity };
    const until = asOfEnd(dataset);
    for (const lead of dataset.leads) {
      const channel = lead.channel ?? UNATTRIBUTED;
      if (mode === 'period') addRecordByPeriod(ctx, lead, channel);
      else addRecordByCohort(ctx, lead, channel, until);
    }
    if (ctx.first <= ctx.last) builder.table.recordSpan = [ctx.first, ctx.last];
  }
  return builder.table;
}

const tables = new WeakMap<Dataset, Map<string, FactTable>>();

/** {@link buildFactTable}, memoised per dataset object: elements on one page share the work. */
export function factTable(dataset: Dataset, granularity: Granularity, mode: Mode): FactTable {
  let byKey = tables.get(dataset);
  if (!byKey) {
    byKey = new Map();
    tables.set(dataset, byKey);
  }
  const key = `${granularity}:${mode}`;
  let table = byKey.get(key);
  if (!table) {
    table = buildFactTable(dataset, granularity, mode);
    byKey.set(key, table);
  }
  return table;
}
