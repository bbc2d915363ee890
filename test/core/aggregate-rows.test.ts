import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { availablePeriods, channelsOf, computeMetrics, parseDataset, RowsFromRecords, type Dataset } from '../../src/core/index.js';
import { JsonArraySplitter } from '../../src/cli/json-stream.js';
import { scratchDir } from '../../scripts/scratch.mjs';
import fc from './fc.js';

// Records into summary rows, a chunk at a time (the CLI's `aggregate`): the rows must give
// the same metrics as the records, for every metric rows can carry.

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;
const demo = JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')) as { leads: object[]; rows: object[]; timezone: string } & Record<string, unknown>;
/** What rows cannot carry: medians of durations (and the velocity made from one). Rows give means. */
// Medians from records are means from rows; stalls are counted from records only.
const NOT_FROM_ROWS = ['response_time_hours', 'sales_cycle_days', 'sales_velocity', 'decision_time_hours', 'days_lead_to_mql', 'days_mql_to_sql', 'days_sql_to_opportunity', 'days_opportunity_to_customer', 'stalled_leads'];

function rowsOf(leads: readonly object[], chunk: number) {
  const rows = new RowsFromRecords({ timezone: demo.timezone, granularity: 'month', responseHours: 4, money: true });
  for (let i = 0; i < leads.length; i += chunk) rows.add(leads.slice(i, i + chunk));
  return rows;
}

function parsed(input: unknown): Dataset {
  const result = parseDataset(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.dataset;
}

describe('summary rows from lead records', () => {
  it('give the metrics the records give, in every period and channel, for every metric rows can carry', () => {
    const records = parsed(demo);
    const { leads: _leads, ...rest } = demo;
    const rows = parsed({ ...rest, rows: [...demo.rows, ...rowsOf(demo.leads, 997).rows()], responseWindowHours: 4 });
    let compared = 0;
    for (const period of availablePeriods(records)) {
      for (const channel of [undefined, ...channelsOf(records)]) {
        const fromRecords = computeMetrics(records, { period, channel, compare: [] }).metrics;
        const fromRows = computeMetrics(rows, { period, channel, compare: [] }).metrics;
        for (const [id, m] of Object.entries(fromRecords)) {
          if (NOT_FROM_ROWS.includes(id)) continue;
          const other = fromRows[id]!.value;
          if (m.value === null) assert.equal(other, null, `${id} ${period} ${channel}`);
          else assert.ok(other !== null && Math.abs(m.value - other) <= 1e-9 * Math.max(1, Math.abs(m.value)), `${id} ${period} ${channel ?? 'all'}: ${m.value} from records, ${other} from rows`);
          compared++;
        }
      }
    }
    assert.ok(compared > 2000, `${compared} values compared`);
  });

  it('are the same whatever the chunks, and a quiet period inside the span is a row of zeros', () => {
    const whole = rowsOf(demo.leads, demo.leads.length).rows();
    assert.deepEqual(rowsOf(demo.leads, 1).rows(), whole);
    // In another order, the same rows: counts exactly, sums of hours and days to rounding.
    const reversed = rowsOf([...demo.leads].reverse(), 313).rows();
    assert.equal(reversed.length, whole.length);
    reversed.forEach((row, i) => {
      for (const [fact, value] of Object.entries(row)) {
        const expected = (whole[i] as unknown as Record<string, unknown>)[fact];
        if (typeof value === 'number' && !Number.isInteger(value)) assert.ok(Math.abs(value - (expected as number)) < 1e-9, `${fact}: ${value} vs ${String(expected)}`);
        else if (typeof value === 'object') assert.deepEqual({ ...value }, { ...(expected as object) }, fact);
        else assert.equal(value, expected, fact);
      }
    });
    const quiet = rowsOf([{ id: 1, channel: 'email', createdAt: '2026-01-10T10:00:00Z' }, { id: 2, channel: 'email', createdAt: '2026-03-10T10:00:00Z' }], 1).rows();
    assert.deepEqual(quiet.map((r) => [r.period, r.leads]), [['2026-01', 1], ['2026-02', 0], ['2026-03', 1]]);
  });

  it('find a duplicate id in another chunk, and name each issue at its place in the whole input', () => {
    const rows = rowsOf([{ id: 'a', createdAt: '2026-01-10T10:00:00Z' }, { id: 'b', createdAt: '2026-01-10T10:00:00Z' }, { id: 'a', createdAt: '2026-01-11T10:00:00Z' }, { id: 'c', createdAt: 'yesterday' }], 2);
    assert.deepEqual(rows.issues.map((i) => `${i.path}: ${i.message}`), ['leads[3].createdAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00', 'leads[2].id: duplicate lead id "a" (seen earlier in the input)']);
  });

  it('carry the SLA window they were counted with; a dataset whose response SLA says otherwise is invalid', () => {
    const { leads: _leads, ...rest } = demo;
    const result = parseDataset({ ...rest, rows: rowsOf(demo.leads, 5000).rows(), responseWindowHours: 2 });
    assert.ok(!result.ok);
    assert.match(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), /responseWindowHours: the rows were counted with a 2 h window but the response SLA "mql-follow-up" says 4 h/);
  });
});

