import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnsBuilder } from '../../src/core/aggregate/columns.js';
import { RowsFromRecords, type RecordTexts } from '../../src/core/index.js';
import { checkRecord } from '../../src/core/ingest/parse-records.js';
import { RecordScanner } from '../../src/core/ingest/scan-records.js';
import { SeenIds } from '../../src/core/ingest/seen-ids.js';
import { recordTexts } from '../../src/cli/json-stream.js';
import fc from './fc.js';

// The CLI's `aggregate` reads most records straight from their text (RecordScanner); the
// rest go through JSON.parse and checkRecord. A record must get the same verdict and the
// same values either way, and the scanner must take the plain form exports write.

const COLUMNS = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount'] as const;
type Row = { id: string; channel: string | undefined } & Record<(typeof COLUMNS)[number], number>;
const row = (id: string, channel: string | undefined, columns: Record<(typeof COLUMNS)[number], Float64Array>): Row => ({ id, channel, ...(Object.fromEntries(COLUMNS.map((c) => [c, columns[c][0]])) as Record<(typeof COLUMNS)[number], number>) });

/** What JSON.parse and checkRecord make of a text: its row, or undefined when either refuses it. */
function slowPath(text: string): Row | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { columns, channelId, reasonId } = columnsBuilder(1);
  if (!checkRecord(value, columns, 0, { channelId, reasonId })) return undefined;
  const channel = columns.channel[0]! < 0 ? undefined : columns.channels[columns.channel[0]!];
  return row(String((value as { id: unknown }).id), channel, columns);
}

/** What the scanner makes of the text, read in place inside a longer one; undefined when it does not vouch for it. */
function fastPath(text: string, scanner = new RecordScanner(4)): Row | undefined {
  const before = '{"id":"before"}\n';
  const source = `${before}${text}\n{"id":"after"}`;
  scanner.reset();
  if (!scanner.scan(source, before.length, before.length + text.length)) {
    assert.equal(scanner.length, 0, 'a record it does not vouch for adds no row');
    return undefined;
  }
  const columns = scanner.columns();
  const channel = columns.channel[0]! < 0 ? undefined : columns.channels[columns.channel[0]!];
  return row(scanner.idSource.slice(scanner.idStart, scanner.idEnd), channel, columns);
}

const stamp = fc.constantFrom(
  '2026-03-02T10:00:00-03:00', '2026-03-02T13:00:00Z', '2026-03-02T10:00-03:00', '2026-03-02T10:00:00.5+05:45', '2026-03-05T00:00:00.123456789Z', '2024-02-29T23:59:59+14:00', '2026-01-01T00:00:00.000Z',
  // not instants, or before the creation below
  '2026-02-30T10:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02 10:00:00Z', '2026-03-02T10:00:00', '2026-03-02T10:00:00.Z', '2026-03-02T10:00:00.1234567890Z', '2025-12-31T00:00:00Z', '',
);
/** A value's JSON text, in forms JSON.parse reads alike and forms it does not. */
const valueText = fc.oneof(
  { weight: 6, arbitrary: stamp.map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.constantFrom('1', '0', '-0', '1.0', '1e0', '1E2', '2.5', '-1', '01', '1.', '.5', '9007199254740991', '9007199254740992', '123456789012345678', 'null', 'true', '[]', '{}', '"x"', '"1"', '""', '-', '1e', '1e+') },
  { weight: 2, arbitrary: fc.constantFrom('"email"', '"e\\u006dail"', '"indicação"', '"a\\"b"', '"tab\there"', `"${'x'.repeat(200)}"`, `"${'x'.repeat(201)}"`, '"emoji 🙂"') },
);
const KEYS = ['id', 'channel', 'createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount'];
const space = fc.constantFrom('', '', '', ' ', '\t', '\r', ' \n ');
/** A record's text: a plain valid record with some fields replaced, dropped, repeated or spaced out. */
const recordText = fc
  .record({
    id: fc.constantFrom('"L1"', '7', '0', '"7"', '"x y"'),
    channel: fc.option(fc.constantFrom('"email"', '"paid-search"', '"indicação"'), { nil: undefined }),
    amount: fc.option(fc.constantFrom('1200', '0', '12.5', '1e3'), { nil: undefined }),
    edits: fc.array(fc.tuple(fc.constantFrom(...KEYS, 'nosuch', 'ID', 'idd', 'createdat', '__proto__'), valueText, fc.constantFrom('set', 'drop', 'repeat')), { maxLength: 3 }),
    spaces: fc.array(space, { minLength: 8, maxLength: 8 }),
    shuffle: fc.boolean(),
  })
  .map(({ id, channel, amount, edits, spaces, shuffle }) => {
    const fields: [string, string][] = [['id', id], ['createdAt', '"2026-01-01T00:00:00Z"'], ['mqlAt', '"2026-01-02T09:30:00.25-03:00"']];
    if (channel) fields.push(['channel', channel]);
    if (amount) fields.push(['amount', amount]);
    for (const [key, value, edit] of edits) {
      const at = fields.findIndex(([k]) => k === key);
      if (edit === 'drop') {
        if (at >= 0) fields.splice(at, 1);
      } else if (edit === 'repeat' || at < 0) fields.push([key, value]);
      else fields[at] = [key, value];
    }
    if (shuffle) fields.reverse();
    const s = (i: number) => spaces[i % spaces.length]!;
    return `${s(0)}{${s(1)}${fields.map(([k, v], i) => `"${k}"${s(i + 2)}:${s(i + 3)}${v}`).join(`${s(4)},${s(5)}`)}${s(6)}}${s(7)}`;
  });

