import { MS_PER_DAY } from '../time/civil.js';
import type { RecordColumns } from './columns.js';

/**
 * The waits that stall, whatever the view (README, "Stages"): each record's wait in a stage
 * with a `maxDays` that outlasts it before the lead moves on or ends. Which of them a table
 * counts, and in which periods, depends on its view, mode and cut-off (records.ts,
 * addStalls); the waits themselves only on the records, so they are found once per payload
 * and limits, not once per table: a dashboard builds several (the period, the window to the
 * same day, cohorts, each view), and finding them reads eleven columns of every record.
 */
export interface StallCandidates {
  length: number;
  /** The record waiting. */
  record: Int32Array;
  /** The stage it waits in (leads, MQLs, SQLs, opportunities: 0 to 3). */
  stage: Uint8Array;
  /** Its entry into the stage plus the stage's maxDays: stalled from then. */
  from: Float64Array;
  /** When the wait ends: a later stage, a win, loss, rejection, disqualification or recycling (Infinity: not yet). */
  leave: Float64Array;
}

const found = new WeakMap<RecordColumns, Map<string, StallCandidates>>();

/** The waits that stall in these records under these limits (days; NaN or 0: none), in record then stage order; memoised per columns and limits. */
export function stallCandidates(c: RecordColumns, maxDays: readonly [number, number, number, number]): StallCandidates {
  let byLimits = found.get(c);
  if (!byLimits) {
    byLimits = new Map();
    found.set(c, byLimits);
  }
  const key = maxDays.join();
  let candidates = byLimits.get(key);
  if (!candidates) {
    candidates = scan(c, maxDays);
    // Limits come from a dataset's stages: one set per payload, two if a page edits them.
    if (byLimits.size < 4) byLimits.set(key, candidates);
  }
  return candidates;
}

function scan(c: RecordColumns, maxDays: readonly [number, number, number, number]): StallCandidates {
  const enters = [c.createdAt, c.mqlAt, c.sqlAt, c.opportunityAt];
  const laters = [c.mqlAt, c.sqlAt, c.opportunityAt, c.wonAt];
  const endings = [c.wonAt, c.lostAt, c.rejectedAt, c.disqualifiedAt, c.recycledAt];
  const stallable = [0, 1, 2, 3].filter((s) => maxDays[s]! > 0);
  const record: number[] = [];
  const stage: number[] = [];
  const from: number[] = [];
  const leave: number[] = [];
  for (let i = 0; i < c.length; i++) {
    // The lead's end: the first ending, if any.
    let end = Infinity;
    for (const column of endings) {
      const t = column[i]!;
      if (t < end) end = t;
    }
    for (const s of stallable) {
      // Absent entry: NaN fails the comparison below.
      const stalledFrom = enters[s]![i]! + maxDays[s]! * MS_PER_DAY;
      // Each stage's wait is ended by any later stage, or by the lead's end.
      let until = end;
      for (let later = s; later < 4; later++) {
        const t = laters[later]![i]!;
        if (t < until) until = t;
      }
      if (!(stalledFrom < until)) continue;
      record.push(i);
      stage.push(s);
      from.push(stalledFrom);
      leave.push(until);
    }
  }
  return { length: record.length, record: Int32Array.from(record), stage: Uint8Array.from(stage), from: Float64Array.from(from), leave: Float64Array.from(leave) };
}
