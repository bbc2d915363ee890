// The core's budgets (ARCHITECTURE.md): aggregating 1,000,000 lead records into the full
// metric set at least 10× faster than Arquero doing the same group-by on a prebuilt
// table, and within 1.2× a hand-written loop doing the same facts (bench/hand-loop.mjs),
// in the same run; and validation within 1.5× JSON.parse of the same payload. The sides of
// each comparison run round by round, their order rotated (a block of one side then a
// block of the other measures the machine's drift): each side's median, and the spread of
// the per-round ratios.   Run: npm run bench   (builds first; BENCH_RECORDS=1000000 BENCH_VALIDATE=100000 BENCH_ROUNDS=9)
import * as aq from 'arquero';
import { availablePeriods, computeMetrics, factTable, parseDataset } from '../dist/core/index.js';
import { parseWithZod } from '../dist/core/ingest/parse.js';
import { generateLeads, generateRows } from './generate.mjs';
import { handColumns, handFacts, monthStarts } from './hand-loop.mjs';
import { ms, perRound, rounds, spread, time } from './timing.mjs';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const VALIDATE = Number(process.env.BENCH_VALIDATE ?? 100_000);
// Rounds of the warm comparisons and of validation (the cold ones: 3, each takes seconds).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const STAGES = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt'];
const CHANNELS = ['organic-search', 'paid-search', 'paid-social', 'email', 'referral', 'events'];
const op = aq.op;

console.log(`node ${process.version}, ${RECORDS.toLocaleString('en')} lead records, America/Sao_Paulo`);
const leads = generateLeads(RECORDS);
// The dataset as parseDataset hands it over (its defaults filled in), with the records added
// after: validating them is measured on its own below.
const declared = parseDataset({ version: 1, currency: 'BRL', timezone: 'America/Sao_Paulo', granularity: 'month', rows: generateRows(), economics: { grossMargin: 0.8 } });
if (!declared.ok) throw new Error('the generated rows should be valid');
const base = { ...declared.dataset, leads };

// The core: every record into period x channel facts, bucketed in the dataset's zone, then
// the full metric catalogue (with the previous-period comparison) for the latest month.
// A fresh dataset object per run defeats the per-dataset memo of fact tables, so every run
// aggregates all records again. Like Arquero's prebuilt table, the records' parsed columns
// (made once per payload, see src/core/aggregate/columns.ts) are shared between runs.
const metricSet = (dataset) => computeMetrics(dataset, { compare: ['previous', 'target', 'benchmark'] });
const core = () => metricSet({ ...base });

// The same while the latest month runs (asOf on its 18th): events after asOf are cut, and
// the previous month is aggregated again over its first 18 days (the window to the same day).
const latest = availablePeriods({ ...base }).at(-1);
const running = () => metricSet({ ...base, asOf: `${latest}-18` });

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
const coreCold = () => metricSet({ ...base, leads: leads.slice() });

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
const arquero = () => arqueroGroupBy(table);

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
const arqueroCold = () => arqueroGroupBy(arqueroTable(leads));

// The floor: the same facts by hand (bench/hand-loop.mjs), over columns prebuilt as the
// core's are, with the month starts in the dataset's zone looked up once as the core does.
const [WINDOW_HOURS, ACCEPTANCE_HOURS] = [24, 24]; // the core's defaults: the dataset names no SLA
const monthOf = (t) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();

/** The hand loop over some records: their columns and month starts made once, and the loop. */
function handLoopOf(records) {
  const columns = handColumns(records, CHANNELS);
  let [firstInstant, lastInstant] = [Infinity, -Infinity];
  for (const key of ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'acceptedAt', 'rejectedAt', 'disqualifiedAt', 'recycledAt']) {
    for (const t of columns[key]) if (t === t) [firstInstant, lastInstant] = [Math.min(firstInstant, t), Math.max(lastInstant, t)];
  }
  // A month either side: an instant near a month's edge in UTC may sit in the next or previous one locally.
  const firstMonth = monthOf(firstInstant) - 1;
  const starts = monthStarts(base.timezone, firstMonth, monthOf(lastInstant) + 1);
  return { columns, firstMonth, run: () => handFacts(columns, CHANNELS.length, starts, WINDOW_HOURS, ACCEPTANCE_HOURS) };
}

const SUMS = { leads: 'leads', mqls: 'mqls', sqls: 'sqls', opportunities: 'opportunities', customers: 'customers', lostDeals: 'lostDeals', revenue: 'revenue', mqlsContacted: 'mqlsContacted', mqlsContactedInSla: 'mqlsContactedInSla', responseHoursTotal: 'responseHoursTotal', salesCycleDaysTotal: 'salesCycleDaysTotal', mqlsDecided: 'mqlsDecided', mqlsDecidedInSla: 'mqlsDecidedInSla', decisionHoursTotal: 'decisionHoursTotal', mqlsAccepted: 'mqlsAccepted', mqlsRejected: 'mqlsRejected', leadsDisqualified: 'leadsDisqualified', leadsRecycled: 'leadsRecycled', leadToMqlSamples: 'stageSamples0', mqlToSqlSamples: 'stageSamples1', sqlToOpportunitySamples: 'stageSamples2', opportunityToCustomerSamples: 'stageSamples3', leadToMqlDaysTotal: 'stageDaysTotal0', mqlToSqlDaysTotal: 'stageDaysTotal1', sqlToOpportunityDaysTotal: 'stageDaysTotal2', opportunityToCustomerDaysTotal: 'stageDaysTotal3' };