describe('a lead record read from its text', () => {
  it('gets the verdict and values JSON.parse and checkRecord give it, whenever the scanner vouches for it', () => {
    let vouched = 0;
    let slowOnly = 0;
    fc.assert(
      fc.property(recordText, (text) => {
        const fast = fastPath(text);
        const slow = slowPath(text);
        if (fast) {
          vouched++;
          assert.deepEqual(fast, slow, text);
        } else if (slow) slowOnly++;
      }),
      { numRuns: 3000 },
    );
    // Both kinds must occur, or the property says little.
    assert.ok(vouched > 300 && slowOnly > 100, `vouched ${vouched}, left to JSON.parse ${slowOnly}`);
  });

  it('takes in place every record in the plain form an export writes', () => {
    const later = fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-03T10:00:00.123-03:00', '2026-02-01T00:00+05:45');
    const plain = fc.record(
      {
        id: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => JSON.stringify(s) === `"${s}"`)),
        channel: fc.constantFrom('email', 'paid-search', 'indicação', 'tráfego pago'),
        createdAt: fc.constant('2026-01-01T00:00:00Z'),
        mqlAt: later,
        sqlAt: later,
        opportunityAt: later,
        wonAt: later,
        lostAt: later,
        firstContactAt: later,
        // Exponents both ways (1e+21, 1.5e-7) are how JSON.stringify writes very large and small numbers.
        amount: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(1e21, 1.5e-7)),
      },
      { requiredKeys: ['id', 'createdAt'] },
    );
    // Compact, or indented by spaces, tabs, or with Windows line ends: every kind of JSON white space.
    const layout = fc.constantFrom('compact', 'spaces', 'tabs', 'crlf');
    const write = (record: object, how: string) => {
      if (how === 'compact') return JSON.stringify(record);
      const text = JSON.stringify(record, null, how === 'tabs' ? '\t' : 1);
      return how === 'crlf' ? text.replaceAll('\n', '\r\n') : text;
    };
    fc.assert(
      fc.property(plain, layout, (record, how) => {
        const text = write(record, how);
        assert.deepEqual(fastPath(text), slowPath(text), text);
        assert.ok(fastPath(text), `left to JSON.parse: ${text}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('hand cases: what it leaves to JSON.parse, and what it refuses outright', () => {
    const base = '"id":1,"createdAt":"2026-01-01T00:00:00Z"';
    // Valid, but not the plain form: JSON.parse decides (and accepts).
    for (const text of [`{${base},"channel":"e\\u006dail"}`, `{"id":1.0,"createdAt":"2026-01-01T00:00:00Z"}`, `{"id":-0,"createdAt":"2026-01-01T00:00:00Z"}`]) {
      assert.equal(fastPath(text), undefined, text);
      assert.ok(slowPath(text), text);
    }
    // A key twice: JSON.parse keeps the last, so the scanner must not keep the first.
    assert.equal(fastPath(`{${base},"mqlAt":"2026-01-01T00:00:00Z","mqlAt":"2025-01-01T00:00:00Z"}`), undefined);
    // Invalid either way.
    // Each piece of JSON's structure in its place: a wrong character where a brace, a key's
    // quote, a colon or a comma belongs.
    for (const text of [`[${base}}`, `{x${base.slice(1)}}`, `{"id"x1,"createdAt":"2026-01-01T00:00:00Z"}`, `{"id":1x"createdAt":"2026-01-01T00:00:00Z"}`, `${base}}`, `{"id" 1,"createdAt":"2026-01-01T00:00:00Z"}`, `{"id":1 "createdAt":"2026-01-01T00:00:00Z"}`, `{id:1,"createdAt":"2026-01-01T00:00:00Z"}`, `{"id":1,"createdAt":"2026-01-01T00:00:00Z}`, `{"id":1,"createdAt":2026}`, `{"id":"","createdAt":"2026-01-01T00:00:00Z"}`, `{"id":1.5,"createdAt":"2026-01-01T00:00:00Z"}`, `{"id":12345678901234567,"createdAt":"2026-01-01T00:00:00Z"}`, `{${base},"nosuch":1}`, `{${base},"mqlAt":null}`, `{${base},"mqlAt":"2025-12-31T23:59:59Z"}`, `{${base},"amount":-1}`, `{${base},"channel":""}`, `{${base}}x`, `{${base},}`, `{"id":01,"createdAt":"2026-01-01T00:00:00Z"}`, '{}', '[]', `{${base}`, `{"createdAt":"2026-01-01T00:00:00Z"}`]) {
      assert.equal(fastPath(text), undefined, text);
      assert.equal(slowPath(text), undefined, text);
    }
    // The limits, read in place: 200 characters of id or channel, a safe integer id.
    const long = (n: number) => 'x'.repeat(n);
    assert.ok(fastPath(`{"id":"${long(200)}","channel":"${long(200)}","createdAt":"2026-01-01T00:00:00Z"}`));
    for (const text of [`{"id":"${long(201)}","createdAt":"2026-01-01T00:00:00Z"}`, `{${base},"channel":"${long(201)}"}`, `{"id":9007199254740993,"createdAt":"2026-01-01T00:00:00Z"}`, `{${base},"amount":1.}`, `{${base},"amount":-}`, `{${base},"amount":1e}`, `{${base},"amount":01}`, `{${base},"amount":.5}`]) {
      assert.equal(fastPath(text), undefined, text);
      assert.equal(slowPath(text), undefined, text);
    }
    // Any JSON number as an amount, read as JSON.parse reads it.
    for (const amount of ['1e3', '12.50', '0.1', '1E-2', '123456789012345678']) assert.deepEqual(fastPath(`{${base},"amount":${amount}}`), slowPath(`{${base},"amount":${amount}}`), amount);
    assert.equal(fastPath(`{${base},"amount":0.1}`)!.amount, 0.1);
    // Timestamps cut to the millisecond, as everywhere in the core.
    assert.equal(fastPath(`{${base},"mqlAt":"2026-01-01T00:00:00.123999Z"}`)!.mqlAt, Date.UTC(2026, 0, 1, 0, 0, 0, 123));
  });

  it('tells channels apart that share a length and first and last letters (its cache), and says whether amounts came', () => {
    const scanner = new RecordScanner(8);
    const names = ['email', 'eXaml', 'email', 'e-m-l', 'eXaml', 'email'];
    names.forEach((channel, i) => {
      const text = `{"id":${i},"channel":"${channel}","createdAt":"2026-01-01T00:00:00Z"}`;
      assert.ok(scanner.scan(text, 0, text.length), channel);
    });
    const columns = scanner.columns();
    assert.deepEqual([...columns.channel].map((id) => columns.channels[id]), names);
    assert.equal(scanner.hasAmount, false);
    const withAmount = '{"id":9,"createdAt":"2026-01-01T00:00:00Z","amount":0}';
    assert.ok(scanner.scan(withAmount, 0, withAmount.length));
    assert.equal(scanner.hasAmount, true);
    scanner.reset();
    assert.equal(scanner.hasAmount, false, 'a new batch starts without amounts');
    assert.ok(scanner.check({ id: 10, createdAt: '2026-01-01T00:00:00Z' }));
    assert.equal(scanner.hasAmount, false);
    assert.ok(scanner.check({ id: 11, createdAt: '2026-01-01T00:00:00Z', amount: 5 }));
    assert.equal(scanner.hasAmount, true);
  });

  it('never reads past the end it is given', () => {
    const scanner = new RecordScanner(1);
    const text = '{"id":1,"createdAt":"2026-01-01T00:00:00Z"}';
    for (let end = 0; end < text.length; end++) assert.equal(scanner.scan(text, 0, end), false, text.slice(0, end));
    assert.equal(scanner.scan(`${text}   `, 0, text.length + 3), true);
  });
});

