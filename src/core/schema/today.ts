import { localDayOf, localDayStart } from '../time/boundaries.js';
import { parseCivilDate } from '../time/instant.js';
import { zoneOffsets } from '../time/zone.js';
import type { Dataset } from './dataset.js';

// The dataset's "today": its `asOf`, or else the clock's day in its zone (README, "A running
// period"). A dataset without `asOf` is never taken as complete: a live endpoint that forgot
// the field is judged on the days of the month so far, like one that set it.

let clock: () => number = () => Date.now();

/**
 * Replaces the clock that stands for "today" in datasets without `asOf` (tests, a page that
 * replays a day); returns the function that puts the previous clock back.
 */
export function setClock(now: () => number): () => void {
  const previous = clock;
  clock = now;
  return () => {
    clock = previous;
  };
}

export interface Today {
  /** Local day number of "today" in the dataset's zone. */
  day: number;
  /** Whether it is the clock's day (the dataset has no `asOf`). */
  fromClock: boolean;
}

// Read once per dataset object: every element, window and table of one payload judges the same day, even across midnight.
const todays = new WeakMap<Dataset, Today>();

/** The dataset's "today", the clock read at most once per dataset object. */
export function todayOf(dataset: Dataset): Today {
  let today = todays.get(dataset);
  if (!today) {
    today = dataset.asOf !== undefined ? { day: parseCivilDate(dataset.asOf), fromClock: false } : { day: localDayOf(zoneOffsets(dataset.timezone), clock()), fromClock: true };
    todays.set(dataset, today);
  }
  return today;
}

// The day a replayed dataset's data was taken (its rows hold a running period to that day).
const taken = new WeakMap<Dataset, number>();

/**
 * The dataset as of another day (a review's "since", the CLI's --as-of): its records cut at
 * that day's end, and its rows known to hold what they held on the day its data was taken,
 * the dataset's own "today" (see `replayedShare`).
 */
export function replayedAsOf(dataset: Dataset, asOf: string): Dataset {
  const replayed = { ...dataset, asOf };
  taken.set(replayed, dataTakenOn(dataset));
  return replayed;
}

/** The day a dataset's data was taken: its own "today", or the one it was replayed from. */
export function dataTakenOn(dataset: Dataset): number {
  return taken.get(dataset) ?? asOfDay(dataset);
}

/** Takes a "today" decided elsewhere (the records worker's) for a dataset that has none yet. */
export function adoptToday(dataset: Dataset, today: Today): void {
  if (!todays.has(dataset)) todays.set(dataset, today);
}

/** The dataset's "today" as a local day number. */
export function asOfDay(dataset: Dataset): number {
  return todayOf(dataset).day;
}

/** The instant the dataset's "today" ends in its zone: events at or after it have not happened yet. */
export function asOfEnd(dataset: Dataset): number {
  return localDayStart(zoneOffsets(dataset.timezone), asOfDay(dataset) + 1);
}
