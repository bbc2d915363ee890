import type { Dataset } from '../schema/dataset.js';
import { asOfDay, asOfEnd } from '../schema/today.js';
import { localDayOf } from '../time/boundaries.js';
import { parsePeriod } from '../time/period.js';
import type { DayRange } from '../time/running.js';
import { zoneOffsets } from '../time/zone.js';
import { recordColumns, type RecordColumns } from './columns.js';

// The span of the data (README, "The span of the data"): the local days from the earliest to
// the latest day holding any record timestamp or any row's period, cut at "today". One span
// per dataset, whatever the mode, granularity or window asked: a period or window wholly
// outside it is "no data"; one that overlaps it reads real zeros where records say nothing.

const spans = new WeakMap<Dataset, DayRange | null>();

/**
 * The records' earliest and latest instants by cut-off, per payload's columns: like the
 * columns, shared by every dataset object made of one payload (a view, a refresh of the same
 * answer), so a million records are scanned once, not once per dataset.
 */
const instants = new WeakMap<RecordColumns, Map<number, [number, number]>>();

function recordInstants(columns: RecordColumns, until: number): [number, number] {
  let byCutOff = instants.get(columns);
  if (!byCutOff) {
    byCutOff = new Map();
    instants.set(columns, byCutOff);
  }
  let found = byCutOff.get(until);
  if (!found) {
    found = scanInstants(columns, until);
    // Cut-offs are days ("today", asOf): a handful per payload.
    if (byCutOff.size < 16) byCutOff.set(until, found);
  }
  return found;
}

/** Earliest and latest instant before `until` in the records' timestamp columns. */
function scanInstants(columns: RecordColumns, until: number): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const column of [columns.createdAt, columns.mqlAt, columns.sqlAt, columns.opportunityAt, columns.wonAt, columns.lostAt, columns.firstContactAt]) {
    for (let i = 0; i < column.length; i++) {
      const t = column[i]!;
      // Absent stamps are NaN, which fails both comparisons.
      if (t < until) {
        if (t < first) first = t;
        if (t > last) last = t;
      }
    }
  }
  return [first, last];
}

function computeSpan(dataset: Dataset): DayRange | null {
  const today = asOfDay(dataset);
  let startDay = Infinity;
  let endDay = -Infinity;
  for (const row of dataset.rows) {
    const period = parsePeriod(row.period)!;
    if (period.startDay > today) continue; // not begun yet: ignored, as in the facts
    startDay = Math.min(startDay, period.startDay);
    endDay = Math.max(endDay, Math.min(period.endDay, today + 1));
  }
  if (dataset.leads?.length) {
    const [first, last] = recordInstants(recordColumns(dataset.leads), asOfEnd(dataset));
    if (first <= last) {
      const zone = zoneOffsets(dataset.timezone);
      startDay = Math.min(startDay, localDayOf(zone, first));
      endDay = Math.max(endDay, localDayOf(zone, last) + 1);
    }
  }
  return startDay < endDay ? { startDay, endDay } : null;
}

/** The span of the data, memoised per dataset object; undefined when nothing happened by "today". */
export function dataSpan(dataset: Dataset): DayRange | undefined {
  let span = spans.get(dataset);
  if (span === undefined) {
    span = computeSpan(dataset);
    spans.set(dataset, span);
  }
  return span ?? undefined;
}

/** Takes a span computed elsewhere (the records worker's) for a dataset that has none yet. */
export function adoptSpan(dataset: Dataset, span: DayRange | undefined): void {
  if (!spans.has(dataset)) spans.set(dataset, span ?? null);
}

/** Whether a range of days shares at least one day with the span. */
export function overlapsSpan(span: DayRange | undefined, days: DayRange): boolean {
  return span !== undefined && days.startDay < span.endDay && days.endDay > span.startDay;
}