describe('lead ids seen in a stream', () => {
  it('are compared as text: 1 and "1" are one lead, "01" another; integers past the bitmap and other texts by hash', () => {
    const seen = new SeenIds(0);
    const add = (id: string) => seen.add(`xx${id}yy`, 2, 2 + id.length);
    assert.equal(add('1'), true);
    assert.equal(add('1'), false);
    assert.equal(add('01'), true);
    assert.equal(add('01'), false);
    assert.equal(add('0'), true);
    assert.equal(add('0'), false);
    for (const id of [String(2 ** 27 - 1), String(2 ** 27), '9007199254740991', 'L-1', '']) {
      assert.equal(add(id), true, id);
      assert.equal(add(id), false, id);
    }
    // Far apart and in any order: the bitmap grows as ids do, exactly at a word's edge too.
    for (let id = 5_000_000; id > 0; id -= 999_983) assert.equal(add(String(id)), true);
    assert.equal(add('5000000'), false);
    for (const id of ['32768', '32767', '65536', '65535']) {
      assert.equal(new SeenIds(0).add(id, 0, id.length), true);
      const fresh = new SeenIds(0);
      fresh.add(id, 0, id.length);
      assert.equal(fresh.add(id, 0, id.length), false, id);
    }
  });

  it('an id the caller read as a number and the same id as text are one lead; many other ids keep their hashes as the table grows', () => {
    const seen = new SeenIds(0);
    for (const [text, n] of [['7', 7], ['9', 9], ['0', 0], ['123456789012345', 123456789012345], ['1234567890123456', 1234567890123456]] as const) {
      assert.equal(seen.add(`[${text}]`, 1, 1 + text.length, n), true, text);
      assert.equal(seen.add(text, 0, text.length), false, text);
      assert.equal(seen.add(`${' '.repeat(20)}${text}`, 20, 20 + text.length), false, `${text}, far into its text`);
    }
    const ids = Array.from({ length: 3000 }, (_, i) => `lead-${i}`);
    for (const id of ids) assert.equal(seen.add(id, 0, id.length), true, id);
    for (const id of ids) assert.equal(seen.add(id, 0, id.length), false, id);
    // Two ids whose first hashes are equal and that fall in the same slot of a new table
    // (found by search): only both hashes together make an id.
    const twins = new SeenIds(0);
    assert.equal(twins.add('L1x7mf', 0, 6), true);
    assert.equal(twins.add('L4mtt8', 0, 6), true);
    const sized = new SeenIds(3000);
    for (const id of ids) assert.equal(sized.add(id, 0, id.length), true, id);
    assert.equal(sized.add('lead-2999', 0, 9), false);
  });
});

