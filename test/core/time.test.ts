import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import { computeMetrics, isPeriodKey, parseInstant, parsePeriod, periodIndexOfDay, previousPeriod, samePeriodLastYear } from '../../src/core/index.js';
import { localDayOf, localDayStart, PeriodBoundaries } from '../../src/core/time/boundaries.js';
import { instantEnd, parseCivilDate, parseInstantAt } from '../../src/core/time/instant.js';
import { daysFromCivil, civilFromDays, daysInMonth, isoWeeksInYear } from '../../src/core/time/civil.js';
import { isTimeZone, ZoneOffsets, zoneOffsets } from '../../src/core/time/zone.js';
import { dataset } from './fixtures.js';

describe('period keys', () => {
  it('parses the five granularities into local day ranges', () => {
    const march = parsePeriod('2026-03')!;
    assert.equal(march.granularity, 'month');
    assert.equal(march.endDay - march.startDay, 31);
    const q1 = parsePeriod('2026-Q1')!;
    assert.equal(q1.startDay, daysFromCivil(2026, 1, 1));
    assert.equal(q1.endDay, daysFromCivil(2026, 4, 1));
    assert.equal(parsePeriod('2024')!.endDay - parsePeriod('2024')!.startDay, 366);
    assert.equal(parsePeriod('2026-03-15')!.granularity, 'day');
  });

  it('knows ISO weeks, week 53 included', () => {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 2025 has 52.
    assert.equal(isoWeeksInYear(2026), 53);
    assert.equal(isoWeeksInYear(2025), 52);
    const w53 = parsePeriod('2026-W53')!;
    assert.equal(w53.key, '2026-W53');
    assert.deepEqual(civilFromDays(w53.startDay), { year: 2026, month: 12, day: 28 });
    assert.equal(parsePeriod('2025-W53'), undefined);
    const w01 = parsePeriod('2026-W01')!;
    assert.deepEqual(civilFromDays(w01.startDay), { year: 2025, month: 12, day: 29 });
    assert.equal(previousPeriod(w01).key, '2025-W52');
    assert.equal(previousPeriod(parsePeriod('2027-W01')!).key, '2026-W53');
  });

  it('a key is the whole text: nothing before it or after it', () => {
    for (const key of ['2026-03-15', '2026-W09', '2026-03', '2026-Q1', '2026']) {
      assert.equal(isPeriodKey(key), true, key);
      for (const bad of [`x${key}`, `${key}x`, ` ${key}`, `${key}\n`]) assert.equal(isPeriodKey(bad), false, JSON.stringify(bad));
    }
    assert.equal(isPeriodKey('2026-13'), false);
  });

  it('a parsed period is shared by every caller, so it cannot be changed', () => {
    const march = parsePeriod('2026-03')!;
    assert.equal(parsePeriod('2026-03'), march);
    assert.ok(Object.isFrozen(march));
  });

  it('previous periods are the same length just before', () => {
    assert.equal(previousPeriod(parsePeriod('2026-03')!).key, '2026-02');
    assert.equal(previousPeriod(parsePeriod('2026-01')!).key, '2025-12');
    assert.equal(previousPeriod(parsePeriod('2026-Q1')!).key, '2025-Q4');
    assert.equal(previousPeriod(parsePeriod('2026-03-01')!).key, '2026-02-28');
    assert.equal(previousPeriod(parsePeriod('2026')!).key, '2025');
    assert.equal(samePeriodLastYear(parsePeriod('2026-Q1')!)!.key, '2025-Q1');
  });

  it('rejects keys that are not periods', () => {
    for (const key of ['2026-13', '2026-00', '2026-Q5', '2026-W00', '2024-02-30', '26-03', '2026/03', '', '2026-3']) {
      assert.equal(parsePeriod(key), undefined, key);
    }
  });
});

describe('the civil calendar', () => {
  it('day numbers and dates agree with Date both ways, across centuries and four-century eras', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        assert.deepEqual(civilFromDays(days), civil);
        assert.equal(daysFromCivil(civil.year, civil.month, civil.day), days);
      }),
      { numRuns: 2000 },
    );
    // The days around each century's end, where the algorithm's corrections apply.
    for (const year of [1600, 1700, 1900, 2000, 2100, 2400]) {
      for (let day = daysFromCivil(year, 2, 27); day <= daysFromCivil(year, 3, 2); day++) {
        const civil = civilFromDays(day);
        assert.equal(daysFromCivil(civil.year, civil.month, civil.day), day, String(day));
      }
      assert.deepEqual(civilFromDays(Date.UTC(year, 0, 1) / 86_400_000), { year, month: 1, day: 1 });
      assert.deepEqual(civilFromDays(Date.UTC(year, 11, 31) / 86_400_000), { year, month: 12, day: 31 });
    }
  });

  it('leap years: every fourth, but not a century unless it is a fourth one', () => {
    assert.deepEqual([1900, 2000, 2024, 2026, 2100, 2400].map((year) => daysInMonth(year, 2)), [28, 29, 29, 28, 28, 29]);
    assert.equal(parseInstant('1900-02-29T00:00:00Z'), NaN);
    assert.equal(parseInstant('2000-02-29T00:00:00Z'), Date.UTC(2000, 1, 29));
  });
});

