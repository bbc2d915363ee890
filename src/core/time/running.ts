import { civilFromDays } from './civil.js';
import type { Period } from './period.js';

// A running period (README, "A running period, compared like for like"): the `asOf`
// day lies inside the period and is not its last day. Everything here is in local day
// numbers of the dataset's zone, so "day 18 of 31" is a calendar fact, not an hour count.

/** How far a running period has got, through the end of the `asOf` day. */
export interface Progress {
  /** The `asOf` day, `YYYY-MM-DD`. */
  asOf: string;
  /** Local calendar days elapsed, `asOf` included. */
  days: number;
  /** Days in the period. */
  daysTotal: number;
  /** days / daysTotal, in (0, 1). */
  elapsed: number;
}

/** A range of local days [startDay, endDay). */
export interface DayRange {
  startDay: number;
  endDay: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day number as `YYYY-MM-DD`. */
export function civilKey(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(d)}`;
}

/** Share of a range's days through the end of `asOfDay`, in [0, 1]; 1 without an `asOf`. */
export function elapsedShare(range: DayRange, asOfDay: number | undefined): number {
  if (asOfDay === undefined) return 1;
  const days = range.endDay - range.startDay;
  return Math.min(1, Math.max(0, (asOfDay + 1 - range.startDay) / days));
}

/** The progress of a running period, or undefined when it is closed, future, or nothing runs (no `asOf`). */
export function progressOf(period: DayRange, asOfDay: number | undefined): Progress | undefined {
  if (asOfDay === undefined || asOfDay < period.startDay || asOfDay >= period.endDay - 1) return undefined;
  const days = asOfDay + 1 - period.startDay;
  const daysTotal = period.endDay - period.startDay;
  return { asOf: civilKey(asOfDay), days, daysTotal, elapsed: days / daysTotal };
}

/**
 * The share of a row's flows that counts as of `today` when the row holds its days' facts
 * through `cut` (the day its data was taken: a running period's row is to date): its days
 * that had passed by `today` over its days through `cut`, in [0, 1]. A row replayed at an
 * earlier day than its data's (a review's "since") counts in part; otherwise whole.
 */
export function replayedShare(range: DayRange, today: number, cut: number): number {
  const held = Math.min(range.endDay, cut + 1) - range.startDay;
  const passed = Math.min(range.endDay, today + 1) - range.startDay;
  return held > 0 ? Math.min(1, Math.max(0, passed / held)) : 1;
}

/** A running period's count or amount carried to the period's end at its pace so far: value ÷ the share of days elapsed (null if that overflows). */
export function projectedAtPace(value: number, progress: Progress): number | null {
  const projected = value / progress.elapsed;
  return Number.isFinite(projected) ? projected : null;
}

/**
 * The previous period as it stood on its day `days`: from its start through that day, or
 * all of it when it is shorter (February against a running March's day 30).
 */
export function toDateWindow(previous: Period, days: number): DayRange {
  return { startDay: previous.startDay, endDay: Math.min(previous.endDay, previous.startDay + days) };
}

/** Share of a range's days that fall inside another range of days, in [0, 1]. */
export function overlapShare(range: DayRange, within: DayRange): number {
  const inside = Math.min(range.endDay, within.endDay) - Math.max(range.startDay, within.startDay);
  return Math.max(0, inside) / (range.endDay - range.startDay);
}