/** The texts of recordTexts' batches, read from chunks of the given sizes. */
async function texts(input: string, sizes: number[]): Promise<{ records: string[]; places: string[] }> {
  async function* chunks() {
    for (let at = 0, i = 0; at < input.length; i++) {
      const size = sizes[i % sizes.length]!;
      yield input.slice(at, at + size);
      at += size;
    }
  }
  const records: string[] = [];
  const places: string[] = [];
  for await (const batch of recordTexts(chunks(), 3)) {
    batch.texts.forEach((text, k) => {
      records.push(text.slice(batch.starts[k], batch.ends[k]));
      places.push(`${batch.unit} ${batch.places[k]!}`);
    });
  }
  return { records, places };
}

describe('records read a chunk at a time', () => {
  it('NDJSON: each line once, wherever the chunks cut it, blank lines skipped but counted', async () => {
    const input = '{"id":1}\r\n\n{"id":2}\n  \n\u00a0\n{"id":"long line"}\n{"id":4}';
    for (const sizes of [[1], [3, 7], [1000], [9, 1, 2]]) {
      const { records, places } = await texts(input, sizes);
      assert.deepEqual(records, ['{"id":1}\r', '{"id":2}', '{"id":"long line"}', '{"id":4}'], String(sizes));
      assert.deepEqual(places, ['line 1', 'line 3', 'line 6', 'line 7']);
    }
  });

  it('a JSON array: each element, numbered from 0', async () => {
    const { records, places } = await texts(' [ {"id":1} , {"id":"]"} ]\n', [4]);
    assert.deepEqual(records, ['{"id":1}', '{"id":"]"}']);
    assert.deepEqual(places, ['record 0', 'record 1']);
  });
});