describe('instants', () => {
  it('are read the same outside the years whose month starts are kept (1900 to 2199)', () => {
    for (const text of ['1899-12-31T23:59:59Z', '1900-01-01T00:00:00Z', '2199-12-31T23:59:59Z', '2200-01-01T00:00:00Z', '2200-02-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z']) {
      assert.equal(parseInstant(text), Date.parse(text), text);
    }
  });

  it('agrees with Date.parse on valid ISO 8601 with offset', () => {
    for (const s of ['2026-03-08T06:59:59Z', '2026-03-08T01:30:00-05:00', '2026-03-31T23:30:00+05:30', '2024-02-29T12:00:00.123+01:00', '2026-01-01T00:00Z']) {
      assert.equal(parseInstant(s), Date.parse(s), s);
    }
  });

  it('reads every valid form as its components say (Date.UTC the answer key), fractions cut to the millisecond, in place inside a longer text too', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1900, max: 2199 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 31 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
          fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
          offset: fc.option(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), { nil: undefined }),
        }),
        ({ year, month, day, hour, minute, second, fraction, offset }) => {
          const zone = offset === undefined ? 'Z' : `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
          const s = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${second === undefined ? '' : `:${two(second)}${fraction === undefined ? '' : `.${fraction}`}`}${zone}`;
          const valid = day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
          const ms = second === undefined || fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
          const expected = valid ? Date.UTC(year, month - 1, day, hour, minute, second ?? 0, ms) - (offset ?? 0) * 60_000 : NaN;
          assert.equal(parseInstant(s), expected, s);
          const text = `{"createdAt":"${s}"}`;
          assert.equal(parseInstantAt(text, 14), expected, text);
          if (valid) assert.equal(instantEnd, text.length - 2, 'it ends where the instant does');
        },
      ),
      { numRuns: 2000 },
    );
  });

  /** Date's UTC arithmetic for any year (Date.UTC reads years 0–99 as 1900–1999). */
  const utc = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, ms);
    return date.getTime();
  };
  const daysIn = (year: number, month: number) => (utc(year, month + 1, 1) - utc(year, month, 1)) / 86_400_000;

  it('one character changed or added anywhere in a valid instant: read exactly as a strict reading of the contract says (its own answer key)', () => {
    // The answer key: the contract's form as a regular expression, every field's range, and Date's UTC arithmetic.
    const FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
    const expected = (s: string): number => {
      const m = FORM.exec(s);
      if (!m) return NaN;
      const [year, month, day, hour, minute, second = 0, , , oh = 0, om = 0] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => (m[i] === undefined ? undefined : Number(m[i])));
      const fraction = m[7];
      if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year!, month!)) return NaN;
      if (hour! > 23 || minute! > 59 || second! > 59 || oh! > 23 || om! > 59) return NaN;
      const offset = (m[8] === '-' ? -1 : 1) * (oh! * 60 + om!);
      const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
      return utc(year!, month!, day!, hour!, minute!, second!, ms) - offset * 60_000;
    };
    const valid = fc.constantFrom('2026-03-08T06:59:59Z', '2026-03-08T01:30:00-05:00', '2024-02-29T23:59:59.123456789+05:45', '1999-12-31T23:59Z', '2026-01-01T00:00:00.5-03:00');
    const character = fc.constantFrom(...'0123456789-:T.Z+ tzO/'.split(''), 'é', '\u0660');
    fc.assert(
      fc.property(valid, fc.nat(), character, fc.boolean(), (base, at, replacement, insert) => {
        const i = at % (base.length + 1);
        const s = base.slice(0, i) + replacement + base.slice(insert ? i : i + 1);
        assert.equal(parseInstant(s), expected(s), s);
        const text = `{"at":"${s}"}`;
        const read = parseInstantAt(text, 7);
        if (Number.isNaN(expected(s))) assert.ok(Number.isNaN(read) || instantEnd !== text.length - 2, `${text}: not vouched for as a whole`);
        else assert.equal(read, expected(s), text);
      }),
      { numRuns: 3000 },
    );
  });

  it('civil dates: one character changed, added or taken out anywhere, against a strict reading (its own answer key)', () => {
    const expected = (s: string): number => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return NaN;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NaN;
      return utc(year, month, day) / 86_400_000;
    };
    fc.assert(
      fc.property(fc.constantFrom('2026-03-08', '2024-02-29', '1999-12-31', '2000-01-01'), fc.nat(), fc.constantFrom(...'0123456789-/ xO'.split(''), ''), fc.boolean(), (base, at, replacement, insert) => {
        const i = at % (base.length + 1);
        const s = base.slice(0, i) + replacement + base.slice(insert ? i : i + 1);
        assert.equal(parseCivilDate(s), expected(s), s);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects bad dates and timestamps without an offset', () => {
    for (const s of ['2024-02-30T00:00:00Z', '03/04/2024', '2026-03-04T10:00:00', '2026-03-04', '2026-03-04T24:00:00Z', '2026-03-04T10:00:00+5:30', '2026-03-04T10:00:00.Z', '2026-03-04T10:00:00.1234567890Z', 'not a date']) {
      assert.ok(Number.isNaN(parseInstant(s)), s);
    }
  });
});

