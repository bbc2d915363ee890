// Generates the demo's sample company, "Vértice Software", a fictional Brazilian B2B SaaS:
// fifteen months of lead records over six channels, each lead with its segment, campaign
// and (once an MQL) its sales rep; the rows that carry visitors, spend (by campaign on the
// paid channels) and recurring revenue, targets, two SLAs and attributed benchmarks.
// Seeded, so every run writes the same files:  npx tsx scripts/make-sample-data.ts
import { writeFileSync } from 'node:fs';
import { buildFactTable, parseDataset, periodFromIndex, RECORD_FACTS, type DatasetInput, type LeadRecord, type SummaryRow } from '../src/core/index.js';

const TIMEZONE = 'America/Sao_Paulo'; // UTC−03:00 all year since Brazil dropped DST in 2019
const OFFSET = '-03:00';
const AS_OF = '2026-03-18';
const FIRST_MONTH = { year: 2025, month: 1 };
const MONTHS = 15;

// mulberry32: a tiny seeded PRNG, good enough for sample data.
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20260318);
const chance = (p: number) => random() < p;

// The dimensions draw from a generator of their own, so the funnel's numbers stay those of
// the company before it had dimensions; they are drawn from each lead's outcome, which is
// what puts a story in them: enterprise leads win far more often, and one rep is slow.
const dimensionRandom = mulberry32(20261206);
const pick = <T>(items: readonly T[]): T => items[Math.floor(dimensionRandom() * items.length)]!;

const CAMPAIGNS: Record<string, string[]> = {
  'organic-search': ['Blog: CRM guides', 'Comparison pages', 'Pricing page'],
  'paid-search': ['Brand search', 'Competitor keywords', 'Generic: CRM software'],
  'paid-social': ['LinkedIn ABM Q1', 'LinkedIn webinar promo', 'Meta retargeting'],
  email: ['Monthly newsletter', 'Nurture: onboarding tips'],
  referral: ['Partner program'],
  events: ['RD Summit', 'SaaS Connect'],
};
const PAID = ['paid-search', 'paid-social', 'events'];
const REPS = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Alves', 'Elisa Rocha'];
const SLOW_REP = 'Diego Alves';

/**
 * Sales' side of the handoff, drawn from what happened: most MQLs accepted within hours (the
 * slow rep's within days), some rejected with a reason owned by one team or the other, some
 * worked and disqualified, lost deals with their reason, some failures recycled to nurture,
 * and the latest MQLs still waiting on asOf.
 */
function handoff(lead: LeadRecord, asOf: number): void {
  const at = (t: number) => (t <= asOf ? iso(t) : undefined);
  const after = (from: string, hours: number) => Date.parse(from) + hours * HOUR;
  const slow = lead.dims?.owner === SLOW_REP;
  if (lead.mqlAt) {
    const decideIn = logNormal(slow ? 30 : 4, 0.8, dimensionRandom);
    if (lead.sqlAt || lead.opportunityAt) {
      // Accepted before it became an SQL.
      const accepted = Math.min(after(lead.mqlAt, decideIn), Date.parse(lead.sqlAt ?? lead.opportunityAt!) - HOUR);
      const stamp = at(Math.max(accepted, Date.parse(lead.createdAt)));
      if (stamp) lead.acceptedAt = stamp;
    } else {
      const r = dimensionRandom();
      const decided = at(after(lead.mqlAt, decideIn));
      if (decided && r < 0.62) {
        lead.acceptedAt = decided;
        // Worked, then ruled out: a third of the accepted MQLs that never became SQLs.
        if (dimensionRandom() < 0.35) {
          const out = at(after(decided, logNormal(5, 0.5, dimensionRandom) * 24));
          if (out) {
            lead.disqualifiedAt = out;
            lead.reason = pick(['not-icp', 'no-budget', 'never-reached']);
          }
        } else if (dimensionRandom() < 0.8) {
          // Not ready to buy: back to nurture after a few weeks (the rest stay with sales, and stall).
          const back = at(after(decided, logNormal(18, 0.4, dimensionRandom) * 24));
          if (back) lead.recycledAt = back;
        }
      } else if (decided && r < 0.9) {
        lead.rejectedAt = decided;
        lead.reason = pick(['not-icp', 'wrong-contact', 'not-icp', 'no-budget', 'never-reached']);
      }
    }
  }
  if (lead.lostAt) lead.reason = pick(['lost-to-competitor', 'price', 'price', 'no-budget', 'never-reached']);
  const failed = lead.rejectedAt ?? lead.disqualifiedAt;
  if (failed && dimensionRandom() < 0.4) {
    const recycled = at(after(failed, logNormal(10, 0.4, dimensionRandom) * 24));
    if (recycled) lead.recycledAt = recycled;
  }
}

