// The core's budget (ARCHITECTURE.md): aggregating 1,000,000 lead records into the full
// metric set at least 10× faster than Arquero doing the same group-by on a prebuilt
// table, in the same run, with a plain hand-written loop as the floor; and zod validation
// against JSON.parse of the same payload.   Run: npm run bench   (builds first)
import * as aq from 'arquero';
import { availablePeriods, computeMetrics, parseDataset } from '../dist/core/index.js';
import { parseWithZod } from '../dist/core/ingest/parse.js';
import { generateLeads, generateRows } from './generate.mjs';
import { ms, ratio, time } from './timing.mjs';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const VALIDATE = Number(process.env.BENCH_VALIDATE ?? 100_000);
const STAGES = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt'];
const CHANNELS = ['organic-search', 'paid-search', 'paid-social', 'email', 'referral', 'events'];
const op = aq.op;

console.log(`node ${process.version}, ${RECORDS.toLocaleString('en')} lead records, America/Sao_Paulo`);
const leads = generateLeads(RECORDS);
const base = { version: 1, currency: 'BRL', timezone: 'America/Sao_Paulo', granularity: 'month', rows: generateRows(), leads, economics: { grossMargin: 0.8 }, targets: [], slas: [], benchmarks: [] };

// The core: every record into period x channel facts, bucketed in the dataset's zone, then
// the full metric catalogue (with the previous-period comparison) for the latest month.
// A fresh dataset object per run defeats the per-dataset memo of fact tables, so every run
// aggregates all records again. Like Arquero's prebuilt table, the records' parsed columns
// (made once per payload, see src/core/aggregate/columns.ts) are shared between runs.
const metricSet = (dataset) => computeMetrics(dataset, { compare: ['previous', 'target', 'benchmark'] });
const core = time(() => metricSet({ ...base }));

// The same while the latest month runs (asOf on its 18th): events after asOf are cut, and
// the previous month is aggregated again over its first 18 days (the window to the same day).
const latest = availablePeriods({ ...base }).at(-1);
const running = time(() => metricSet({ ...base, asOf: `${latest}-18` }));

// The same, and then every metric of every month for all channels and each channel.
let metricValues = 0;
const coreEverything = time(() => {
  const dataset = { ...base };
  metricValues = 0;
  for (const period of availablePeriods(dataset)) {
    for (const channel of [undefined, ...CHANNELS]) metricValues += Object.keys(computeMetrics(dataset, { period, channel }).metrics).length;
  }
});

// Cold: a new records array per run, so every ISO 8601 string is parsed again.
const coreCold = time(() => metricSet({ ...base, leads: leads.slice() }), { runs: 3 });

// Arquero gets its table prebuilt, instants already parsed to epoch ms, and groups by UTC
// month (simpler than the core's zone rule), written the idiomatic way: a filter,
// group-by and roll-up per stage event, and the medians of the two durations.
function arqueroTable(records) {
  const columns = { channel: records.map((l) => l.channel), amount: records.map((l) => l.amount ?? 0) };
  for (const stage of [...STAGES, 'firstContactAt']) columns[stage] = Float64Array.from(records, (l) => (l[stage] ? Date.parse(l[stage]) : NaN));
  return aq.table(columns);
}
function arqueroGroupBy(table) {
  const out = [];
  for (const stage of STAGES) {
    out.push(
      table
        .params({ stage })
        .filter((d, $) => !op.is_nan(d[$.stage]))
        .groupby('channel', { month: (d, $) => op.utcyear(d[$.stage]) * 12 + op.utcmonth(d[$.stage]) })
        .rollup({ count: op.count(), amount: op.sum('amount') }),
    );
  }
  out.push(table.filter((d) => !op.is_nan(d.wonAt)).groupby('channel', { month: (d) => op.utcyear(d.wonAt) * 12 + op.utcmonth(d.wonAt) }).rollup({ cycle: (d) => op.median((d.wonAt - d.createdAt) / 86400000) }));
  out.push(table.filter((d) => !op.is_nan(d.mqlAt) && !op.is_nan(d.firstContactAt)).groupby('channel', { month: (d) => op.utcyear(d.mqlAt) * 12 + op.utcmonth(d.mqlAt) }).rollup({ hours: (d) => op.median(op.greatest(0, d.firstContactAt - d.mqlAt) / 3600000) }));
  return out;
}
const table = arqueroTable(leads);
const arquero = time(() => arqueroGroupBy(table));