/**
 * Walks [from, to) a step at a time, checking the table against `offsetOf` (Intl), and each
 * change of offset at its exact second (bisected); returns how many changes it met.
 */
function checkAgainstIntl(zone: ZoneOffsets, name: string, offsetOf: (t: number) => number, from: number, to: number, step: number): number {
  let transitions = 0;
  let previous = offsetOf(from);
  for (let t = from; t < to; t += step) {
    const offset = offsetOf(t);
    assert.equal(zone.offsetAt(t), offset, `${name} at ${new Date(t).toISOString()}`);
    if (offset !== previous) {
      transitions++;
      let lo = t - step;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetOf(mid) === previous) lo = mid;
        else hi = mid;
      }
      assert.equal(zone.offsetAt(hi - 1000), previous, `${name} just before ${new Date(hi).toISOString()}`);
      assert.equal(zone.offsetAt(hi), offset, `${name} at ${new Date(hi).toISOString()}`);
    }
    previous = offset;
  }
  return transitions;
}

describe('time zones', () => {
  it('finds DST transitions exactly (America/New_York, 2026-03-08 at 02:00 local)', () => {
    const ny = zoneOffsets('America/New_York');
    assert.equal(ny.offsetAt(Date.parse('2026-03-08T06:59:59Z')), -5 * 3_600_000);
    assert.equal(ny.offsetAt(Date.parse('2026-03-08T07:00:00Z')), -4 * 3_600_000);
    assert.equal(ny.offsetAt(Date.parse('2026-11-01T05:59:59Z')), -4 * 3_600_000);
    assert.equal(ny.offsetAt(Date.parse('2026-11-01T06:00:00Z')), -5 * 3_600_000);
  });

  it('extends a table backwards: an instant years before the first one asked for', () => {
    const zone = new ZoneOffsets('Europe/Paris');
    assert.equal(zone.offsetAt(Date.parse('2026-07-01T12:00:00Z')), 2 * 3_600_000);
    assert.equal(zone.offsetAt(Date.parse('2023-01-15T12:00:00Z')), 1 * 3_600_000);
    assert.equal(zone.offsetAt(Date.parse('2023-07-15T12:00:00Z')), 2 * 3_600_000);
  });

  it('extends a table on both sides, years apart, and keeps every transition to the second (a day at a time against Intl)', () => {
    const format = (timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    // Intl's own word for the offset ("GMT-04:00"), read independently of the table's reading.
    const offsetOf = (f: Intl.DateTimeFormat, t: number) => {
      const name = f.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
      const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
      return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
    };
    for (const name of ['America/New_York', 'Africa/Casablanca', 'Australia/Lord_Howe']) {
      const f = format(name);
      const zone = new ZoneOffsets(name);
      // The middle first (a table from 2019-11-02 to 2021-11-04), then a year earlier, then
      // two years later: each asks for a new stretch (a year's margin each side). In New York,
      // each new stretch begins days before a change, at another offset than the old
      // stretch's far end: one continued from the wrong offset would miss that change.
      zone.offsetAt(Date.UTC(2020, 10, 3));
      zone.offsetAt(Date.UTC(2018, 2, 9));
      zone.offsetAt(Date.UTC(2023, 0, 1));
      const transitions = checkAgainstIntl(zone, name, (t) => offsetOf(f, t), Date.UTC(2017, 2, 9), Date.UTC(2024, 0, 1), 86_400_000);
      assert.ok(transitions >= 12, `${name}: ${transitions} transitions`);
    }
  });

  it('shares one table per zone name, and says false (not a falsy value) for a name Intl does not know', () => {
    assert.equal(zoneOffsets('Europe/Lisbon'), zoneOffsets('Europe/Lisbon'));
    assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
    assert.equal(isTimeZone('Mars/Olympus_Mons'), false); // and again, from what it remembers
    assert.equal(isTimeZone('Europe/Lisbon'), true);
  });

  it('finds every transition, to the second, that Intl knows (sampled weekly, bisected): Morocco pausing DST for Ramadan, Samoa skipping a day, Lord Howe 30 min, fixed zones', () => {
    const format = (timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    const intlOffset = (f: Intl.DateTimeFormat, t: number) => {
      const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, Number(x.value)]));
      return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(t / 1000) * 1000;
    };
    const cases: [string, number, number][] = [
      ['Africa/Casablanca', 2012, 2020],
      ['Pacific/Apia', 2011, 2013],
      ['Australia/Lord_Howe', 2025, 2027],
      ['America/Sao_Paulo', 2017, 2020],
      ['Etc/GMT+3', 2025, 2026],
      ['Asia/Kathmandu', 2025, 2026],
    ];
    for (const [name, from, to] of cases) {
      const f = format(name);
      const zone = zoneOffsets(name);
      // Every hour, by brute force: each change of offset must be found at its exact second.
      const transitions = checkAgainstIntl(zone, name, (t) => intlOffset(f, t), Date.UTC(from, 0, 1), Date.UTC(to, 0, 1), 3_600_000);
      if (name === 'Africa/Casablanca') assert.ok(transitions >= 20, `${name}: ${transitions} transitions`);
    }
  });

  it('buckets records by local day across a DST change (America/New_York)', () => {
    const d = dataset({
      version: 1,
      timezone: 'America/New_York',
      granularity: 'day',
      leads: [
        // 23:30 on the 7th local (EST, −05:00) is 04:30Z on the 8th.
        { id: 1, createdAt: '2026-03-08T04:30:00Z' },
        // 23:30 on the 8th local (EDT, −04:00) is 03:30Z on the 9th.
        { id: 2, createdAt: '2026-03-09T03:30:00Z' },
        // 00:30 on the 8th local, before the change.
        { id: 3, createdAt: '2026-03-08T05:30:00Z' },
      ],
    });
    assert.equal(computeMetrics(d, { period: '2026-03-07' }).metrics.leads!.value, 1);
    assert.equal(computeMetrics(d, { period: '2026-03-08' }).metrics.leads!.value, 2);
    assert.equal(computeMetrics(d, { period: '2026-03-09' }).empty, true); // after the last record
  });

  it('a quiet period inside the records\' span is a real zero, not "no data"', () => {
    const d = dataset({ version: 1, granularity: 'day', leads: [{ id: 1, createdAt: '2026-03-01T10:00:00Z' }, { id: 2, createdAt: '2026-03-31T10:00:00Z' }] });
    const quiet = computeMetrics(d, { period: '2026-03-15' });
    assert.equal(quiet.empty, false);
    assert.equal(quiet.metrics.leads!.value, 0);
    assert.equal(quiet.metrics.lead_to_mql!.reason, 'zero-denominator');
  });

  it('measures durations as elapsed time, not wall-clock, across the DST change', () => {
    const d = dataset({
      version: 1,
      timezone: 'America/New_York',
      leads: [{ id: 1, createdAt: '2026-03-07T12:00:00-05:00', mqlAt: '2026-03-08T01:00:00-05:00', firstContactAt: '2026-03-08T03:00:00-04:00' }],
    });
    // 01:00 EST to 03:00 EDT is one elapsed hour, though the wall clock moved two.
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.response_time_hours!.value, 1);
  });

  it('buckets in a half-hour zone (Asia/Kolkata, +05:30)', () => {
    const d = dataset({
      version: 1,
      timezone: 'Asia/Kolkata',
      leads: [
        { id: 1, createdAt: '2026-03-31T18:29:00Z' }, // 23:59 on 31 March in India
        { id: 2, createdAt: '2026-03-31T18:30:00Z' }, // 00:00 on 1 April in India
      ],
    });
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.leads!.value, 1);
    assert.equal(computeMetrics(d, { period: '2026-04' }).metrics.leads!.value, 1);
  });

  it('puts a UTC instant in the month it falls in locally (America/Sao_Paulo, −03:00)', () => {
    const d = dataset({
      version: 1,
      timezone: 'America/Sao_Paulo',
      leads: [{ id: 1, createdAt: '2026-04-01T02:00:00Z' }], // 23:00 on 31 March in São Paulo
    });
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.leads!.value, 1);
    assert.equal(computeMetrics(d, { period: '2026-04' }).empty, true);
  });

  it('buckets the same instants differently per zone: UTC, New York, Kolkata', () => {
    const leads = [{ id: 1, createdAt: '2026-01-01T03:00:00Z' }];
    const monthIn = (timezone: string) => computeMetrics(dataset({ version: 1, timezone, leads })).period;
    assert.equal(monthIn('UTC'), '2026-01');
    assert.equal(monthIn('America/New_York'), '2025-12');
    assert.equal(monthIn('Asia/Kolkata'), '2026-01');
  });
});