const REASONS: DatasetInput['reasons'] = [
  { code: 'not-icp', label: 'Not our ICP', labels: { 'pt-BR': 'Fora do ICP', es: 'Fuera del ICP' }, owner: 'marketing' },
  { code: 'wrong-contact', label: 'Wrong contact data', labels: { 'pt-BR': 'Dados de contato errados', es: 'Datos de contacto erróneos' }, owner: 'marketing' },
  { code: 'no-budget', label: 'No budget', labels: { 'pt-BR': 'Sem orçamento', es: 'Sin presupuesto' }, owner: 'marketing' },
  { code: 'never-reached', label: 'Never reached by sales', labels: { 'pt-BR': 'Vendas não contatou', es: 'Ventas no contactó' }, owner: 'sales' },
  { code: 'lost-to-competitor', label: 'Lost to a competitor', labels: { 'pt-BR': 'Perdido para concorrente', es: 'Perdido ante un competidor' }, owner: 'sales' },
  { code: 'price', label: 'Price', labels: { 'pt-BR': 'Preço', es: 'Precio' }, owner: 'sales' },
];

/** A lead's members: its segment by its outcome, its campaign by its channel, its rep (MQLs only) by how fast it was called. */
function dimsOf(lead: LeadRecord): Record<string, string> {
  const r = dimensionRandom();
  const enterprise = lead.wonAt ? 0.4 : lead.opportunityAt ? 0.2 : 0.06;
  const segment = r < enterprise ? 'Enterprise' : r < enterprise + 0.3 ? 'Mid-market' : 'SMB';
  const dims: Record<string, string> = { segment };
  if (lead.channel) dims.campaign = pick(CAMPAIGNS[lead.channel]!);
  if (lead.mqlAt || lead.sqlAt) {
    const hours = lead.mqlAt && lead.firstContactAt ? (Date.parse(lead.firstContactAt) - Date.parse(lead.mqlAt)) / HOUR : Infinity;
    // The slow rep takes most of the leads called late (or never), few of the others.
    dims.owner = dimensionRandom() < (hours > 5 ? 0.7 : 0.06) ? SLOW_REP : pick(REPS.filter((rep) => rep !== SLOW_REP));
  }
  return dims;
}
const between = (lo: number, hi: number) => lo + (hi - lo) * random();
/** Log-normal with the given median: long right tails, like real response times and cycles. */
const logNormal = (median: number, spread: number, draw = random) => median * Math.exp(spread * Math.sqrt(-2 * Math.log(1 - draw())) * Math.cos(2 * Math.PI * draw()));

interface Channel {
  id: string;
  share: number;
  visitors: number;
  spend: number;
  rates: [mql: number, sql: number, opportunity: number, won: number];
  ticket: number;
}

const CHANNELS: Channel[] = [
  { id: 'organic-search', share: 0.3, visitors: 18_000, spend: 9_000, rates: [0.34, 0.52, 0.6, 0.3], ticket: 11_000 },
  { id: 'paid-search', share: 0.25, visitors: 6_500, spend: 26_000, rates: [0.3, 0.46, 0.55, 0.26], ticket: 12_500 },
  { id: 'paid-social', share: 0.19, visitors: 9_000, spend: 17_500, rates: [0.17, 0.36, 0.5, 0.2], ticket: 8_500 },
  { id: 'email', share: 0.1, visitors: 3_200, spend: 2_800, rates: [0.4, 0.5, 0.5, 0.25], ticket: 9_000 },
  { id: 'referral', share: 0.08, visitors: 1_300, spend: 4_500, rates: [0.62, 0.65, 0.7, 0.42], ticket: 16_000 },
  { id: 'events', share: 0.06, visitors: 700, spend: 14_000, rates: [0.45, 0.42, 0.6, 0.3], ticket: 21_000 },
];
const UNATTRIBUTED_SHARE = 0.02;
const LEADS_PER_MONTH = 260;
const DAY = 86_400_000;
const HOUR = 3_600_000;

