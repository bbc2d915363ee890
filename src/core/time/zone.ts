import { MS_PER_DAY } from './civil.js';

// UTC offsets of an IANA zone as a sorted list of transitions, found by sampling Intl once
// a week and bisecting each change to the second, for each stretch of time the data asks
// about (a stretch already known is never sampled again). Looking up an instant is then a
// scan from the last index used, which on time-ordered data is O(1). Asking Intl per
// record would cost microseconds each, a second per million records.
// A week: the tz database's transitions come months apart (the closest, Morocco's pause of
// DST for Ramadan, about a month), and a pair inside one step that returned to the same
// offset is all a step could miss. Each Intl call costs 3-5 µs: three years of data cost
// ~160 samples and ~20 per transition, not the ~2,400 that sampling twice a day took.

const SAMPLE_MS = 7 * MS_PER_DAY;

/** Names that are one fixed offset by definition: no table to build. */
const FIXED_OFFSET = /^(Etc\/)?(UTC|UCT|GMT|GMT0|Greenwich|Universal|Zulu)$|^Etc\/GMT[+-]\d{1,2}$/;

const known = new Map<string, boolean>();

export function isTimeZone(name: string): boolean {
  let valid = known.get(name);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      valid = true;
    } catch {
      valid = false;
    }
    if (known.size < 1000) known.set(name, valid); // names come from data: bounded
  }
  return valid;
}

function intlOffset(format: Intl.DateTimeFormat, t: number): number {
  // "12/31/2025, 21:00:00" (en-US, h23): its six numbers, in that order. Reading the
  // string costs less than half what formatToParts' objects do.
  const [month, day, year, hour, minute, second] = format.format(t).match(/\d+/g)!.map(Number);
  const local = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  return local - Math.floor(t / 1000) * 1000;
}

/** The transitions in (from, to], given the offset in force at `from`: sampled a step at a time, each change bisected to the second. */
function transitions(format: Intl.DateTimeFormat, from: number, to: number, offsetAtFrom: number): { starts: number[]; offsets: number[] } {
  const starts: number[] = [];
  const offsets: number[] = [];
  let previous = offsetAtFrom;
  let at = from;
  while (at < to) {
    const next = Math.min(at + SAMPLE_MS, to);
    const offset = intlOffset(format, next);
    if (offset !== previous) {
      let lo = at;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (intlOffset(format, mid) === previous) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(offset);
      previous = offset;
    }
    at = next;
  }
  return { starts, offsets };
}

export class ZoneOffsets {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat | undefined;
  // starts[i] is the first instant at which offsets[i] applies; starts[0] = -Infinity.
  #starts: number[] = [-Infinity];
  #offsets: number[] = [0];
  #from = Infinity;
  #to = -Infinity;
  #cursor = 0;
  #fixed: number | undefined;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
    this.#format =
      timeZone === 'UTC'
        ? undefined
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
    if (this.#format && FIXED_OFFSET.test(timeZone)) this.#fixed = intlOffset(this.#format, 0);
  }

  /** Offset in ms (local = utc + offset) in force at instant t. */
  offsetAt(t: number): number {
    if (this.#format === undefined) return 0;
    if (this.#fixed !== undefined) return this.#fixed;
    if (t < this.#from || t > this.#to) this.#cover(t);
    const starts = this.#starts;
    if (starts.length === 1) return this.#offsets[0]!;
    let i = this.#cursor;
    while (i + 1 < starts.length && starts[i + 1]! <= t) i++;
    while (starts[i]! > t) i--;
    this.#cursor = i;
    return this.#offsets[i]!;
  }

  /**
   * Extends the known transitions to include t, with a margin of a year. Only the new
   * stretch before or after the known one is sampled: a page's first data often lies a year
   * or two from the warm-up's, and records in any order widen the range a year at a time.
   */
  #cover(t: number): void {
    const format = this.#format!;
    const from = Math.min(this.#from, t - 366 * MS_PER_DAY);
    const to = Math.max(this.#to, t + 366 * MS_PER_DAY);
    if (this.#from > this.#to) {
      const first = intlOffset(format, from);
      const found = transitions(format, from, to, first);
      this.#starts = [-Infinity, ...found.starts];
      this.#offsets = [first, ...found.offsets];
    } else {
      if (from < this.#from) {
        // The known table's first offset is the one in force at its old start.
        const first = intlOffset(format, from);
        const before = transitions(format, from, this.#from, first);
        this.#starts = [-Infinity, ...before.starts, ...this.#starts.slice(1)];
        this.#offsets = [first, ...before.offsets, ...this.#offsets.slice(1)];
      }
      if (to > this.#to) {
        const after = transitions(format, this.#to, to, this.#offsets[this.#offsets.length - 1]!);
        this.#starts.push(...after.starts);
        this.#offsets.push(...after.offsets);
      }
    }
    this.#from = from;
    this.#to = to;
    this.#cursor = 0;
  }
}

const cache = new Map<string, ZoneOffsets>();

/** A shared offsets table per zone name. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = cache.get(timeZone);
  if (!zone) {
    zone = new ZoneOffsets(timeZone);
    cache.set(timeZone, zone);
  }
  return zone;
}