describe('summary rows from record texts', () => {
  const records = [
    { id: 1, channel: 'email', createdAt: '2026-01-10T10:00:00Z', mqlAt: '2026-01-10T12:00:00Z', firstContactAt: '2026-01-10T16:00:00Z', wonAt: '2026-02-01T00:00:00Z', amount: 100 },
    { id: 'a', channel: 'ads', createdAt: '2026-02-10T10:00:00-03:00' },
    { id: 3, channel: 'e\u006dail', createdAt: '2026-03-10T10:00:00Z' },
  ];
  const options = { timezone: 'America/New_York', granularity: 'month' as const, responseHours: 4, money: true };
  const asTexts = (lines: string[]): RecordTexts => ({ texts: lines, starts: lines.map(() => 0), ends: lines.map((l) => l.length), places: lines.map((_, i) => i + 1), unit: 'line' });

  it('are the rows the same records give as values, whether read in place or parsed (an escaped channel)', () => {
    const fromValues = new RowsFromRecords(options);
    fromValues.add(records);
    const fromTexts = new RowsFromRecords(options);
    fromTexts.addTexts(asTexts([JSON.stringify(records[0]), JSON.stringify(records[1]), '{"id":3,"channel":"e\\u006dail","createdAt":"2026-03-10T10:00:00Z"}']));
    assert.deepEqual(fromTexts.rows(), fromValues.rows());
    assert.equal(fromTexts.rows().find((r) => r.channel === 'email' && r.period === '2026-01')?.mqlsContactedInSla, 1);
  });

  it('name a text that is not JSON by its line, and a duplicate in another batch, read in place or parsed, by its place', () => {
    const rows = new RowsFromRecords(options);
    assert.throws(() => rows.addTexts(asTexts(['{"id":1,"createdAt":"2026-01-10T10:00:00Z"}', '{"id":2,'])), { name: 'SyntaxError', message: /^line 2 is not JSON: / });
    const ok = new RowsFromRecords(options);
    ok.addTexts(asTexts(['{"id":1,"createdAt":"2026-01-10T10:00:00Z"}', '{"id":"x","createdAt":"2026-01-10T10:00:00Z"}']));
    ok.addTexts(asTexts(['{"id":"1","createdAt":"2026-01-10T10:00:00Z"}', '{"id":"x","createdAt":"2026-01-10T10:00:00Z","channel":"\\u0065"}', '{"id":3,"createdAt":"yesterday"}']));
    assert.deepEqual(ok.issues.map((i) => `${i.path}: ${i.message}`), [
      'leads[4].createdAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00',
      'leads[2].id: duplicate lead id "1" (seen earlier in the input)',
      'leads[3].id: duplicate lead id "x" (seen earlier in the input)',
    ]);
  });
});