const asOfEnd = Date.parse(`${AS_OF}T23:59:59${OFFSET}`);
const iso = (t: number) => new Date(t - 3 * HOUR).toISOString().replace('.000Z', OFFSET).replace(/\.\d{3}Z$/, OFFSET);
const monthStart = (i: number) => Date.UTC(FIRST_MONTH.year, FIRST_MONTH.month - 1 + i, 1) + 3 * HOUR;
const season = (i: number) => 1 + 0.012 * i + 0.12 * Math.sin(((i + 2) / 12) * 2 * Math.PI);

function pickChannel(): Channel | undefined {
  let r = random() * (1 + UNATTRIBUTED_SHARE);
  for (const c of CHANNELS) {
    r -= c.share;
    if (r < 0) return c;
  }
  return undefined;
}

/** A business-hours instant on a random day of month i. */
function createdIn(i: number): number {
  const start = monthStart(i);
  const days = Math.round((monthStart(i + 1) - start) / DAY);
  return start + Math.floor(random() * days) * DAY + between(8, 19) * HOUR + Math.floor(random() * 60) * 60_000;
}

const leads: LeadRecord[] = [];
let nextId = 1;
for (let i = 0; i < MONTHS; i++) {
  const count = Math.round(LEADS_PER_MONTH * season(i) * between(0.92, 1.08));
  for (let k = 0; k < count; k++) {
    const channel = pickChannel();
    const rates = channel?.rates ?? [0.25, 0.4, 0.5, 0.2];
    const createdAt = createdIn(i);
    if (createdAt > asOfEnd) continue;
    const lead: LeadRecord = { id: `L${String(nextId++).padStart(5, '0')}`, createdAt: iso(createdAt) };
    if (channel) lead.channel = channel.id;
    const at = (t: number) => (t <= asOfEnd ? iso(t) : undefined);
    let t = createdAt;
    if (chance(rates[0])) {
      t += logNormal(1.5, 0.9) * DAY;
      const mqlAt = t;
      lead.mqlAt = at(mqlAt);
      // Sales follows up most MQLs within hours; a few go unanswered.
      if (lead.mqlAt && chance(0.93)) lead.firstContactAt = at(mqlAt + logNormal(2.2, 1.1) * HOUR);
      if (chance(rates[1])) {
        t += logNormal(3, 0.7) * DAY;
        const sqlAt = at(t);
        // One SQL in twenty is fast-tracked and its MQL step never logged: a skipped stage.
        if (sqlAt && chance(0.05)) {
          delete lead.mqlAt;
          delete lead.firstContactAt;
        }
        if (sqlAt) lead.sqlAt = sqlAt;
        if (chance(rates[2])) {
          t += logNormal(6, 0.6) * DAY;
          if (at(t)) lead.opportunityAt = at(t);
          t += logNormal(24, 0.5) * DAY;
          if (lead.opportunityAt && at(t)) {
            if (chance(rates[3] / (rates[3] + (1 - rates[3]) * 0.8))) {
              lead.wonAt = at(t)!;
              lead.amount = Math.round(((channel?.ticket ?? 10_000) * between(0.6, 1.5)) / 10) * 10;
            } else {
              lead.lostAt = at(t)!;
            }
          }
        }
      }
    }
    if (!lead.mqlAt) delete lead.firstContactAt;
    lead.dims = dimsOf(lead);
    handoff(lead, asOfEnd);
    leads.push(lead);
  }
}

