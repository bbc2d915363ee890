import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDelimiter } from '../../src/cli/import/csv-rows.js';
import { dateReader, formatInstant, isDateFormat, resolveLocal } from '../../src/cli/import/dates.js';
import { mappingSchema } from '../../src/cli/import/mapping.js';
import { amountReader } from '../../src/cli/import/numbers.js';
import { ZoneOffsets } from '../../src/core/time/zone.js';

// The pieces of `import` one at a time: date formats, time zones across DST, amounts in two
// locales, the delimiter. Expected values are written out by hand from the calendar and the
// tz database (New York: DST from 2026-03-08 02:00 to 2026-11-01 02:00; London: to 2026-10-25).

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
const HOUR = 3_600_000;

describe('import: date formats', () => {
  it('reads day-first and year-first formats, and nothing the calendar or clock lacks', () => {
    const dmy = dateReader('DD/MM/YYYY HH:mm');
    assert.deepEqual(dmy('04/03/2026 10:15'), { local: utc(2026, 3, 4, 10, 15) });
    assert.equal(dmy('31/02/2026 10:00'), undefined);
    assert.equal(dmy('29/02/2025 10:00'), undefined);
    assert.deepEqual(dmy('29/02/2028 10:00'), { local: utc(2028, 2, 29, 10) });
    assert.equal(dmy('04/13/2026 10:00'), undefined);
    assert.equal(dmy('04/03/2026 24:00'), undefined);
    assert.equal(dmy('04/03/2026 10:60'), undefined);
    assert.equal(dmy('4/3/2026 10:15'), undefined, 'DD and MM take two digits');
    assert.equal(dmy('04/03/2026 10:15 '), undefined, 'the whole cell, nothing after');
    assert.equal(dmy('x04/03/2026 10:15'), undefined, 'the whole cell, nothing before');
    assert.equal(dateReader('DD.MM.YYYY')('04x03x2026'), undefined, 'a dot in a format is a dot');
    assert.deepEqual(dateReader('YYYY-MM-DD HH:mm:ss.SSS')('2026-03-04 10:15:30.5'), { local: utc(2026, 3, 4, 10, 15, 30, 500) });
  });

  it('reads 12-hour clocks: 12 AM is midnight, 12 PM noon, 13 PM nothing', () => {
    const us = dateReader('M/D/YYYY h:mm A');
    assert.deepEqual(us('3/2/2026 9:05 AM'), { local: utc(2026, 3, 2, 9, 5) });
    assert.deepEqual(us('3/2/2026 9:05 pm'), { local: utc(2026, 3, 2, 21, 5) });
    assert.deepEqual(us('12/31/2026 12:30 AM'), { local: utc(2026, 12, 31, 0, 30) });
    assert.deepEqual(us('12/31/2026 12:30 PM'), { local: utc(2026, 12, 31, 12, 30) });
    assert.equal(us('3/2/2026 13:05 PM'), undefined);
    assert.equal(us('3/2/2026 0:05 AM'), undefined);
  });

  it('marks a day without a time', () => {
    assert.deepEqual(dateReader('M/D/YYYY')('3/4/2026'), { local: utc(2026, 3, 4), dateOnly: true });
    assert.deepEqual(dateReader('ISO')('2026-03-04'), { local: utc(2026, 3, 4), dateOnly: true });
    assert.equal(dateReader('ISO')('2026-03-04 10:00')!.dateOnly, undefined);
  });

  it('reads ISO 8601 with and without an offset, with a space or a T', () => {
    const iso = dateReader('ISO');
    assert.deepEqual(iso('2026-03-04 10:15'), { local: utc(2026, 3, 4, 10, 15) });
    assert.deepEqual(iso('2026-03-04T10:15:30.123456Z'), { local: utc(2026, 3, 4, 10, 15, 30, 123), offsetMinutes: 0 });
    assert.deepEqual(iso('2026-03-04T10:15:00-03:00'), { local: utc(2026, 3, 4, 10, 15), offsetMinutes: -180 });
    assert.deepEqual(iso('2026-03-04T10:15:00+0530'), { local: utc(2026, 3, 4, 10, 15), offsetMinutes: 330 });
    assert.deepEqual(iso('2026-03-04T10:15:00+05'), { local: utc(2026, 3, 4, 10, 15), offsetMinutes: 300 });
    assert.equal(iso('2026-03-04T10:15:00+24:00'), undefined);
    assert.equal(iso('2026-02-30'), undefined);
    assert.equal(iso('04/03/2026'), undefined);
  });

  it('knows a format from a typo', () => {
    for (const format of ['DD/MM/YYYY HH:mm', 'M/D/YYYY h:mm A', 'YYYY-MM-DD', 'ISO']) assert.equal(isDateFormat(format), true, format);
    for (const format of ['DD/MM HH:mm', 'YYYY-MM', 'MM-DD', 'YYYY-MM-DD hh:mm', 'YYYY-MM-DD-DD', 'iso', 'YYYY-MM-DD HH:mm HH']) assert.equal(isDateFormat(format), false, format);
  });
});