describe('roll-up', () => {
  const d = dataset({
    version: 1,
    currency: 'EUR',
    rows: [
      { period: '2026-01', visitors: 100, leads: 10, marketingSpend: 100 },
      { period: '2026-02', visitors: 200, leads: 30, marketingSpend: 150 },
      { period: '2026-03', visitors: 300, leads: 20, marketingSpend: 250 },
      { period: '2025-12', visitors: 50, leads: 5 },
    ],
  });

  it('rolls months up to the quarter and recomputes ratios from the summed facts', () => {
    const q1 = computeMetrics(d, { period: '2026-Q1' });
    assert.equal(q1.metrics.visitors!.value, 600);
    assert.equal(q1.metrics.leads!.value, 60);
    assert.equal(q1.metrics.cpl!.value, 500 / 60); // not the mean of the monthly CPLs
    assert.equal(q1.metrics.leads!.previous!.period, '2025-Q4');
    assert.equal(q1.metrics.leads!.previous!.value, 5);
  });

  it('rolls up to the year', () => {
    assert.equal(computeMetrics(d, { period: '2026' }).metrics.visitors!.value, 600);
  });

  it('warns when rows cannot nest in the asked period', () => {
    const weekly = computeMetrics(d, { period: '2026-W10' });
    assert.equal(weekly.metrics.visitors!.value, null);
    assert.match(weekly.warnings[0]!, /(do|does) not fit in week periods/);
  });
});