// Visitors and spend by channel and month; sales costs and the recurring base unattributed.
const rows: SummaryRow[] = [];
let activeCustomers = 410;
for (let i = 0; i < MONTHS; i++) {
  const period = periodFromIndex('month', (FIRST_MONTH.year * 12 + FIRST_MONTH.month - 1) + i).key;
  // The running month is cut at asOf: only the elapsed share of traffic and spend exists.
  const elapsed = Math.min(1, Math.max(0, (asOfEnd - monthStart(i)) / (monthStart(i + 1) - monthStart(i))));
  for (const c of CHANNELS) {
    const visitors = Math.round(c.visitors * season(i) * between(0.9, 1.1) * elapsed);
    const spend = Math.round(c.spend * between(0.9, 1.1) * elapsed * 100) / 100;
    if (!PAID.includes(c.id)) {
      rows.push({ period, channel: c.id, visitors, marketingSpend: spend });
      continue;
    }
    // Paid channels book their spend by campaign (the channel's total unchanged), so CAC by campaign has its spend.
    rows.push({ period, channel: c.id, visitors });
    const campaigns = CAMPAIGNS[c.id]!;
    const weights = campaigns.map(() => 0.5 + dimensionRandom());
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = spend;
    campaigns.forEach((campaign, k) => {
      const share = k === campaigns.length - 1 ? Math.round(left * 100) / 100 : Math.round(((spend * weights[k]!) / sum) * 100) / 100;
      left -= share;
      rows.push({ period, channel: c.id, dims: { campaign }, marketingSpend: share });
    });
  }
  const churned = Math.round(activeCustomers * between(0.017, 0.026));
  const newCustomers = leads.filter((l) => l.wonAt && l.wonAt.startsWith(period)).length;
  rows.push({
    period,
    salesSpend: Math.round(68_000 * between(0.95, 1.05) * elapsed * 100) / 100,
    mrr: Math.round(activeCustomers * 940 * between(0.98, 1.02)),
    activeCustomersStart: activeCustomers,
    churnedCustomers: churned,
  });
  activeCustomers += newCustomers - churned;
}

const BENCHMARKS: DatasetInput['benchmarks'] = [
  { metric: 'ltv_to_cac', value: 3, comparator: '>=', source: { name: 'D. Skok, "SaaS Metrics 2.0"', url: 'https://www.forentrepreneurs.com/saas-metrics-2/', kind: 'primary' }, note: 'Illustrative. Rule of thumb: LTV should be at least 3× CAC.' },
  { metric: 'cac_payback_months', value: 12, comparator: '<=', source: { name: 'D. Skok, "SaaS Metrics 2.0"', url: 'https://www.forentrepreneurs.com/saas-metrics-2/', kind: 'primary' }, note: 'Illustrative. Rule of thumb: recover CAC in under 12 months.' },
  { metric: 'response_time_hours', value: 1, comparator: '<=', source: { name: 'Oldroyd, McElheran & Elkington, "The Short Life of Online Sales Leads", HBR', url: 'https://hbr.org/2011/03/the-short-life-of-online-sales-leads', year: 2011, kind: 'primary' }, note: 'Illustrative. Firms that tried to contact a lead within an hour were nearly seven times as likely to qualify it.' },
  { metric: 'lead_to_mql', low: 0.1, high: 0.25, segment: 'B2B enterprise', source: { name: 'SiriusDecisions waterfall (inquiry → MQL), via MV3 Marketing', url: 'https://www.mv3marketing.com/glossary/demand-waterfall/', kind: 'secondary' }, note: 'Illustrative secondary summary.' },
  { metric: 'mql_to_sql', low: 0.4, high: 0.6, segment: 'B2B enterprise', source: { name: 'SiriusDecisions waterfall (MQL → SAL), via MV3 Marketing', url: 'https://www.mv3marketing.com/glossary/demand-waterfall/', kind: 'secondary' }, note: 'Illustrative secondary summary; the waterfall\'s SAL stage maps to SQLs here.' },
  { metric: 'sql_to_opportunity', low: 0.5, high: 0.7, segment: 'B2B enterprise', source: { name: 'SiriusDecisions waterfall (SAL → SQL), via MV3 Marketing', url: 'https://www.mv3marketing.com/glossary/demand-waterfall/', kind: 'secondary' }, note: 'Illustrative secondary summary; the waterfall\'s SQL stage maps to opportunities here.' },
  { metric: 'opportunity_to_customer', low: 0.2, high: 0.3, segment: 'B2B enterprise', source: { name: 'SiriusDecisions waterfall (SQL → closed-won), via MV3 Marketing', url: 'https://www.mv3marketing.com/glossary/demand-waterfall/', kind: 'secondary' }, note: 'Illustrative secondary summary.' },
];

const TARGETS: DatasetInput['targets'] = [];
for (let i = 12; i < MONTHS; i++) {
  const period = periodFromIndex('month', FIRST_MONTH.year * 12 + FIRST_MONTH.month - 1 + i).key;
  TARGETS.push({ metric: 'mqls', period, value: 95 }, { metric: 'customers', period, value: 14 }, { metric: 'revenue', period, value: 160_000 }, { metric: 'cac', period, value: 11_000 });
  for (const c of CHANNELS) TARGETS.push({ metric: 'mqls', period, value: Math.round(95 * c.share), channel: c.id });
}
TARGETS.push({ metric: 'lead_to_mql', period: '2026-Q1', value: 0.3 });

