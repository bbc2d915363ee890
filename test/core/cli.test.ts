import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CATALOGUE } from '../../src/core/index.js';
import { scratchDir } from '../../scripts/scratch.mjs';

// The CLI as users run it: the built package (npm test builds first), on Node, no DOM.
const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;
const LEADS = new URL('../../demo/data/leads.json', import.meta.url).pathname;
const ROWS = new URL('../../demo/data/rows.json', import.meta.url).pathname;

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = scratchDir('kpi-cli');
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('inbound-kpi-kit validate', () => {
  it('exits 0 with a one-line summary for a valid dataset', () => {
    const { code, stdout } = cli(['validate', LEADS]);
    assert.equal(code, 0);
    assert.match(stdout, /^valid dataset v1: 225 rows, \d+ lead records, 31 targets, 3 SLAs, 7 benchmarks, dimensions segment, campaign, owner \(month, America\/Sao_Paulo, BRL\)\n$/);
  });

  it('exits 1 with readable issues for an invalid one, from a file or stdin', () => {
    const bad = JSON.stringify({ version: 1, rows: [{ period: '2026-03', mqls: -1, visits: 3 }], leads: [{ id: 1, createdAt: '03/04/2024' }] });
    for (const run of [cli(['validate', file('bad.json', bad)]), cli(['validate', '-'], bad)]) {
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /invalid dataset: 4 issues/);
      assert.match(run.stderr, /rows\[0\]\.mqls: expected a non-negative integer/);
      assert.match(run.stderr, /rows\[0\]\.visits: unknown key/);
      assert.match(run.stderr, /leads\[0\]\.createdAt: expected an ISO 8601 timestamp with offset/);
      assert.match(run.stderr, /rows\[0\]\.mqls: comes from the lead records/);
    }
  });

  it('exits 2 when the input cannot be read or is not JSON, and says why in words and where', () => {
    const missing = cli(['validate', join(scratch, 'missing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*missing\.json: no such file \(ENOENT\)/);
    const notJson = cli(['validate', '-'], '<html>sign in</html>');
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /standard input is not JSON/);
    // A comma too many on line 3: the line and column, not a character offset alone.
    const trailing = cli(['validate', '-'], '{\n  "version": 1,\n  "rows": [],\n}');
    assert.match(trailing.stderr, /is not JSON: .*\(line 4, column 1\)/);
    assert.equal(cli(['validate']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
  });

  it('aggregate, given a dataset where it reads records, says so (on one line or pretty-printed), and takes its leads as NDJSON', () => {
    const dataset = JSON.parse(readFileSync(LEADS, 'utf8')) as { leads: unknown[] };
    for (const text of [JSON.stringify(dataset), JSON.stringify(dataset, null, 2)]) {
      const run = cli(['aggregate', file('dataset.json', text), '--currency', 'BRL']);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /dataset\.json: a dataset \(one JSON object with leads or rows\), not lead records/);
    }
    const records = cli(['aggregate', file('leads.ndjson', dataset.leads.map((l) => JSON.stringify(l)).join('\n')), '--currency', 'BRL']);
    assert.equal(records.code, 0, records.stderr);
  });
});

describe('inbound-kpi-kit, any command', () => {
  it("a command's mistake points at its own help; an unknown command lists them all", () => {
    const sql = cli(['sql', '--by', 'segment;drop']);
    assert.equal(sql.code, 2);
    assert.deepEqual(sql.stderr.trim().split('\n').slice(1), ['see inbound-kpi-kit sql --help']);
    const unknown = cli(['frobnicate']);
    assert.match(unknown.stderr, /unknown command "frobnicate"\nUsage:\n {2}inbound-kpi-kit validate/);
  });

  it('--version, and --help for each command', () => {
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    for (const command of ['validate', 'compute', 'aggregate', 'explain', 'review', 'import', 'schema', 'sql']) {
      const help = cli([command, '--help']);
      assert.equal(help.code, 0, command);
      assert.match(help.stdout, new RegExp(`inbound-kpi-kit ${command}`));
      // Each command's help ends with examples to copy (clig.dev), each a line of this command.
      assert.match(help.stdout, new RegExp(`Examples?:\\n(\\s+.*inbound-kpi-kit ${command} .*\\n)+$`), command);
    }
    assert.match(cli(['compute', '--help']).stdout, /--period takes .*2026-03-05 \(day\),\s+2026-W10 \(ISO week\), 2026-03 \(month\), 2026-Q1 \(quarter\), 2026 \(year\)/);
  });

  it('validate takes several files; each line names its file; the exit code is the worst', () => {
    const bad = file('bad-many.json', JSON.stringify({ version: 1, rows: [{ period: '2026-13' }] }));
    const run = cli(['validate', LEADS, bad, join(scratch, 'missing.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stdout, new RegExp(`^${LEADS}: valid dataset v1`));
    assert.match(run.stderr, new RegExp(`${bad}: rows\\[0\\]\\.period`));
    assert.match(run.stderr, /missing\.json: error: cannot read/);
    assert.equal(cli(['validate', LEADS, ROWS]).code, 0);
    assert.equal(cli(['validate', LEADS, bad]).code, 1);
  });

  it('a --where value the data never has is a usage error naming the values it has, in compute, explain and review alike', () => {
    const segment = cli(['compute', LEADS, '--where', 'segment=enterprise']);
    assert.equal(segment.code, 2);
    assert.match(segment.stderr, /--where segment="enterprise" is not in the data; its segment values: .*Enterprise/);
    const channel = cli(['compute', LEADS, '--where', 'channel=paid-serch']);
    assert.equal(channel.code, 2);
    assert.match(channel.stderr, /--where channel="paid-serch" is not in the data; its channels: organic-search, paid-search/);
    assert.equal(cli(['explain', LEADS, '--metric', 'customers', '--where', 'segment=enterprise']).code, 2);
    assert.equal(cli(['review', LEADS, '--since', '2026-03-01', '--where', 'owner=Nobody']).code, 2);
    // A value the data has passes.
    assert.equal(cli(['compute', LEADS, '--where', 'segment=Enterprise', '--format', 'table']).code, 0);
  });

  it('an option given without its value says which, and points at the command\'s help', () => {
    const missing = cli(['compute', LEADS, '--period']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'error: --period needs a value; see inbound-kpi-kit compute --help\n');
  });

  it('an unknown --channel or --lang is a usage error naming the known ones', () => {
    const channel = cli(['compute', LEADS, '--channel', 'nosuch']);
    assert.equal(channel.code, 2);
    assert.match(channel.stderr, /--channel "nosuch" is not in the data; its channels: organic-search, paid-search/);
    const lang = cli(['compute', LEADS, '--lang', 'fr']);
    assert.equal(lang.code, 2);
    assert.match(lang.stderr, /--lang takes en, pt-BR, es; not "fr"/);
  });
});

describe('inbound-kpi-kit compute', () => {
  it('--as-of overrides the dataset\'s asOf: the running period, its progress and the to-date previous', () => {
    // The demo data is as of 2026-03-18; as of 2026-03-10 March is on day 10 of 31.
    const { code, stdout } = cli(['compute', LEADS, '--period', '2026-03', '--as-of', '2026-03-10']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.deepEqual(result.progress, { asOf: '2026-03-10', days: 10, daysTotal: 31, elapsed: 10 / 31 });
    assert.equal(result.interval, undefined, 'the parsed period stays in-process');
    const leads = result.metrics.leads;
    assert.equal(leads.previous.basis, 'to-date');
    assert.equal(leads.previous.days, 10);
    assert.equal(result.metrics.mqls.target.paced, true);
    assert.ok(Math.abs(result.metrics.mqls.target.expected - (95 * 10) / 31) < 1e-9);
    const sameDay = JSON.parse(cli(['compute', LEADS, '--period', '2026-03']).stdout);
    assert.ok(leads.value < sameDay.metrics.leads.value, 'fewer leads known on the 10th than on the 18th');
    assert.equal(cli(['compute', LEADS, '--as-of', '2026-02-30']).code, 2);
  });

  it('without asOf or --as-of, today is this machine\'s date in the dataset\'s zone, and the JSON says so', () => {
    const zone = 'Pacific/Kiritimati'; // UTC+14: its date is not UTC's for most of the day
    const leads = [{ id: 'a', createdAt: '2026-01-10T12:00:00Z' }];
    const before = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(Date.now());
    const { code, stdout } = cli(['compute', file('no-as-of.json', JSON.stringify({ version: 1, timezone: zone, leads })), '--period', '2026-01']);
    const after = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(Date.now());
    assert.equal(code, 0);
    assert.ok([before, after].includes(JSON.parse(stdout).today));
    const dated = JSON.parse(cli(['compute', file('as-of.json', JSON.stringify({ version: 1, timezone: zone, asOf: '2026-01-31', leads })), '--period', '2026-01']).stdout);
    assert.equal(dated.today, undefined, 'a dataset with asOf keeps it');
    assert.match(cli(['compute', '--help']).stdout, /Without either, today is this\s+machine's date in the dataset's time zone/);
  });

  it('prints JSON with every catalogue metric, value or null with reason', () => {
    const { code, stdout } = cli(['compute', LEADS, '--period', '2026-02', '--compare', 'previous,target,benchmark']);
    assert.equal(code, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.period, '2026-02');
    assert.equal(out.mode, 'period');
    assert.deepEqual(Object.keys(out.metrics).sort(), CATALOGUE.map((m) => m.id).sort());
    for (const m of Object.values(out.metrics) as Array<{ value: number | null; reason?: string; n: number }>) {
      assert.ok(m.value === null ? typeof m.reason === 'string' : Number.isFinite(m.value));
      assert.equal(typeof m.n, 'number');
    }
    assert.equal(out.slas.length, 3);
  });

  it('gives the same funnel from lead records and from the rows aggregated from them', () => {
    const fromLeads = JSON.parse(cli(['compute', LEADS, '--period', '2026-Q1', '--channel', 'paid-search']).stdout);
    const fromRows = JSON.parse(cli(['compute', ROWS, '--period', '2026-Q1', '--channel', 'paid-search']).stdout);
    for (const id of ['leads', 'mqls', 'sqls', 'opportunities', 'customers', 'revenue', 'cac', 'win_rate', 'marketing_cac']) {
      assert.equal(fromLeads.metrics[id].value, fromRows.metrics[id].value, id);
    }
  });

  it('cohort mode, csv and table formats, in pt-BR', () => {
    const csv = cli(['compute', LEADS, '--mode', 'cohort', '--format', 'csv', '--lang', 'pt-BR']);
    assert.equal(csv.code, 0);
    const lines = csv.stdout.trim().split('\r\n');
    assert.equal(lines[0], 'metric,label,value,unit,reason,n,previous,previous_basis,delta,target,target_expected,attainment,benchmark_position,benchmark_verdict,status');
    assert.equal(lines.length, CATALOGUE.length + 1);
    assert.ok(lines.some((l) => l.startsWith('cac_payback_months,Payback do CAC,')));
    const table = cli(['compute', LEADS, '--format', 'table', '--period', '2026-02']);
    assert.match(table.stdout, /^2026-02 · period mode\n/);
    assert.match(table.stdout, /LTV:CAC +\d+(\.\d)?×/);
  });

  it('exits 2 for bad options and unanswerable queries, 1 for invalid data', () => {
    assert.equal(cli(['compute', LEADS, '--format', 'xml']).code, 2);
    assert.equal(cli(['compute', LEADS, '--compare', 'yesterday']).code, 2);
    assert.equal(cli(['compute', LEADS, '--period', 'March']).code, 2);
    const cohortOnRows = cli(['compute', ROWS, '--mode', 'cohort']);
    assert.equal(cohortOnRows.code, 2);
    assert.match(cohortOnRows.stderr, /cohort mode counts lead records/);
    assert.equal(cli(['compute', '-'], '{"version":1,"rows":[{"period":"x"}]}').code, 1);
  });
});

describe('inbound-kpi-kit schema', () => {
  it('prints the JSON Schema', () => {
    const { code, stdout } = cli(['schema']);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});

describe('a million invalid records', () => {
  // The CLI with its peak memory (resident set) reported at exit.
  const PEAK = "data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss '+process.resourceUsage().maxRSS+'\\n'))";
  function measured(args: string[]) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', PEAK, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = (performance.now() - start) / 1000;
    const mb = Number(/peak-rss (\d+)/.exec(result.stderr)![1]) / 1024;
    return { code: result.status, stderr: result.stderr, seconds, mb };
  }
  const CEILING = { seconds: 60, mb: 1024 };

  for (const [command, name, text] of [
    ['validate', 'million-empty.json', `{"version":1,"leads":[${Array(1_000_000).fill('{}').join(',')}]}`],
    ['aggregate', 'million-empty.ndjson', '{}\n'.repeat(1_000_000)],
  ] as const) {
    it(`${command}: the first twenty issues with their places and the count of the rest, in bounded time and memory`, () => {
      const { code, stderr, seconds, mb } = measured([command, file(name, text)]);
      console.log(`${command}, 1,000,000 invalid records: ${seconds.toFixed(1)} s (ceiling ${CEILING.seconds} s), peak ${mb.toFixed(0)} MB (ceiling ${CEILING.mb} MB)`);
      assert.equal(code, 1);
      assert.match(stderr, /2000000 issues\n/);
      assert.match(stderr, /^ {2}leads\[0\]\.id: required\n {2}leads\[0\]\.createdAt: required\n/m);
      assert.match(stderr, /^ {2}leads\[9\]\.createdAt: required\n {2}… and 1999980 more\n/m);
      assert.doesNotMatch(stderr, /call stack/);
      assert.ok(seconds < CEILING.seconds && mb < CEILING.mb);
    });
  }
});

describe('inbound-kpi-kit, sliced by a dimension', () => {
  const leads = [
    { id: 'a', channel: 'ads', createdAt: '2026-03-02T10:00:00Z', mqlAt: '2026-03-03T10:00:00Z', dims: { segment: 'smb', owner: 'Ana Maria' } },
    { id: 'b', channel: 'ads', createdAt: '2026-03-04T10:00:00Z', dims: { segment: 'smb', owner: 'Bo' } },
    { id: 'c', channel: 'seo', createdAt: '2026-03-05T10:00:00Z', mqlAt: '2026-03-06T10:00:00Z', dims: { segment: 'enterprise' } },
    { id: 'd', createdAt: '2026-03-07T10:00:00Z' },
  ];
  const dims = [{ id: 'segment' }, { id: 'owner', label: 'Sales rep' }];
  const path = file('sliced.json', JSON.stringify({ version: 1, asOf: '2026-03-31', dimensions: dims, leads }));

  it('compute --where prints that view, the where echoed; --channel is its shorthand', () => {
    const { code, stdout } = cli(['compute', path, '--period', '2026-03', '--where', 'segment=smb&owner=Ana+Maria']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.deepEqual(result.where, { segment: 'smb', owner: 'Ana Maria' });
    assert.deepEqual([result.metrics.leads.value, result.metrics.mqls.value], [1, 1]);
    const both = JSON.parse(cli(['compute', path, '--period', '2026-03', '--where', 'segment=smb', '--channel', 'ads']).stdout);
    assert.deepEqual([both.where, both.metrics.leads.value], [{ segment: 'smb', channel: 'ads' }, 2]);
  });

  it('compute --by prints every member ranked by leads, null for the unassigned, and the total', () => {
    const { code, stdout } = cli(['compute', path, '--period', '2026-03', '--by', 'segment']);
    assert.equal(code, 0);
    const split = JSON.parse(stdout);
    assert.equal(split.by, 'segment');
    assert.deepEqual(split.members.map((m: { value: string | null; result: { metrics: { leads: { value: number } } } }) => [m.value, m.result.metrics.leads.value]), [['smb', 2], ['enterprise', 1], [null, 1]]);
    assert.equal(split.total.metrics.leads.value, 4);
    const csv = cli(['compute', path, '--period', '2026-03', '--by', 'segment', '--format', 'csv']).stdout.trim().split(/\r?\n/);
    assert.deepEqual(csv.map((line) => line.split(',').slice(0, 3).join(',')), ['segment,visitors,leads', 'smb,,2', 'enterprise,,1', '(unassigned),,1', 'total,,4']);
    assert.match(cli(['compute', path, '--period', '2026-03', '--by', 'owner', '--format', 'table']).stdout, /^owner\s+Leads/m);
  });

  it('an unknown dimension in --where or --by exits 2 naming the declared ones', () => {
    for (const args of [['--where', 'region=south'], ['--by', 'region']]) {
      const { code, stderr } = cli(['compute', path, ...args]);
      assert.equal(code, 2);
      assert.match(stderr, /"region" is not a dimension of this dataset \(it has channel, segment, owner\)/);
    }
  });

  it('aggregate --by keeps those dimensions in the rows, which compute reads as it reads the records', () => {
    const ndjson = file('sliced.ndjson', leads.map((l) => JSON.stringify(l)).join('\n'));
    const { code, stdout } = cli(['aggregate', ndjson, '--by', 'segment']);
    assert.equal(code, 0);
    const rows = JSON.parse(stdout);
    assert.deepEqual(rows.dimensions, [{ id: 'segment' }]);
    assert.ok(rows.rows.some((r: { channel?: string; dims?: object; leads: number }) => r.channel === 'ads' && JSON.stringify(r.dims) === '{"segment":"smb"}' && r.leads === 2));
    const fromRows = file('sliced-rows.json', JSON.stringify({ ...rows, asOf: '2026-03-31' }));
    const viaRows = JSON.parse(cli(['compute', fromRows, '--period', '2026-03', '--where', 'segment=smb']).stdout);
    assert.equal(viaRows.metrics.mqls.value, 1);
    assert.equal(cli(['aggregate', ndjson, '--by', 'Segment']).code, 2);
  });
});

describe('inbound-kpi-kit explain', () => {
  it('prints the bridge as JSON, its contributions adding up to the change; a table and CSV too', () => {
    const { code, stdout } = cli(['explain', LEADS, '--metric', 'customers', '--period', '2026-02']);
    assert.equal(code, 0);
    const bridge = JSON.parse(stdout);
    assert.deepEqual(Object.keys(bridge), ['metric', 'period', 'against', 'from', 'to', 'method', 'contributions']);
    assert.deepEqual(bridge.contributions.map((c: { driver: string }) => c.driver), ['leads', 'lead_to_mql', 'mql_to_sql', 'sql_to_opportunity', 'opportunity_to_customer']);
    const sum = bridge.contributions.reduce((s: number, c: { contribution: number }) => s + c.contribution, 0);
    assert.ok(Math.abs(sum - (bridge.to - bridge.from)) < 1e-9);
    // The table in units (rates as percentages, contributions signed); the CSV keeps the numbers.
    assert.match(cli(['explain', LEADS, '--metric', 'customers', '--period', '2026-02', '--format', 'table']).stdout, /^opportunity_to_customer\s+20\.7%\s+33\.3%\s+\+4\.13\s+previous\n/m);
    assert.match(cli(['explain', LEADS, '--metric', 'revenue', '--period', '2026-02', '--format', 'table']).stdout, /^revenue\s+R\$71,110\s+R\$160,310\s+\+R\$89,200\.00\s+lmdi$/m);
    assert.match(cli(['explain', LEADS, '--metric', 'lead_to_mql', '--by', 'segment', '--period', '2026-02', '--format', 'table']).stdout, /^SMB\s+57\.1%\s+60\.1%\s+34\.7%\s+31%\s+\+1 pp\s+-2\.1 pp$/m);
    assert.match(cli(['explain', LEADS, '--metric', 'lead_to_mql', '--by', 'segment', '--period', '2026-02', '--format', 'csv']).stdout, /^segment,weight_from,weight_to,rate_from,rate_to,mix,rate\r?\n/);
  });

  it('says what it takes: a metric that is a product of others, --against previous or target', () => {
    assert.equal(cli(['explain', LEADS]).code, 2);
    const cac = cli(['explain', LEADS, '--metric', 'cac']);
    assert.equal(cac.code, 2);
    assert.match(cac.stderr, /product of others: leads, mqls, customers, revenue/);
    assert.equal(cli(['explain', LEADS, '--metric', 'customers', '--against', 'plan']).code, 2);
    assert.match(cli(['explain', '--help']).stdout, /Examples:/);
  });

  it('an option given twice, a negative number as a value, a misspelt dimension: said in the command line\'s words', () => {
    const twice = cli(['compute', LEADS, '--channel', 'email', '--channel', 'referral']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /^error: --channel is given twice; give it once\n/);
    const negative = cli(['aggregate', LEADS, '--response-hours', '-3']);
    assert.equal(negative.code, 2);
    assert.match(negative.stderr, /--response-hours needs a value \("-3" reads as an option: write --response-hours=-3\)/);
    assert.match(cli(['aggregate', '-', '--response-hours=-3'], '').stderr, /--response-hours takes a positive number of hours; not "-3"/);
    assert.match(cli(['compute', LEADS, '--by', 'nope']).stderr, /^error: --by: "nope" is not a dimension of this dataset/);
    assert.match(cli(['compute', LEADS, '--where', 'segmnt=SMB']).stderr, /^error: --where: "segmnt" is not a dimension/);
  });

  it('against targets, says which drivers have none and are read against the previous period', () => {
    // MQLs have a target (95 a month); leads and the lead-to-MQL rate, their drivers, have none.
    const mqls = cli(['explain', LEADS, '--metric', 'mqls', '--against', 'target', '--format', 'table']);
    assert.equal(mqls.code, 0);
    assert.equal(mqls.stderr, 'note: no driver of mqls has a target: read against the previous period (a target of mqls itself is not split among its drivers)\n');
    assert.equal(cli(['explain', LEADS, '--metric', 'mqls', '--format', 'table']).stderr, '');
  });
});

describe('inbound-kpi-kit, mistakes a person makes', () => {
  it('validate --json prints one JSON line per file', () => {
    const bad = file('bad-metric.json', JSON.stringify({ version: 1, rows: [{ period: '2026-03', leads: 3 }], targets: [{ metric: 'mqlz', period: '2026-03', value: 3 }] }));
    const { code, stdout } = cli(['validate', LEADS, bad, '--json']);
    assert.equal(code, 1);
    const [good, invalid] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual([good.file, good.valid, invalid.valid, invalid.issueCount], [LEADS, true, false, 1]);
    assert.deepEqual(invalid.issues, [{ path: 'targets[0].metric', message: 'unknown metric "mqlz"' }]);
  });

  it('an unknown option names itself and the help to read; a CSV export says what the CLI reads', () => {
    const unknown = cli(['compute', LEADS, '--nope']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'error: compute has no option --nope; see inbound-kpi-kit compute --help\n');
    const csv = cli(['validate', file('export.csv', 'period,leads\n2026-03,3\n')]);
    assert.equal(csv.code, 2);
    assert.match(csv.stderr, /looks like CSV \(its first line: "period,leads"\): the CLI reads a JSON dataset/);
  });

  it('a period outside the data says so, and which periods the data covers', () => {
    const { code, stderr } = cli(['compute', LEADS, '--period', '2019-06']);
    assert.equal(code, 0);
    assert.match(stderr, /warning: 2019-06 has no data; the data covers 2025-01 to 2026-03 \(15 periods/);
  });
});

describe('inbound-kpi-kit import (the built CLI)', () => {
  it('finds its presets beside dist/ and writes a dataset validate accepts', () => {
    const csv = new URL('../fixtures/crm/pipedrive-deals.csv', import.meta.url).pathname;
    const run = cli(['import', csv, '--preset', 'pipedrive-deals', '--currency', 'USD']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /import: 4 rows read, 4 imported, 0 skipped/);
    const check = cli(['validate', '-'], run.stdout);
    assert.equal(check.code, 0);
    assert.match(check.stdout, /^valid dataset v1: 0 rows, 4 lead records/);
  });
});