describe('import: local times in a zone', () => {
  const ny = new ZoneOffsets('America/New_York');

  it('an ordinary local time has one instant, and no DST note', () => {
    assert.deepEqual(resolveLocal(utc(2026, 3, 2, 9, 15), ny), { at: utc(2026, 3, 2, 14, 15), offset: -5 * HOUR });
    assert.deepEqual(resolveLocal(utc(2026, 7, 1, 9, 15), ny), { at: utc(2026, 7, 1, 13, 15), offset: -4 * HOUR });
    // A day from a change, on either side: no false gap or overlap.
    assert.deepEqual(resolveLocal(utc(2026, 3, 8, 1, 59), ny), { at: utc(2026, 3, 8, 6, 59), offset: -5 * HOUR });
    assert.deepEqual(resolveLocal(utc(2026, 3, 8, 3, 0), ny), { at: utc(2026, 3, 8, 7, 0), offset: -4 * HOUR });
    assert.deepEqual(resolveLocal(utc(2026, 11, 1, 2, 0), ny), { at: utc(2026, 11, 1, 7, 0), offset: -5 * HOUR });
    assert.deepEqual(resolveLocal(utc(2026, 11, 1, 0, 59), ny), { at: utc(2026, 11, 1, 4, 59), offset: -4 * HOUR });
  });

  it('a time in the spring gap moves forward by the gap: 02:30 is 03:30 EDT', () => {
    const r = resolveLocal(utc(2026, 3, 8, 2, 30), ny);
    assert.deepEqual(r, { at: utc(2026, 3, 8, 7, 30), offset: -4 * HOUR, dst: 'gap' });
    assert.equal(formatInstant(r.at, r.offset), '2026-03-08T03:30:00-04:00');
    assert.deepEqual(resolveLocal(utc(2026, 3, 8, 2, 0), ny), { at: utc(2026, 3, 8, 7, 0), offset: -4 * HOUR, dst: 'gap' });
  });

  it('a time in the autumn overlap is the first of its two instants (the offset before the change)', () => {
    assert.deepEqual(resolveLocal(utc(2026, 11, 1, 1, 30), ny), { at: utc(2026, 11, 1, 5, 30), offset: -4 * HOUR, dst: 'overlap' });
    // East of Greenwich the earlier instant has the larger offset too.
    assert.deepEqual(resolveLocal(utc(2026, 10, 25, 1, 30), new ZoneOffsets('Europe/London')), { at: utc(2026, 10, 25, 0, 30), offset: HOUR, dst: 'overlap' });
  });

  it('half-hour zones and UTC', () => {
    assert.deepEqual(resolveLocal(utc(2026, 3, 4, 10), new ZoneOffsets('Asia/Kolkata')), { at: utc(2026, 3, 4, 4, 30), offset: 5.5 * HOUR });
    assert.deepEqual(resolveLocal(utc(2026, 3, 4, 10), new ZoneOffsets('UTC')), { at: utc(2026, 3, 4, 10), offset: 0 });
  });

  it('writes instants as the contract reads them', () => {
    assert.equal(formatInstant(utc(2026, 3, 4, 13, 15), -3 * HOUR), '2026-03-04T10:15:00-03:00');
    assert.equal(formatInstant(utc(2026, 3, 4, 13, 15, 7, 45), 0), '2026-03-04T13:15:07.045Z');
    assert.equal(formatInstant(utc(2026, 3, 4, 13, 15), -3.5 * HOUR), '2026-03-04T09:45:00-03:30');
    assert.equal(formatInstant(utc(2026, 3, 4, 20, 0), 5.75 * HOUR), '2026-03-05T01:45:00+05:45');
    assert.equal(formatInstant(utc(2026, 1, 1, 2, 0), -5 * HOUR), '2025-12-31T21:00:00-05:00');
  });
});

