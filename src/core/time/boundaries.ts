import { MS_PER_DAY } from './civil.js';
import { periodFromIndex, periodIndexOfDay, type Granularity } from './period.js';
import type { ZoneOffsets } from './zone.js';

/** Local day number of instant t in a zone. */
export function localDayOf(zone: ZoneOffsets, t: number): number {
  return Math.floor((t + zone.offsetAt(t)) / MS_PER_DAY);
}

/**
 * The first instant of local day number `day` in a zone: local midnight under one of the
 * offsets in force around it, or, where midnight was skipped by a DST change, the change.
 */
export function localDayStart(zone: ZoneOffsets, day: number): number {
  const wall = day * MS_PER_DAY;
  let first = Infinity;
  for (const around of [wall - MS_PER_DAY, wall, wall + MS_PER_DAY]) {
    const candidate = wall - zone.offsetAt(around);
    if (candidate < first && localDayOf(zone, candidate) >= day) first = candidate;
  }
  return first;
}

/** How far past the asked-for instant the table of starts is extended, in periods. */
const MARGIN = 8;

/**
 * Instant -> period index in a zone, by a table of period start instants: a guess from the
 * mean period length, corrected by a step or two. The table is a few hundred bytes, so a
 * million look-ups stay in cache, where a per-hour or per-day memo would not.
 */
export class PeriodBoundaries {
  // Plain (TypeScript-private) fields: this is the innermost call of aggregation, where
  // `#private` access and a division per call measured twice as slow.
  private readonly zone: ZoneOffsets;
  private readonly granularity: Granularity;
  private firstIndex = 0;
  /** starts[k] is the first instant of period firstIndex + k; one more than the periods covered. */
  private starts = new Float64Array(0);
  private origin = 0;
  private end = -Infinity;
  /** Periods per millisecond, on average: the guess that the correction loops refine. */
  private rate = 0;

  constructor(zone: ZoneOffsets, granularity: Granularity) {
    this.zone = zone;
    this.granularity = granularity;
  }

  private cover(t: number): void {
    const index = periodIndexOfDay(this.granularity, localDayOf(this.zone, t));
    const covered = this.starts.length - 1;
    const from = Math.min(index, covered > 0 ? this.firstIndex : index) - MARGIN;
    const to = Math.max(index, covered > 0 ? this.firstIndex + covered - 1 : index) + MARGIN;
    const starts = new Float64Array(to - from + 2);
    for (let k = 0; k < starts.length; k++) starts[k] = localDayStart(this.zone, periodFromIndex(this.granularity, from + k).startDay);
    this.firstIndex = from;
    this.starts = starts;
    this.origin = starts[0]!;
    this.end = starts[starts.length - 1]!;
    this.rate = (starts.length - 1) / (this.end - this.origin);
  }

  /** The first instant after period `index` (its exclusive end). */
  endOf(index: number): number {
    const k = index - this.firstIndex + 1;
    if (!(k >= 1 && k < this.starts.length)) {
      this.cover(localDayStart(this.zone, periodFromIndex(this.granularity, index).startDay));
      return this.endOf(index);
    }
    return this.starts[k]!;
  }

  indexOf(t: number): number {
    if (!(t >= this.origin && t < this.end)) this.cover(t);
    const starts = this.starts;
    let k = Math.min(starts.length - 2, Math.floor((t - this.origin) * this.rate));
    while (t < starts[k]!) k--;
    while (t >= starts[k + 1]!) k++;
    return this.firstIndex + k;
  }
}