const SLAS: DatasetInput['slas'] = [
  { id: 'mql-volume', owner: 'marketing', label: 'MQLs delivered to sales each month', labels: { 'pt-BR': 'MQLs entregues a vendas por mês', es: 'MQLs entregados a ventas por mes' }, type: 'volume', metric: 'mqls', target: 95, warnAt: 0.9 },
  { id: 'mql-follow-up', owner: 'sales', label: 'MQLs contacted within 4 hours', labels: { 'pt-BR': 'MQLs contatados em até 4 horas', es: 'MQLs contactados en 4 horas' }, type: 'response', withinHours: 4, target: 0.8, warnAt: 0.9 },
  { id: 'mql-acceptance', owner: 'sales', label: 'MQLs accepted or rejected within 24 hours', labels: { 'pt-BR': 'MQLs aceitos ou recusados em até 24 horas', es: 'MQLs aceptados o rechazados en 24 horas' }, type: 'acceptance', withinHours: 24, target: 0.9, warnAt: 0.9 },
];

const common = {
  version: 1 as const,
  currency: 'BRL',
  timezone: TIMEZONE,
  granularity: 'month' as const,
  asOf: AS_OF,
  stageLabels: { sqls: 'SALs' },
  reasons: REASONS,
  stages: {
    leads: { owner: 'marketing' as const },
    mqls: { owner: 'sales' as const, maxDays: 5 },
    sqls: { owner: 'sales' as const, maxDays: 14 },
    opportunities: { owner: 'sales' as const, maxDays: 45 },
    customers: { owner: 'sales' as const },
  },
  dimensions: [
    { id: 'segment', label: 'Segment', labels: { 'pt-BR': 'Segmento', es: 'Segmento' } },
    { id: 'campaign', label: 'Campaign', labels: { 'pt-BR': 'Campanha', es: 'Campaña' } },
    { id: 'owner', label: 'Sales rep', labels: { 'pt-BR': 'Vendedor', es: 'Vendedor' } },
  ],
  economics: { grossMargin: 0.78, lifetimeCapMonths: 60 },
  targets: TARGETS,
  slas: SLAS,
  benchmarks: BENCHMARKS,
};

const withLeads: DatasetInput = { ...common, rows, leads };
const parsed = parseDataset(withLeads);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));

// The rows-only twin: the same funnel aggregated per month and channel by the core itself,
// with means' totals, as a warehouse export would carry them.
const table = buildFactTable(parsed.dataset, 'month', 'period');
const summaryRows: SummaryRow[] = rows.map((row) => ({ ...row }));
const funnelFacts = RECORD_FACTS;
for (const [channel, byPeriod] of table.cells) {
  for (const [index, cell] of byPeriod.entries()) {
    const row: SummaryRow = { period: periodFromIndex('month', index).key, ...(channel !== '' && { channel }) };
    for (const fact of funnelFacts) {
      const value = cell.sums[fact];
      row[fact] = fact.endsWith('Total') ? Math.round(value * 100) / 100 : value;
    }
    // Failures by reason, whatever their kind: what a row can say of them.
    const reasons = new Map<string, number>();
    for (const [key, n] of cell.reasons) {
      const code = key.slice(key.indexOf('\u0000') + 1);
      reasons.set(code, (reasons.get(code) ?? 0) + n);
    }
    row.reasons = Object.fromEntries(reasons);
    summaryRows.push(row);
  }
}
summaryRows.sort((a, b) => a.period.localeCompare(b.period));
const rowsOnly: DatasetInput = { ...common, rows: summaryRows };
const check = parseDataset(rowsOnly);
if (!check.ok) throw new Error(JSON.stringify(check.issues));

writeFileSync('demo/data/leads.json', `${JSON.stringify(withLeads)}\n`);
writeFileSync('demo/data/rows.json', `${JSON.stringify(rowsOnly, null, 1)}\n`);
console.log(`wrote demo/data/leads.json (${leads.length} leads, ${rows.length} rows) and demo/data/rows.json (${summaryRows.length} rows)`);