describe('summary rows from records: the edges', () => {
  const options = { timezone: 'UTC', granularity: 'month' as const, responseHours: 4, money: false };

  it("an invalid record's id still counts, so a later record with it is a duplicate; an id of no kind counts for nothing", () => {
    const rows = new RowsFromRecords(options);
    rows.add([{ id: 'X', createdAt: 'yesterday' }, { id: { no: 1 }, createdAt: '2026-01-10T10:00:00Z' }, { id: { no: 2 }, createdAt: '2026-01-10T10:00:00Z' }, { id: 'X', createdAt: '2026-01-10T10:00:00Z' }, { id: 7, createdAt: 'soon' }, { id: '7', createdAt: '2026-01-11T10:00:00Z' }]);
    const duplicates = rows.issues.filter((i) => i.message.startsWith('duplicate'));
    assert.deepEqual(duplicates.map((i) => i.path), ['leads[3].id', 'leads[5].id']);
  });

  it('rows carry revenue only when they carry money', () => {
    const lead = { id: 1, createdAt: '2026-01-10T10:00:00Z', wonAt: '2026-01-20T10:00:00Z' };
    const without = new RowsFromRecords(options);
    without.add([lead]);
    assert.equal('revenue' in without.rows()[0]!, false);
    const withMoney = new RowsFromRecords({ ...options, money: true });
    withMoney.add([{ ...lead, amount: 250 }]);
    assert.equal(withMoney.rows()[0]!.revenue, 250);
    assert.equal(withMoney.rows()[0]!.customers, 1);
  });

  it('know whether any record carried an amount, in any batch', () => {
    const rows = new RowsFromRecords({ ...options, money: true });
    rows.add([{ id: 1, createdAt: '2026-01-10T10:00:00Z' }]);
    assert.equal(rows.hasAmounts, false);
    rows.add([{ id: 2, createdAt: '2026-01-10T10:00:00Z', wonAt: '2026-01-11T10:00:00Z', amount: 5 }]);
    rows.add([{ id: 3, createdAt: '2026-01-12T10:00:00Z' }]);
    assert.equal(rows.hasAmounts, true);
  });

  it('take an empty batch, and give no rows without records', () => {
    const rows = new RowsFromRecords(options);
    rows.add([]);
    assert.deepEqual(rows.rows(), []);
    assert.equal(rows.issueCount, 0);
  });

  it('count every issue past the twenty they keep, and name the eleventh and later at their places', () => {
    const rows = new RowsFromRecords(options);
    rows.add([1, 2, 3].map((id) => ({ id, createdAt: '2026-01-10T10:00:00Z' })));
    // 25 records without an id: one issue each, and none of them a duplicate of another.
    rows.add(Array.from({ length: 25 }, () => ({ createdAt: '2026-01-10T10:00:00Z' })));
    rows.add([{ createdAt: '2026-01-10T10:00:00Z' }]);
    assert.equal(rows.issueCount, 26);
    assert.equal(rows.issues.length, 20);
    assert.deepEqual(rows.issues.map((i) => `${i.path}: ${i.message}`).slice(9, 12), ['leads[12].id: required', 'leads[13].id: required', 'leads[14].id: required']);
  });

  it('name the first of two invalid records with one id by its place in the whole input', () => {
    const rows = new RowsFromRecords(options);
    const stageBeforeCreation = (id: string) => ({ id, createdAt: '2026-01-10T10:00:00Z', mqlAt: '2026-01-01T00:00:00Z' });
    rows.add([{ id: 'z', createdAt: '2026-01-10T10:00:00Z' }]);
    rows.add([{ id: 'y', createdAt: '2026-01-10T10:00:00Z' }, stageBeforeCreation('a'), { id: 'b', createdAt: '2026-01-10T10:00:00Z' }, stageBeforeCreation('a')]);
    assert.deepEqual(rows.issues.map((i) => `${i.path}: ${i.message}`), [
      'leads[2].mqlAt: is before createdAt: a lead cannot move before it exists',
      'leads[4].id: duplicate lead id "a" (first at leads[2])',
      'leads[4].mqlAt: is before createdAt: a lead cannot move before it exists',
    ]);
  });

  it('report a record that is not an object, and an invalid id once, not also as a duplicate', () => {
    const rows = new RowsFromRecords(options);
    rows.add([null, { id: '', createdAt: '2026-01-10T10:00:00Z' }, { id: '', createdAt: '2026-01-10T10:00:00Z' }]);
    assert.deepEqual(rows.issues.map((i) => `${i.path}: ${i.message}`), ['leads[0]: expected an object, got null', 'leads[1].id: expected a non-empty string', 'leads[2].id: expected a non-empty string']);
  });

  it('parse only the record from a text that holds more than it', () => {
    const text = '[{"id":1,"channel":"e\\u006dail","createdAt":"2026-01-10T10:00:00Z"}]';
    const rows = new RowsFromRecords(options);
    rows.addTexts({ texts: [text], starts: [1], ends: [text.length - 1], places: [1], unit: 'record' });
    assert.equal(rows.issueCount, 0);
    assert.deepEqual(rows.rows().map((r) => [r.channel, r.leads]), [['email', 1]]);
  });
});

