import { MS_PER_DAY, daysFromCivil, daysInMonth } from './civil.js';

// A hand-written parser for the one timestamp form the contract allows
// (YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or ±HH:MM). It is the hot path of
// aggregating a million records, where Date.parse is several times slower, and it
// rejects what Date.parse would quietly accept (2024-02-30, no offset).

const ZERO = 48;

function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Epoch milliseconds of an ISO 8601 instant with offset, or NaN when it is not one. */
export function parseInstant(s: string): number {
  const len = s.length;
  if (len < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) {
    return NaN;
  }
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return NaN;
  }
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      let fractionDigits = 0;
      i++;
      while (i < len) {
        const d = s.charCodeAt(i) - ZERO;
        if (d < 0 || d > 9) break;
        ms += d * scale;
        scale /= 10;
        fractionDigits++;
        i++;
      }
      if (fractionDigits === 0 || fractionDigits > 9) return NaN;
      ms = Math.floor(ms);
    }
  }
  let offsetMinutes: number;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i + 1 === len) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && i + 6 === len && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return NaN;
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

export function isInstant(s: string): boolean {
  return !Number.isNaN(parseInstant(s));
}

/** A civil date `YYYY-MM-DD` that exists in the calendar, as a day number; NaN otherwise. */
export function parseCivilDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}