describe('a JSON array read a chunk at a time', () => {
  it('splits into the same elements wherever the chunks cut it (strings with brackets, escapes, nesting)', () => {
    const values = fc.array(fc.oneof(fc.record({ id: fc.string(), n: fc.integer(), nested: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }) }), fc.string(), fc.integer(), fc.constant(null)), { maxLength: 8 });
    fc.assert(
      fc.property(values, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), (array, cuts) => {
        const text = JSON.stringify(array, null, cuts[0]! % 2 ? 1 : 0);
        const splitter = new JsonArraySplitter();
        const out: unknown[] = [];
        let at = 0;
        for (let i = 0; at < text.length; i++) {
          const size = cuts[i % cuts.length]!;
          splitter.push(text.slice(at, at + size), (element) => out.push(JSON.parse(element)));
          at += size;
        }
        splitter.end();
        assert.deepEqual(out, JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('inbound-kpi-kit aggregate', () => {
  const scratch = scratchDir('kpi-aggregate');
  const file = (name: string, text: string) => {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  };
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'aggregate', ...args], { input, encoding: 'utf8' });

  it('reads NDJSON and a JSON array (and standard input) alike, and prints a valid dataset of rows', () => {
    const options = ['--timezone', 'America/Sao_Paulo', '--response-hours', '4', '--currency', 'BRL'];
    const ndjson = cli([file('leads.ndjson', demo.leads.map((l) => JSON.stringify(l)).join('\n')), ...options]);
    const array = cli([file('leads.json', JSON.stringify(demo.leads, null, 2)), ...options]);
    const stdin = cli(['-', ...options], JSON.stringify(demo.leads));
    assert.equal(ndjson.status, 0, ndjson.stderr);
    assert.equal(ndjson.stdout, array.stdout);
    assert.equal(ndjson.stdout, stdin.stdout);
    assert.match(ndjson.stderr, /^4111 records -> 105 rows\n$/);
    const dataset = parsed(JSON.parse(ndjson.stdout));
    assert.deepEqual(dataset.rows, rowsOf(demo.leads, 1000).rows());
    assert.equal(dataset.responseWindowHours, 4);
  });

  it('says where a record is broken (exit 1), where the text is not JSON (exit 2), and asks for a currency when records carry amounts', () => {
    const broken = cli([file('broken.ndjson', '{"id":1,"createdAt":"2026-01-01T00:00:00Z"}\n{"id":2,"createdAt":"2026-02-30T00:00:00Z"}\n')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /leads\[1\]\.createdAt: expected a timestamp that exists/);
    const notJson = cli([file('bad.ndjson', '{"id":1,"createdAt":"2026-01-01T00:00:00Z"}\n{"id":2,\n')]);
    assert.equal(notJson.status, 2);
    assert.match(notJson.stderr, /line 2 is not JSON/);
    const money = cli([file('money.ndjson', '{"id":1,"createdAt":"2026-01-01T00:00:00Z","wonAt":"2026-01-02T00:00:00Z","amount":10}\n')]);
    assert.equal(money.status, 2);
    assert.match(money.stderr, /give their --currency/);
    assert.equal(cli([file('x.ndjson', ''), '--timezone', 'Mars/Olympus']).status, 2);
  });
});