// Both must count the same: the core's latest month in UTC (Arquero's bucketing) against
// Arquero's groups, stage by stage and channel by channel, and won revenue.
{
  const [createdAt, mqlAt, sqlAt, opportunityAt, wonAt] = arqueroGroupBy(table).map((t) => t.objects());
  const utc = { ...base, timezone: 'UTC' };
  const period = availablePeriods(utc).at(-1);
  const [year, month] = period.split('-').map(Number);
  const key = year * 12 + month - 1;
  const countOf = (rows, channel) => rows.find((r) => r.channel === channel && r.month === key) ?? { count: 0, amount: 0 };
  let compared = 0;
  for (const channel of CHANNELS) {
    const m = computeMetrics(utc, { period, channel, compare: [] }).metrics;
    const pairs = [['leads', createdAt], ['mqls', mqlAt], ['sqls', sqlAt], ['opportunities', opportunityAt], ['customers', wonAt]];
    for (const [metric, rows] of pairs) {
      if (m[metric].value !== countOf(rows, channel).count) throw new Error(`core and Arquero disagree on ${metric} of ${channel} in ${period}: ${m[metric].value} vs ${countOf(rows, channel).count}`);
      compared++;
    }
    if (Math.abs(m.revenue.value - countOf(wonAt, channel).amount) > 1e-6) throw new Error(`core and Arquero disagree on revenue of ${channel}: ${m.revenue.value} vs ${countOf(wonAt, channel).amount}`);
  }
  console.log(`core and Arquero agree on the ${compared} stage counts and ${CHANNELS.length} revenues of ${period} (UTC)`);
}
const arqueroCold = time(() => arqueroGroupBy(arqueroTable(leads)), { runs: 3 });

// The floor: a hand-written loop over the same prebuilt columns, stage counts only, UTC.
const channelOf = Int32Array.from(leads, (l) => CHANNELS.indexOf(l.channel));
const stageColumns = STAGES.map((stage) => Float64Array.from(leads, (l) => (l[stage] ? Date.parse(l[stage]) : NaN)));
const DAY = 86_400_000;
const loop = time(() => {
  const counts = new Float64Array(STAGES.length * CHANNELS.length * 1024);
  for (let s = 0; s < STAGES.length; s++) {
    const column = stageColumns[s];
    for (let i = 0; i < column.length; i++) {
      const t = column[i];
      if (t !== t) continue;
      // ~30.44 days a month: close enough for a floor that only has to be cheap.
      const month = Math.floor(t / DAY / 30.436875) & 1023;
      counts[(s * CHANNELS.length + channelOf[i]) * 1024 + month]++;
    }
  }
  return counts;
});

// Validation over VALIDATE records vs JSON.parse of the same payload: parseDataset (the
// records by the one-pass check that also builds their columns, the rest by zod), and zod
// alone for reference.
const payload = JSON.stringify({ ...base, leads: leads.slice(0, VALIDATE) });
const parseOnly = time(() => JSON.parse(payload));
const parsed = JSON.parse(payload);
let valid = false;
const validate = time(() => {
  valid = parseDataset(parsed).ok;
});
if (!valid) throw new Error('the generated payload should be valid');
const zodOnly = time(() => {
  valid = parseWithZod(parsed).ok;
});
if (!valid) throw new Error('zod should accept the generated payload too');

const n = RECORDS.toLocaleString('en');
const rows = [
  [`core: ${n} records -> facts -> the metric set of the latest month`, core],
  ['arquero: the same group-by on a prebuilt table', arquero],
  [`core: the same with ${latest} running (asOf ${latest}-18: the previous month to day 18 too)`, running],
  ['hand-written loop: stage counts on prebuilt columns (floor)', loop],
  [`core: the same, then every metric of every month × (all + 6 channels), ${metricValues} values`, coreEverything],
  ['core, cold: parsing every ISO 8601 string of the records too', coreCold],
  ['arquero, cold: building its table from the records too', arqueroCold],
  [`JSON.parse of ${VALIDATE.toLocaleString('en')} records (${(payload.length / 1e6).toFixed(1)} MB)`, parseOnly],
  ['parseDataset of the same (records checked in one pass, columns built; the rest by zod)', validate],
  ['zod alone (jitless) of the same, for reference', zodOnly],
];
console.log('\n| measurement | median | min – max |\n|---|---:|---:|');
for (const [name, t] of rows) console.log(`| ${name} | ${ms(t.median)} | ${ms(t.min)} – ${ms(t.max)} |`);
console.log(`\nArquero ÷ core: ${ratio(arquero.median, core.median)} (budget ≥ 10×)`);
console.log(`Arquero ÷ core, both cold: ${ratio(arqueroCold.median, coreCold.median)}`);
console.log(`core ÷ hand-written loop: ${ratio(core.median, loop.median)}`);
console.log(`running month ÷ closed month: ${ratio(running.median, core.median)}`);
console.log(`validation (parseDataset) ÷ JSON.parse: ${ratio(validate.median, parseOnly.median)} (budget ≤ 1.5×)`);
console.log(`zod alone ÷ JSON.parse: ${ratio(zodOnly.median, parseOnly.median)}`);
console.log('(medians of 5 runs, 3 for the cold ones, each set after a warm-up run)');
if (arquero.median / core.median < 10) console.log('BUDGET MISSED: the core is less than 10× faster than Arquero in this run');