/**
 * Both must find the same facts: every month × channel cell of the core's fact table (sums,
 * each duration sample in order, failures by reason), and the metric set's counts, revenue,
 * medians and p90s of the latest month and the previous one. Throws where they differ.
 */
function checkHandLoop(records, label) {
  const { columns, firstMonth, run } = handLoopOf(records);
  const hand = run();
  const dataset = { ...base, leads: records };
  const facts = factTable(dataset, 'month', 'period');
  const same = (a, b, what) => {
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) throw new Error(`core and hand loop disagree on ${what} (${label})`);
  };
  let cells = 0;
  for (const [c, channel] of CHANNELS.entries()) {
    for (const [index, cell] of facts.cells.get(channel).entries()) {
      if (cell.hits === 0) continue; // a row's cell (visitors, spend) with no record event
      const at = (index - firstMonth) * CHANNELS.length + c;
      for (const [fact, name] of Object.entries(SUMS)) if (cell.sums[fact] !== hand.sums[name][at]) throw new Error(`core and hand loop disagree on ${fact} of ${channel} in month ${index}: ${cell.sums[fact]} vs ${hand.sums[name][at]} (${label})`);
      same(cell.responseHours, hand.samples.responseHours[at], `response hours of ${channel} in month ${index}`);
      same(cell.cycleDays, hand.samples.cycleDays[at], `cycle days of ${channel} in month ${index}`);
      same(cell.decisionHours, hand.samples.decisionHours[at], `decision hours of ${channel} in month ${index}`);
      for (let s = 0; s < 4; s++) same(cell.stageDays[s], hand.samples.stageDays[s][at], `stage ${s} days of ${channel} in month ${index}`);
      ['lost', 'rejected', 'disqualified'].forEach((kind, k) => {
        const counts = ['', ...columns.reasons].map((code, r) => [code, hand.failures[k][at * hand.reasonSlots + r]]).filter(([, count]) => count > 0);
        const core = [...cell.reasons].filter(([key]) => key.startsWith(`${kind}\u0000`)).map(([key, count]) => [key.slice(kind.length + 1), count]);
        same(core.sort().flat(), counts.sort().flat(), `${kind} by reason of ${channel} in month ${index}`);
      });
      cells++;
    }
  }
  // And no event the hand loop counted in a cell the core has none for.
  for (const fact of ['leads', 'mqls', 'sqls', 'opportunities', 'customers', 'lostDeals', 'mqlsContacted', 'mqlsDecided', 'mqlsRejected', 'leadsDisqualified', 'leadsRecycled', 'leadToMqlSamples', 'opportunityToCustomerSamples']) {
    let core = 0;
    for (const byPeriod of facts.cells.values()) for (const [, cell] of byPeriod.entries()) core += cell.sums[fact];
    const handTotal = hand.sums[SUMS[fact]].reduce((x, y) => x + y, 0);
    if (core !== handTotal) throw new Error(`core and hand loop disagree on all ${fact}: ${core} vs ${handTotal} (${label})`);
  }
  const result = metricSet(dataset);
  const monthKey = (k) => {
    const m = firstMonth + k;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  };
  if (result.period !== monthKey(hand.last)) throw new Error(`the core's latest month is ${result.period}, the hand loop's ${monthKey(hand.last)} (${label})`);
  const check = (id, value, previous, p90) => {
    const m = result.metrics[id];
    if (m.value !== value || m.previous.value !== previous || (p90 !== undefined && m.p90 !== p90)) throw new Error(`core and hand loop disagree on ${id}: ${m.value} (p90 ${m.p90}, previous ${m.previous.value}) vs ${value} (p90 ${p90}, previous ${previous}) (${label})`);
  };
  const { latest: now, previous: before } = hand;
  for (const id of ['leads', 'mqls', 'sqls', 'opportunities', 'customers', 'revenue']) check(id, now[id], before[id]);
  check('response_time_hours', now.responseHours.median, before.responseHours.median, now.responseHours.p90);
  check('sales_cycle_days', now.cycleDays.median, before.cycleDays.median, now.cycleDays.p90);
  check('decision_time_hours', now.decisionHours.median, before.decisionHours.median, now.decisionHours.p90);
  ['days_lead_to_mql', 'days_mql_to_sql', 'days_sql_to_opportunity', 'days_opportunity_to_customer'].forEach((id, s) => check(id, now.stageDays[s].median, before.stageDays[s].median, now.stageDays[s].p90));
  console.log(`core and hand loop agree (${label}) on ${cells} month × channel cells (${Object.keys(SUMS).length} sums, 7 duration samples and 3 failure counts by reason each) and on ${result.period}'s and ${monthKey(hand.last - 1)}'s counts, revenue, medians and p90s`);
}
// The timed records; and records with the handoff ledger (answers, failures with reasons,
// recycling), which the timed ones leave empty, so the loop's ledger code is checked too.
checkHandLoop(leads, 'the timed records');
checkHandLoop(generateLeads(20_000, 7, { ledger: true }), '20,000 records with the ledger');
const loop = handLoopOf(leads).run;