describe('import: amounts', () => {
  it('English exports: thousands comma, decimal point, grouping in threes', () => {
    const en = amountReader({ decimal: '.', thousands: ',' });
    assert.equal(en('12,500.00'), 12500);
    assert.equal(en('12500.5'), 12500.5);
    assert.equal(en('$1,234,567.89'), 1234567.89);
    assert.equal(en(' USD 99 '), 99);
    assert.equal(en('0'), 0);
    assert.equal(en('1,50'), undefined, 'not grouped in threes');
    assert.equal(en('1.234,56'), undefined);
    assert.equal(en('-5'), undefined, 'an amount is not negative');
    assert.equal(en('5e3'), undefined);
    assert.equal(en('abc'), undefined);
    assert.equal(en(''), undefined);
  });

  it('Brazilian exports: thousands point, decimal comma, currency sign', () => {
    const pt = amountReader({ decimal: ',', thousands: '.' });
    assert.equal(pt('1.234,56'), 1234.56);
    assert.equal(pt('R$ 1.234,56'), 1234.56);
    assert.equal(pt('R$\u00a02.000'), 2000);
    assert.equal(pt('1234,5'), 1234.5);
    assert.equal(pt('1.5'), undefined, 'a point groups three digits');
    assert.equal(pt('1,234.56'), undefined);
  });

  it('no thousands separator, or a space', () => {
    assert.equal(amountReader({ decimal: '.', thousands: '' })('5000.50'), 5000.5);
    assert.equal(amountReader({ decimal: '.', thousands: '' })('5,000.50'), undefined);
    assert.equal(amountReader({ decimal: ',', thousands: ' ' })('12 500,25'), 12500.25);
    assert.throws(() => amountReader({ decimal: ',', thousands: ',' }));
  });
});

describe('import: the delimiter', () => {
  it('is whichever of , ; or tab the header holds most of outside quotes; , on a tie', () => {
    assert.equal(detectDelimiter('ID;Nome;"Valor, total"\n1;a;2'), ';');
    assert.equal(detectDelimiter('"a;b;c",d,e\n'), ',');
    assert.equal(detectDelimiter('a,b;c\n'), ',');
    assert.equal(detectDelimiter('a\tb\tc,d\n'), '\t');
    assert.equal(detectDelimiter('a,b\n1;2;3;4;5\n'), ',', 'the first line only');
    assert.equal(detectDelimiter('\ufeffa;b\r\nc,d,e,f'), ';');
  });
});

describe('import: the mapping file\'s rules', () => {
  const base = { Id: 'id', Created: 'createdAt' };
  const issues = (mapping: object) => {
    const result = mappingSchema.safeParse(mapping);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a complete mapping', () => {
    assert.deepEqual(issues({ columns: { ...base, S: { field: 'status', at: 'D', values: { X: 'wonAt', Y: null }, otherwise: null } } }), []);
  });

  it('says what is wrong, at its key', () => {
    const cases: Array<[object, string]> = [
      [{ columns: { Id: 'id' } }, 'columns: no column maps to createdAt'],
      [{ columns: { Created: 'createdAt' } }, 'columns: no column maps to id'],
      [{ columns: { ...base, S: { field: 'status', values: { X: 'wonAt' } } } }, 'columns.S: a status column needs "at": the column holding the date of the status'],
      [{ columns: { ...base, S: { field: 'status', at: 'D' } } }, 'columns.S: a status column needs "values": each status to a timestamp field, or null'],
      [{ columns: { ...base, S: { field: 'status', at: 'D', values: { X: 'createdAt' } } } }, 'columns.S: status "X" maps to "createdAt": expected a timestamp field (mqlAt, sqlAt, opportunityAt, wonAt, lostAt, firstContactAt, acceptedAt, rejectedAt, disqualifiedAt, recycledAt) or null'],
      [{ columns: { ...base, S: { field: 'status', at: 'D', values: {}, otherwise: 'won' } } }, 'columns.S: status "(otherwise)" maps to "won": expected a timestamp field (mqlAt, sqlAt, opportunityAt, wonAt, lostAt, firstContactAt, acceptedAt, rejectedAt, disqualifiedAt, recycledAt) or null'],
      [{ columns: { ...base, M: { field: 'mqlAt', at: 'D' } } }, 'columns.M: "at" is for status columns only'],
      [{ columns: { ...base, G: 'dims.segment' } }, 'columns.G: dims.segment: declare "segment" in "dimensions"'],
      [{ reasons: [{ code: 'price', owner: 'sales' }], columns: { ...base, R: { field: 'reason', values: { Caro: 'pricey' } } } }, 'columns.R: reason code "pricey" is not declared in "reasons"'],
      [{ reasons: [{ code: 'price', owner: 'sales' }], columns: { ...base, R: { field: 'reason', otherwise: 'other' } } }, 'columns.R: reason code "other" is not declared in "reasons"'],
      [{ dateFormats: ['DD/MM'], columns: base }, 'dateFormats.0: expected a date format such as DD/MM/YYYY HH:mm, M/D/YYYY h:mm A or ISO (YYYY, MM or M, DD or D once each; HH, H, hh, h with A, mm, ss, SSS)'],
      [{ timezone: 'Nowhere/Land', columns: base }, 'timezone: expected an IANA time zone such as America/Sao_Paulo'],
      [{ number: { decimal: ',', thousands: '_' }, columns: base }, 'number.thousands: expected ",", ".", " " or "" (none)'],
      [{ granularity: 'year', columns: base }, 'granularity: expected "day", "week", "month" or "quarter"'],
    ];
    for (const [mapping, expected] of cases) assert.deepEqual(issues(mapping), [expected], JSON.stringify(mapping));
  });
});
