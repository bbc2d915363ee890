import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { computeMetrics, datasetJsonSchema, formatIssues, MAX_ISSUES, parseDataset } from '../../src/core/index.js';
import { HAND_LEADS, HAND_ROWS } from './fixtures.js';

const issuesOf = (input: unknown) => {
  const result = parseDataset(input);
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : formatIssues(result);
};

const base = { version: 1, currency: 'USD' };

describe('parseDataset: the data contract', () => {
  it('accepts a valid dataset and fills the defaults', () => {
    const result = parseDataset({ version: 1, rows: [{ period: '2026-03', visitors: 10 }] });
    assert.ok(result.ok);
    assert.equal(result.dataset.timezone, 'UTC');
    assert.equal(result.dataset.granularity, 'month');
    assert.deepEqual(result.dataset.targets, []);
  });

  it('row 3: wrong types, missing fields, unknown keys, bad period keys, as readable paths', () => {
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03' }, { period: '2026-03' }, { period: '2026-03' }, { period: '2026-03', mqls: 'many' }] }), ['rows[3].mqls: expected a non-negative integer']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ channel: 'x' }] }), ['rows[0].period: required']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', mqlz: 3 }] }), ['rows[0].mqlz: unknown key']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: 'March 2026' }] }), ['rows[0].period: expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-Q1' }] }), ["rows[0].period: expected a month key (the dataset's granularity)"]);
    assert.deepEqual(issuesOf({ ...base, rows: {} }), ['rows: expected an array, got object']);
    assert.deepEqual(issuesOf({ version: 2 }), ['version: expected version 1']);
    assert.deepEqual(issuesOf(null), ['(root): expected an object, got null']);
    assert.deepEqual(issuesOf({ ...base, timezone: 'Mars/Olympus' }), ['timezone: expected an IANA time zone such as America/Sao_Paulo']);
    assert.deepEqual(issuesOf({ ...base, targets: [{ metric: 'mqls_total', period: '2026-03', value: 1 }] }), ['targets[0].metric: unknown metric "mqls_total"']);
    assert.deepEqual(issuesOf({ ...base, slas: [{ id: 'x', owner: 'sales', type: 'response', target: 0.9 }] }), ['slas[0].withinHours: required']);
  });

  it('reports every kind of issue in one run: shape, cross-field and unknown metrics, at their places in the input', () => {
    const dataset = {
      version: 1,
      rows: [{ period: '2026-01', leads: 'many' }, { period: '2026-W02', leads: 4, marketingSpend: 10 }],
      targets: [{ metric: 'leads', period: 'bad', value: 1 }, { metric: 'nosuch', period: '2026-01', value: 3 }],
      slas: [{ id: 'a', owner: 'sales', type: 'response', withinHours: 4, target: 0.9 }, { id: 'a', owner: 'sales', type: 'response', withinHours: 4, target: 0.9 }],
    };
    assert.deepEqual(issuesOf(dataset), [
      'rows[0].leads: expected a non-negative integer',
      'targets[0].period: expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026',
      // Found on the dataset without the two broken items, reported where they are in the input.
      "rows[1].period: expected a month key (the dataset's granularity)",
      'currency: required when a money field is present',
      'slas[1].id: duplicate SLA id "a"',
      'targets[1].metric: unknown metric "nosuch"',
    ]);
    // A broken top-level field leaves nothing sound to check the rest against: its issue alone.
    assert.deepEqual(issuesOf({ ...dataset, granularity: 'yearly' }), ['granularity: expected "day", "week", "month" or "quarter"', 'rows[0].leads: expected a non-negative integer', 'targets[0].period: expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026']);
  });

  it('caps the list of issues and counts the rest', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ period: '2026-03', channel: `c${i}`, leads: -1 }));
    const result = parseDataset({ ...base, rows });
    assert.ok(!result.ok);
    assert.equal(result.issues.length, MAX_ISSUES);
    assert.equal(result.issueCount, 50);
    assert.equal(formatIssues(result).at(-1), '… and 30 more');
  });

  it('row 4: __proto__ and constructor keys are rejected and pollute nothing', () => {
    const hostile = JSON.parse('{"version":1,"__proto__":{"polluted":true},"rows":[{"period":"2026-03","constructor":{"prototype":{"polluted":true}}}]}');
    const lines = issuesOf(hostile);
    assert.ok(lines.includes('__proto__: unknown key'), lines.join('\n'));
    assert.ok(lines.includes('rows[0].constructor: unknown key'), lines.join('\n'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('row 6: NaN, ±Infinity and 1e400 are rejected', () => {
    const infinite = JSON.parse('{"version":1,"rows":[{"period":"2026-03","visitors":1e400}]}');
    assert.deepEqual(issuesOf(infinite), ['rows[0].visitors: expected a non-negative integer']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', revenue: NaN }] }), ['rows[0].revenue: expected a non-negative finite number']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', revenue: -Infinity }] }), ['rows[0].revenue: expected a non-negative finite number']);
    assert.deepEqual(issuesOf({ ...base, targets: [{ metric: 'mqls', period: '2026-03', value: Infinity }] }), ['targets[0].value: expected a finite number']);
  });

  it('row 7: negative counts and fractions are rejected; -0 is accepted and never printed', () => {
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', leads: -3 }] }), ['rows[0].leads: expected a non-negative integer']);
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', leads: 2.5 }] }), ['rows[0].leads: expected a non-negative integer']);
    const result = parseDataset({ ...base, rows: [{ period: '2026-03', leads: -0, marketingSpend: -0 }] });
    assert.ok(result.ok);
    const metrics = computeMetrics(result.dataset).metrics;
    assert.ok(Object.is(metrics.leads!.value, 0));
    assert.ok(Object.is(metrics.marketing_spend!.value, 0));
  });

  it('row 9: floating-point money keeps full precision in the core', () => {
    const result = parseDataset({ ...base, rows: [{ period: '2026-03', marketingSpend: 0.1, leads: 3 }, { period: '2026-03', channel: 'x', marketingSpend: 0.2 }] });
    assert.ok(result.ok);
    assert.equal(computeMetrics(result.dataset).metrics.marketing_spend!.value, 0.1 + 0.2); // 0.30000000000000004, rounded only on screen
  });

  it('row 11: bad dates and timestamps without offset are rejected with the path', () => {
    const lead = { id: 'a', createdAt: '2026-03-01T10:00:00Z' };
    // The right shape on a day or an hour that does not exist is said so, not called a wrong format.
    assert.deepEqual(issuesOf({ version: 1, leads: [{ ...lead, createdAt: '2024-02-30T10:00:00Z' }] }), ['leads[0].createdAt: expected a timestamp that exists: its day in its month, hours to 23, minutes and seconds to 59']);
    assert.deepEqual(issuesOf({ version: 1, leads: [{ ...lead, createdAt: '2024-02-28T24:00:00-03:00' }] }), ['leads[0].createdAt: expected a timestamp that exists: its day in its month, hours to 23, minutes and seconds to 59']);
    assert.deepEqual(issuesOf({ version: 1, leads: [{ ...lead, mqlAt: '03/04/2024' }] }), ['leads[0].mqlAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00']);
    assert.deepEqual(issuesOf({ version: 1, leads: [{ ...lead, wonAt: '2026-03-04T10:00:00' }] }), ['leads[0].wonAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00']);
    assert.deepEqual(issuesOf({ version: 1, asOf: '2026-02-30' }), ['asOf: expected a calendar date YYYY-MM-DD']);
  });

  it('row 13: unknown channels and out-of-order stages are kept, never dropped', () => {
    // The SQL was logged before the MQL: stages out of order among themselves are kept.
    const result = parseDataset({ version: 1, leads: [{ id: 1, channel: 'tiktok-🙂', createdAt: '2026-03-08T00:00:00Z', sqlAt: '2026-03-09T00:00:00Z', mqlAt: '2026-03-12T00:00:00Z' }] });
    assert.ok(result.ok);
    const m = computeMetrics(result.dataset, { period: '2026-03', channel: 'tiktok-🙂' }).metrics;
    assert.equal(m.leads!.value, 1);
    assert.equal(m.mqls!.value, 1);
    assert.equal(m.sqls!.value, 1);
  });

  it('records that lie: a stage before creation and a duplicate id are issues with their paths', () => {
    const result = parseDataset({
      version: 1,
      currency: 'USD',
      leads: [
        { id: 'A', createdAt: '2026-03-10T12:00:00-03:00', wonAt: '2026-02-01T00:00:00Z', amount: 10 },
        { id: 'B', createdAt: '2026-03-10T12:00:00-03:00', firstContactAt: '2026-03-10T14:59:00Z' },
        { id: 'A', createdAt: '2026-03-11T00:00:00Z' },
        // Exactly at creation is fine; so is a contact before the MQL.
        { id: 'C', createdAt: '2026-03-10T12:00:00Z', mqlAt: '2026-03-10T12:00:00Z', firstContactAt: '2026-03-10T12:00:00Z', sqlAt: '2026-03-11T00:00:00Z' },
      ],
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['leads[0].wonAt', 'leads[1].firstContactAt', 'leads[2].id'],
    );
    assert.match(result.issues[0]!.message, /before createdAt/);
    assert.match(result.issues[2]!.message, /duplicate lead id "A" \(first at leads\[0\]\)/);
  });

  it('row 14: an empty dataset parses, and computing it says which period has no data', () => {
    const result = parseDataset({ version: 1 });
    assert.ok(result.ok);
    const metrics = computeMetrics(result.dataset, { period: '2026-03' });
    assert.equal(metrics.empty, true);
    assert.equal(metrics.period, '2026-03');
    // Without a period there is no latest one to pick: the problem is named, not "0-01".
    assert.throws(() => computeMetrics(result.dataset), { name: 'KpiQueryError', message: 'The dataset has no rows and no leads.' });
  });

  it('rejects funnel facts in rows when lead records are given: no silent double count', () => {
    assert.deepEqual(issuesOf({ ...base, rows: [{ period: '2026-03', visitors: 9, mqls: 3 }], leads: HAND_LEADS }), ['rows[0].mqls: comes from the lead records when "leads" is given; remove it from rows']);
  });

  it('requires a currency when money is present', () => {
    assert.deepEqual(issuesOf({ version: 1, rows: HAND_ROWS }), ['currency: required when a money field is present']);
    assert.deepEqual(issuesOf({ version: 1, leads: [{ id: 1, createdAt: '2026-03-01T00:00:00Z', amount: 5 }] }), ['currency: required when a money field is present']);
  });

  it('only web links in benchmark sources (no javascript: URLs)', () => {
    const benchmark = { metric: 'cac', value: 1, source: { name: 'x', url: 'javascript:alert(1)' } };
    assert.deepEqual(issuesOf({ version: 1, benchmarks: [benchmark] }), ['benchmarks[0].source.url: expected an http(s) URL']);
  });

  it('every field says what it expects, in its own words, whichever of its checks fails', () => {
    const sla = { id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 10 };
    const source = { name: 'Survey' };
    const cases: [unknown, string][] = [
      [{ ...base, rows: [{ period: '2026-03', leads: -1 }] }, 'rows[0].leads: expected a non-negative integer'],
      [{ ...base, rows: [{ period: '2026-03', marketingSpend: -5 }] }, 'rows[0].marketingSpend: expected a non-negative finite number'],
      [{ ...base, economics: { grossMargin: 1.5 } }, 'economics.grossMargin: expected a fraction between 0 and 1'],
      [{ ...base, economics: { grossMargin: -0.1 } }, 'economics.grossMargin: expected a fraction between 0 and 1'],
      [{ ...base, economics: { monthlyChurn: 'high' } }, 'economics.monthlyChurn: expected a fraction between 0 and 1'],
      [{ ...base, economics: { lifetimeCapMonths: 0 } }, 'economics.lifetimeCapMonths: expected a positive number of months'],
      [{ ...base, slas: [{ ...sla, label: '' }] }, 'slas[0].label: expected a non-empty string'],
      [{ ...base, slas: [{ ...sla, label: 5 }] }, 'slas[0].label: expected a string'],
      [{ ...base, rows: [{ period: '2026-03', channel: 'x'.repeat(201) }] }, 'rows[0].channel: expected at most 200 characters'],
      [{ ...base, rows: [{ period: 202603 }] }, 'rows[0].period: expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026'],
      [{ ...base, rows: [{ period: '2026-13' }] }, 'rows[0].period: expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026'],
      [{ ...base, leads: [{ id: 1, createdAt: 20260301 }] }, 'leads[0].createdAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00'],
      [{ ...base, asOf: '2026/03/10' }, 'asOf: expected a calendar date YYYY-MM-DD'],
      [{ ...base, targets: [{ metric: 'MQLs', period: '2026-03', value: 1 }] }, 'targets[0].metric: expected a metric id such as mqls or cac'],
      [{ ...base, targets: [{ metric: 'mqls', period: '2026-03', value: 'ten' }] }, 'targets[0].value: expected a finite number'],
      [{ ...base, slas: [{ ...sla, owner: 'finance' }] }, 'slas[0].owner: expected "marketing" or "sales"'],
      [{ ...base, slas: [{ ...sla, target: 'ten' }] }, 'slas[0].target: expected a finite number'],
      [{ ...base, slas: [{ id: 'r', owner: 'sales', type: 'response', withinHours: 0, target: 0.9 }] }, 'slas[0].withinHours: expected a positive number of hours'],
      [{ ...base, slas: [{ ...sla, type: 'speed' }] }, 'slas[0].type: expected type "volume", "response", "metric" or "acceptance"'],
      [{ ...base, benchmarks: [{ metric: 'cac', value: 1, source: { name: 'x', url: 'ftp://example.com/report' } }] }, 'benchmarks[0].source.url: expected an http(s) URL'],
      // The scheme is http or https exactly, not one that starts or ends like them.
      [{ ...base, benchmarks: [{ metric: 'cac', value: 1, source: { name: 'x', url: 'httpx://example.com/report' } }] }, 'benchmarks[0].source.url: expected an http(s) URL'],
      [{ ...base, benchmarks: [{ metric: 'cac', value: 1, source: { name: 'x', url: 'xhttps://example.com/report' } }] }, 'benchmarks[0].source.url: expected an http(s) URL'],
      [{ ...base, benchmarks: [{ metric: 'cac', source }] }, 'benchmarks[0]: a benchmark needs low, median, high or value'],
      [{ ...base, benchmarks: [{ metric: 'cac', low: 5, high: 3, source }] }, 'benchmarks[0].low: low is above high'],
      [{ ...base, benchmarks: [{ metric: 'cac', median: 5, comparator: '>=', source }] }, 'benchmarks[0].comparator: comparator needs a value'],
      [{ version: 1, economics: { arpa: 100 } }, 'currency: required when a money field is present'],
    ];
    for (const [input, expected] of cases) assert.deepEqual(issuesOf(input), [expected], expected);
  });

  it('accepts a benchmark with any one of low, median, high or value, a band of one point, and an http link', () => {
    const source = { name: 'Survey', url: 'http://example.com/report' };
    for (const bounds of [{ low: 1 }, { median: 1 }, { high: 1 }, { value: 1 }, { low: 3, high: 3 }, { value: 3, comparator: '<=' }]) {
      assert.equal(parseDataset({ ...base, benchmarks: [{ metric: 'cac', ...bounds, source }] }).ok, true, JSON.stringify(bounds));
    }
  });

  it('never throws, whatever it is given', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    for (const input of [undefined, 42, 'text', [], throwing, { version: 1, rows: 'x' }, { version: 1, rows: [null] }]) {
      const result = parseDataset(input);
      assert.equal(result.ok, false);
    }
    // What a getter threw is the issue, at the root: there is no sounder place to name.
    assert.deepEqual(issuesOf({ get version() { throw new Error('boom'); } }), ['(root): could not be read: boom']);
  });

  it('names the kind of value it got where an object was expected', () => {
    assert.deepEqual(issuesOf({ ...base, rows: [[1], true] }), ['rows[0]: expected an object, got an array', 'rows[1]: expected an object, got boolean']);
  });

  it("words an id that is neither text nor number by the first of the id's kinds", () => {
    assert.deepEqual(issuesOf({ version: 1, leads: [{ id: true, createdAt: '2026-03-01T10:00:00Z' }] }), ['leads[0].id: expected a string']);
  });

  it('checks the rest again around broken items of any list, and around a broken date at the top', () => {
    // An id that reads like a path stays as written: only the note of where it was first is renumbered.
    const lead = { id: 'leads[0]', createdAt: '2026-03-01T10:00:00Z' };
    const sla = { id: 's', owner: 'sales', type: 'response', withinHours: 4, target: 0.9 };
    const dataset = {
      version: 1,
      leads: [{ ...lead, id: 'x', createdAt: 'soon' }, { ...lead, id: 'y', createdAt: 'later' }, lead, { ...lead, wonAt: '2026-03-02T10:00:00Z', amount: 5 }],
      slas: [{ ...sla, target: 'high' }, sla, sla],
      benchmarks: [{ metric: 'cac', value: 'low', source: { name: 'Survey' } }, { metric: 'cac_total', value: 1, source: { name: 'Survey' } }],
      targets: [{ metric: 'nosuch', period: '2026-03', value: 1 }],
    };
    assert.deepEqual(issuesOf(dataset), [
      'leads[0].createdAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00',
      'leads[1].createdAt: expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00',
      'slas[0].target: expected a finite number',
      'benchmarks[0].value: expected a number, got string',
      'currency: required when a money field is present',
      'leads[3].id: duplicate lead id "leads[0]" (first at leads[2])',
      'slas[2].id: duplicate SLA id "s"',
      'targets[0].metric: unknown metric "nosuch"',
      'benchmarks[1].metric: unknown metric "cac_total"',
    ]);
    // A calendar check at the top runs on a value of the right type: the rest is still checked.
    assert.deepEqual(issuesOf({ version: 1, asOf: '2026-02-30', rows: [{ period: '2026-03', leads: 'x' }], targets: dataset.targets }), [
      'asOf: expected a calendar date YYYY-MM-DD',
      'rows[0].leads: expected a non-negative integer',
      'targets[0].metric: unknown metric "nosuch"',
    ]);
  });

  it('valid lead records do not vouch for the rest: an unknown metric, or amounts without a currency', () => {
    const leads = [{ id: 'a', createdAt: '2026-03-01T10:00:00Z', wonAt: '2026-03-02T10:00:00Z', amount: 5 }];
    assert.deepEqual(issuesOf({ version: 1, leads }), ['currency: required when a money field is present']);
    assert.deepEqual(issuesOf({ ...base, leads, targets: [{ metric: 'nosuch', period: '2026-03', value: 1 }] }), ['targets[0].metric: unknown metric "nosuch"']);
    assert.deepEqual(issuesOf({ ...base, currency: 'usd', leads }), [issuesOf({ ...base, currency: 'usd' })[0]]);
  });
});

describe('the JSON Schema', () => {
  it('schema/dataset.json is the one generated from the zod schemas (run `npm run schema` after changing them)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../schema/dataset.json', import.meta.url), 'utf8'));
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(datasetJsonSchema())));
  });

  it('describes strict objects and the period-key shape', () => {
    const schema = datasetJsonSchema() as { additionalProperties: boolean; properties: Record<string, { items?: { properties: Record<string, { pattern?: string }> } }> };
    assert.equal(schema.additionalProperties, false);
    assert.ok(schema.properties.rows!.items!.properties.period!.pattern);
  });
});
