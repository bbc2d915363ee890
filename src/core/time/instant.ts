import { MS_PER_DAY, daysFromCivil, daysInMonth } from './civil.js';

// A hand-written parser for the one timestamp form the contract allows
// (YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or ±HH:MM). It is the hot path of
// aggregating a million records, where Date.parse is several times slower, and it
// rejects what Date.parse would quietly accept (2024-02-30, no offset).

const ZERO = 48;

/** The two-digit number at `at`, or -1 (past the text's end too: charCodeAt's NaN | 0 is no digit). */
function two(s: string, at: number): number {
  const tens = (s.charCodeAt(at) | 0) - ZERO;
  const ones = (s.charCodeAt(at + 1) | 0) - ZERO;
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -1 : tens * 10 + ones;
}

/** The day numbers of the first days of the months of years 1900 to 2199, filled as they are asked for (NaN: not yet). */
const MONTH_STARTS = new Float64Array(300 * 12).fill(NaN);

function firstDayOfMonth(year: number, month: number): number {
  const index = (year - 1900) * 12 + month - 1;
  if (index < 0 || index >= MONTH_STARTS.length) return daysFromCivil(year, month, 1);
  const known = MONTH_STARTS[index]!;
  return Number.isNaN(known) ? (MONTH_STARTS[index] = daysFromCivil(year, month, 1)) : known;
}

/** Where the last {@link parseInstantAt} stopped: the index after the instant's offset. */
export let instantEnd = 0;

/** Epoch milliseconds of an ISO 8601 instant with offset, or NaN when it is not one. */
export function parseInstant(s: string): number {
  const at = parseInstantAt(s, 0);
  return instantEnd === s.length ? at : NaN;
}

/**
 * Epoch milliseconds of the instant that starts at `start` in `s` (NaN when none does), and
 * its end in {@link instantEnd}: a record's text is read where it lies, its end checked by
 * the caller.
 */
export function parseInstantAt(s: string, start: number): number {
  instantEnd = start;
  const century = two(s, start);
  const yearOfCentury = two(s, start + 2);
  const month = two(s, start + 5);
  const day = two(s, start + 8);
  const hour = two(s, start + 11);
  const minute = two(s, start + 14);
  if (s.charCodeAt(start + 4) !== 45 || s.charCodeAt(start + 7) !== 45 || s.charCodeAt(start + 10) !== 84 || s.charCodeAt(start + 13) !== 58) return NaN;
  if (century < 0 || yearOfCentury < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  const year = century * 100 + yearOfCentury;
  if (month < 1 || month > 12) return NaN;
  const first = firstDayOfMonth(year, month);
  if (day < 1 || day > daysInMonth(year, month)) return NaN;
  let i = start + 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      // Milliseconds: the first three digits (the rest are cut, not rounded); 1 to 9 digits.
      const first = ++i;
      for (let d = (s.charCodeAt(i) | 0) - ZERO; d >>> 0 <= 9; d = (s.charCodeAt(++i) | 0) - ZERO) if (i - first < 3) ms = ms * 10 + d;
      const count = i - first;
      if (count === 0 || count > 9) return NaN;
      if (count === 1) ms *= 100;
      else if (count === 2) ms *= 10;
    }
  }
  let offsetMinutes: number;
  const sign = s.charCodeAt(i);
  if (sign === 90) {
    offsetMinutes = 0;
    i += 1;
  } else if ((sign === 43 || sign === 45) && s.charCodeAt(i + 3) === 58) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
    i += 6;
  } else {
    return NaN;
  }
  instantEnd = i;
  return (first + day - 1) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

export function isInstant(s: string): boolean {
  return !Number.isNaN(parseInstant(s));
}

/** A civil date `YYYY-MM-DD` that exists in the calendar, as a day number; NaN otherwise. */
export function parseCivilDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const century = two(s, 0);
  const yearOfCentury = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const year = century * 100 + yearOfCentury;
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}
