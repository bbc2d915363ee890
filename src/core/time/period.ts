import { civilFromDays, daysFromCivil, isoWeekOf, isoWeekYearStart, isoWeeksInYear } from './civil.js';
import { parseCivilDate } from './instant.js';

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A calendar period in the dataset's zone: local day numbers [startDay, endDay). */
export interface Period {
  key: string;
  granularity: Granularity;
  /** Consecutive integer per granularity: the previous period is index - 1. */
  index: number;
  startDay: number;
  endDay: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The index of the period of `granularity` that holds local day number `days`. */
export function periodIndexOfDay(granularity: Granularity, days: number): number {
  switch (granularity) {
    case 'day':
      return days;
    case 'week':
      // Day 0 was a Thursday, so Mondays are the days with (days + 3) % 7 === 0.
      return Math.floor((days + 3) / 7);
    default: {
      const { year, month } = civilFromDays(days);
      if (granularity === 'month') return year * 12 + month - 1;
      if (granularity === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

export function periodFromIndex(granularity: Granularity, index: number): Period {
  switch (granularity) {
    case 'day': {
      const { year, month, day } = civilFromDays(index);
      return { key: `${year}-${pad(month)}-${pad(day)}`, granularity, index, startDay: index, endDay: index + 1 };
    }
    case 'week': {
      const startDay = index * 7 - 3;
      const { isoYear, week } = isoWeekOf(startDay);
      return { key: `${isoYear}-W${pad(week)}`, granularity, index, startDay, endDay: startDay + 7 };
    }
    case 'month': {
      const year = Math.floor(index / 12);
      const month = index - year * 12 + 1;
      const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
      return { key: `${year}-${pad(month)}`, granularity, index, startDay: daysFromCivil(year, month, 1), endDay: next };
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      const quarter = index - year * 4 + 1;
      const startDay = daysFromCivil(year, quarter * 3 - 2, 1);
      const endDay = quarter === 4 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, quarter * 3 + 1, 1);
      return { key: `${year}-Q${quarter}`, granularity, index, startDay, endDay };
    }
    case 'year':
      return { key: String(index), granularity, index, startDay: daysFromCivil(index, 1, 1), endDay: daysFromCivil(index + 1, 1, 1) };
  }
}

const PATTERNS: ReadonlyArray<[Granularity, RegExp]> = [
  ['day', /^\d{4}-\d{2}-\d{2}$/],
  ['week', /^(\d{4})-W(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['year', /^(\d{4})$/],
];

const parsed = new Map<string, Period | undefined>();

/**
 * Parses a period key (`2026-03-15`, `2026-W09`, `2026-03`, `2026-Q1`, `2026`); undefined if
 * it is not one. Memoised (a payload repeats a few keys on thousands of rows): the returned
 * period is frozen, shared by every caller.
 */
export function parsePeriod(key: string): Period | undefined {
  if (parsed.has(key)) return parsed.get(key);
  const period = parseKey(key);
  // Bounded: hostile payloads of unique keys must not grow it without end.
  if (parsed.size < 10_000) parsed.set(key, period && Object.freeze(period));
  return period;
}

function parseKey(key: string): Period | undefined {
  for (const [granularity, pattern] of PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    switch (granularity) {
      case 'day': {
        const days = parseCivilDate(key);
        return Number.isNaN(days) ? undefined : periodFromIndex('day', days);
      }
      case 'week': {
        const isoYear = Number(match[1]);
        const week = Number(match[2]);
        if (week < 1 || week > isoWeeksInYear(isoYear)) return undefined;
        return periodFromIndex('week', periodIndexOfDay('week', isoWeekYearStart(isoYear) + (week - 1) * 7));
      }
      case 'month': {
        const month = Number(match[2]);
        if (month < 1 || month > 12) return undefined;
        return periodFromIndex('month', Number(match[1]) * 12 + month - 1);
      }
      case 'quarter':
        return periodFromIndex('quarter', Number(match[1]) * 4 + Number(match[2]) - 1);
      case 'year':
        return periodFromIndex('year', Number(match[1]));
    }
  }
  return undefined;
}

export function isPeriodKey(key: string): boolean {
  return parsePeriod(key) !== undefined;
}

/** The same-length period just before: 2026-03 -> 2026-02, 2026-Q1 -> 2025-Q4. */
export function previousPeriod(period: Period): Period {
  return periodFromIndex(period.granularity, period.index - 1);
}

export function containsPeriod(outer: Period, inner: Period): boolean {
  return outer.startDay <= inner.startDay && inner.endDay <= outer.endDay;
}

/** The same period one year earlier (a week keeps its ISO week number when the year has it). */
export function samePeriodLastYear(period: Period): Period | undefined {
  const key = period.key.replace(/^\d{4}/, (year) => String(Number(year) - 1));
  return parsePeriod(key);
}