describe('period boundaries', () => {
  it('finds the first instant of a day whose midnight was skipped (São Paulo, 2018-11-04)', () => {
    const zone = zoneOffsets('America/Sao_Paulo');
    // Clocks jumped from 00:00 to 01:00; the day began at 03:00Z, 01:00 local.
    assert.equal(localDayStart(zone, daysFromCivil(2018, 11, 4)), Date.parse('2018-11-04T03:00:00Z'));
    assert.equal(localDayStart(zone, daysFromCivil(2026, 3, 1)), Date.parse('2026-03-01T03:00:00Z'));
    assert.equal(localDayStart(zoneOffsets('Asia/Kolkata'), daysFromCivil(2026, 4, 1)), Date.parse('2026-03-31T18:30:00Z'));
  });

  it('takes midnight under the offset in force then, when a change came in the hours before it (Santiago, 2024-04-07) or midnight came twice (Havana, 2024-11-03)', () => {
    // Santiago went from 00:00 (−03) back to 23:00 (−04): the day began at 04:00Z, an hour after
    // midnight under the offset in force the evening before.
    assert.equal(localDayStart(zoneOffsets('America/Santiago'), daysFromCivil(2024, 4, 7)), Date.parse('2024-04-07T04:00:00Z'));
    // Havana went from 01:00 (−04) back to 00:00 (−05): of its two midnights, the first.
    assert.equal(localDayStart(zoneOffsets('America/Havana'), daysFromCivil(2024, 11, 3)), Date.parse('2024-11-03T04:00:00Z'));
  });

  it('agree with the definition (the local date of the instant) in every zone and granularity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London'),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        (t, name, granularity) => {
          const zone = zoneOffsets(name);
          const boundaries = new PeriodBoundaries(zone, granularity);
          assert.equal(boundaries.indexOf(t), periodIndexOfDay(granularity, localDayOf(zone, t)));
          // And again far away, which extends the table in place.
          const later = t + 400 * 86_400_000;
          assert.equal(boundaries.indexOf(later), periodIndexOfDay(granularity, localDayOf(zone, later)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