// Round by round: the warm comparisons, then the cold ones, then validation.
const warmTimes = rounds({ core, arquero, loop, running }, { runs: ROUNDS, cpu: true });
const warm = warmTimes.wall;
const cold = rounds({ coreCold, arqueroCold }, { runs: 3 });

// Validation over VALIDATE records vs JSON.parse of the same payload: parseDataset (the
// records by the one-pass check that also builds their columns, the rest by zod), and zod
// alone for reference.
const payload = JSON.stringify({ ...base, leads: leads.slice(0, VALIDATE) });
const parsed = JSON.parse(payload);
if (!parseDataset(parsed).ok) throw new Error('the generated payload should be valid');
if (!parseWithZod(parsed).ok) throw new Error('zod should accept the generated payload too');
const validationTimes = rounds({ parse: () => JSON.parse(payload), validate: () => parseDataset(parsed), zod: () => parseWithZod(parsed) }, { runs: ROUNDS, cpu: true });
const validation = validationTimes.wall;

const n = RECORDS.toLocaleString('en');
const rows = [
  [`core: ${n} records -> facts -> the metric set of the latest month`, warm.core],
  ['arquero: the same group-by on a prebuilt table', warm.arquero],
  ['hand-written loop: the same facts on prebuilt columns (floor)', warm.loop],
  [`core: the same with ${latest} running (asOf ${latest}-18: the previous month to day 18 too)`, warm.running],
  [`core: the same, then every metric of every month × (all + 6 channels), ${metricValues} values (alone)`, coreEverything],
  ['core, cold: parsing every ISO 8601 string of the records too', cold.coreCold],
  ['arquero, cold: building its table from the records too', cold.arqueroCold],
  [`JSON.parse of ${VALIDATE.toLocaleString('en')} records (${(payload.length / 1e6).toFixed(1)} MB)`, validation.parse],
  ['parseDataset of the same (records checked in one pass, columns built; the rest by zod)', validation.validate],
  ['zod alone (jitless) of the same, for reference', validation.zod],
];
console.log('\n| measurement | median | min – max |\n|---|---:|---:|');
for (const [name, samples] of rows) {
  const t = Array.isArray(samples) ? spread(samples) : samples;
  console.log(`| ${name} | ${ms(t.median)} | ${ms(t.min)} – ${ms(t.max)} |`);
}
const x = (r) => `${r.median.toFixed(2)}× (rounds ${r.min.toFixed(2)} – ${r.max.toFixed(2)})`;
const budget = (r, holds) => (holds(r.median) ? 'met' : 'NOT MET');
const arqueroRatio = perRound(warm.arquero, warm.core);
const loopRatio = perRound(warm.core, warm.loop);
const validateRatio = perRound(validation.validate, validation.parse);
console.log('\nper-round ratios: median (min – max)');
console.log(`Arquero ÷ core: ${x(arqueroRatio)}; budget ≥ 10×: ${budget(arqueroRatio, (r) => r >= 10)}`);
console.log(`core ÷ hand-written loop, the same facts: ${x(loopRatio)}; budget ≤ 1.2×: ${budget(loopRatio, (r) => r <= 1.2)}`);
console.log(`Arquero ÷ core, both cold: ${x(perRound(cold.arqueroCold, cold.coreCold))}`);
console.log(`running month ÷ closed month: ${x(perRound(warm.running, warm.core))}`);
console.log(`validation (parseDataset) ÷ JSON.parse: ${x(validateRatio)}; budget ≤ 1.5×: ${budget(validateRatio, (r) => r <= 1.5)}`);
console.log(`zod alone ÷ JSON.parse: ${x(perRound(validation.zod, validation.parse))}`);
console.log(`(${ROUNDS} rounds, 3 for the cold ones, each side once per round in rotated order, after a warm-up run of each)`);
// The same ratios from the process's CPU time of each run: on a loaded machine, wall time
// also counts the time other processes held the cores.
const { cpu } = warmTimes;
console.log('\nthe same from CPU time (user + system, all threads), per-round ratios: median (min – max)');
console.log(`Arquero ÷ core: ${x(perRound(cpu.arquero, cpu.core))}`);
console.log(`core ÷ hand-written loop, the same facts: ${x(perRound(cpu.core, cpu.loop))} (core ${ms(spread(cpu.core).median)}, loop ${ms(spread(cpu.loop).median)})`);
console.log(`validation (parseDataset) ÷ JSON.parse: ${x(perRound(validationTimes.cpu.validate, validationTimes.cpu.parse))}`);