describe('records with dims, read in place and parsed, kept dimensions alike', () => {
  // "Segment" is no dimension id: kept or not, a record naming it is refused.
  const KEEP = ['segment', 'owner', 'Segment'];
  /** The kept members of record 0 (undefined: none), by either path. */
  const kept = (columns: { dims: Record<string, { ids: Int32Array; names: string[] }> }) => KEEP.map((id) => columns.dims[id]?.names[columns.dims[id]!.ids[0]!]);

  function slow(text: string): Array<string | undefined> | undefined {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    const { columns, channelId, reasonId, setDims } = columnsBuilder(1);
    const write = (r: number, dims: Readonly<Record<string, string>> | undefined) => setDims(r, dims && Object.fromEntries(Object.entries(dims).filter(([k]) => KEEP.includes(k))));
    if (!checkRecord(value, columns, 0, { channelId, reasonId, dims: { declared: undefined, write } })) return undefined;
    return kept(columns);
  }
  function fast(text: string): Array<string | undefined> | undefined {
    const scanner = new RecordScanner(2, KEEP);
    if (!scanner.scan(text, 0, text.length)) return undefined;
    return kept(scanner.columns());
  }

  const key = fc.constantFrom('"segment"', '"owner"', '"segments"', '"campaign"', '"region_2"', '"Segment"', '"channel"', '"period"', '"2x"', '"a\\u0062"', `"${'k'.repeat(33)}"`, '""');
  const member = fc.constantFrom('"SMB"', '"Ana Souza"', '"indicação"', '""', '"x"', '"a\\u0062"', '"a\tb"', `"${'m'.repeat(200)}"`, `"${'m'.repeat(201)}"`, '"a\\"b"', '1', 'null', '{}');
  const dimsText = fc.array(fc.tuple(key, member), { maxLength: 4 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}:${v}`).join(',')}}`);
  const record = fc.oneof(dimsText, fc.constantFrom('[]', '"x"', 'null', '{"segment":"SMB"', '{ }')).map((dims) => `{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":${dims}}`);

  it('gives the same verdict and the same kept members as JSON.parse and checkRecord', () => {
    fc.assert(
      fc.property(record, (text) => {
        const scanned = fast(text);
        // The scanner may leave a record to the slow path; what it vouches for, it reads right.
        if (scanned !== undefined) assert.deepEqual(scanned, slow(text), text);
        else if (slow(text) !== undefined) {
          // It gives up only on what is not the plain form: an escape, or a key twice (JSON.parse keeps the last value).
          const pairs = (text.slice(text.indexOf('"dims":')).match(/"[^"]*"\s*:/g) ?? []).length - 1;
          const plain = !text.includes('\\') && pairs === Object.keys((JSON.parse(text) as { dims: object }).dims).length;
          assert.ok(!plain, `the scanner gave up on a plain record: ${text}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the plain form exports write, and drops the dimensions it does not keep', () => {
    assert.deepEqual(fast('{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{"campaign":"Brand","owner":"Ana Souza","segment":"SMB"}}'), ['SMB', 'Ana Souza', undefined]);
    assert.deepEqual(fast('{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{}}'), [undefined, undefined, undefined]);
    assert.deepEqual(fast('{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{"segments":"SMB","owners":"Ana","own":"Bo"}}'), [undefined, undefined, undefined], 'a key that starts like a kept one, or that one starts like, is another dimension');
    assert.equal(fast('{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{"segment":"SMB","segment":"Mid"}}'), undefined, 'a kept key twice: JSON.parse keeps the last');
    assert.equal(fast('{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{"Segment":"SMB"}}'), undefined, 'a kept id the contract refuses is refused in a record too');
  });

  it('tells members apart in one batch, however their texts share a cache slot or a prefix', () => {
    // m0 … m999 hold many pairs where one is the start of another (m1, m10, m100): each must keep its own id.
    const names = Array.from({ length: 1000 }, (_, n) => `m${n}`);
    const order = [...names, ...names.slice().reverse()];
    const scanner = new RecordScanner(order.length, ['segment']);
    for (const name of order) {
      const text = `{"id":1,"createdAt":"2026-03-02T10:00:00Z","dims":{"segment":"${name}"}}`;
      assert.ok(scanner.scan(text, 0, text.length), text);
    }
    const { ids, names: members } = scanner.columns().dims['segment']!;
    assert.deepEqual(Array.from(ids, (id) => members[id]), order);
    assert.equal(members.length, names.length, 'each member interned once');
  });
});
