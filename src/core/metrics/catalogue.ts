import { firstNull, lifetimeValue, medianOrMean, missing, ratio, sumOf, sumOfAny } from './formulas.js';
import type { Computed, Localized, MetricDefinition, MetricInputs } from './types.js';

// The metric catalogue (the README's metric table is made from it): the one place a formula is written down.
// Sources: stage conversions and the demand waterfall (SiriusDecisions); CAC, LTV,
// LTV:CAC and CAC payback (D. Skok, "SaaS Metrics 2.0"); sales velocity (opportunities ×
// win rate × deal size / cycle length, the common sales-ops definition).

type Def = Omit<MetricDefinition, 'label' | 'additive'> & { additive?: boolean };

const label = (en: string, ptBR: string, es: string): Localized => ({ en, 'pt-BR': ptBR, es });

const count = (fact: Parameters<typeof sumOf>[1]) => (i: MetricInputs) => sumOf(i, fact, true);
const money = (fact: Parameters<typeof sumOf>[1]) => (i: MetricInputs) => sumOf(i, fact);
const over = (numerator: string, denominator: string) => (i: MetricInputs) => ratio(i.get(numerator), i.get(denominator));

/** Company-wide economics win over row facts; they describe the whole customer base. */
function arpa(i: MetricInputs): Computed {
  if (i.economics?.arpa !== undefined) return { value: i.economics.arpa, n: 1 };
  return ratio(sumOf(i, 'mrr'), sumOf(i, 'activeCustomersStart', true));
}

function churnRate(i: MetricInputs): Computed {
  if (i.economics?.monthlyChurn !== undefined) return { value: i.economics.monthlyChurn, n: 1 };
  return ratio(sumOf(i, 'churnedCustomers', true), sumOf(i, 'activeCustomersStart', true));
}

function ltv(i: MetricInputs): Computed {
  const a = i.get('arpa');
  const churn = i.get('churn_rate');
  const margin = i.economics?.grossMargin;
  const unknown = firstNull(a, churn);
  if (unknown) return unknown;
  if (margin === undefined) return missing();
  return lifetimeValue(a.value!, margin, churn.value!, i.economics?.lifetimeCapMonths);
}

function paybackMonths(i: MetricInputs): Computed {
  const cac = i.get('cac');
  const a = i.get('arpa');
  const margin = i.economics?.grossMargin;
  const unknown = firstNull(cac, a);
  if (unknown) return unknown;
  if (margin === undefined) return missing();
  return ratio(cac, { value: a.value! * margin, n: 1 });
}

function salesVelocity(i: MetricInputs): Computed {
  const parts = ['opportunities', 'win_rate', 'avg_ticket', 'sales_cycle_days'].map((id) => i.get(id));
  const unknown = firstNull(...parts);
  if (unknown) return { value: null, reason: unknown.value === null ? unknown.reason : 'missing-input', n: 0 };
  const [opportunities, winRate, ticket, cycle] = parts.map((p) => p.value!) as [number, number, number, number];
  return ratio({ value: opportunities * winRate * ticket, n: opportunities }, { value: cycle, n: parts[3]!.n });
}

/** Lost deals must be known: without them every deal would look won. */
function winRate(i: MetricInputs): Computed {
  const won = i.get('customers');
  const lost = sumOf(i, 'lostDeals', true);
  return firstNull(won, lost) ?? ratio(won, { value: won.value! + lost.value!, n: 0 });
}

/** Failures by their reason's owning team (every kind), and all with a reason the dataset gives a team. */
function failuresByTeam(i: MetricInputs): { marketing: number; sales: number; withReason: number } | undefined {
  if (!i.facts.reasonsKnown) return undefined;
  const counts = { marketing: 0, sales: 0, withReason: 0 };
  for (const [key, n] of i.facts.reasons) {
    const owner = i.owners.get(key.slice(key.indexOf('\u0000') + 1));
    if (!owner) continue;
    counts[owner] += n;
    counts.withReason += n;
  }
  return counts;
}

const failuresOwnedBy = (team: 'marketing' | 'sales') => (i: MetricInputs): Computed => {
  const counts = failuresByTeam(i);
  return counts ? { value: counts[team], n: counts[team] } : missing();
};

function marketingOwnedShare(i: MetricInputs): Computed {
  const counts = failuresByTeam(i);
  return counts ? ratio({ value: counts.marketing, n: counts.marketing }, { value: counts.withReason, n: counts.withReason }) : missing();
}

/** Accepted + rejected: the MQLs sales answered, each counted in the period of its answer. */
const answered = (i: MetricInputs) => sumOfAny(i, ['mqlsAccepted', 'mqlsRejected']);

function undecided(i: MetricInputs): Computed {
  const mqls = i.get('mqls');
  const decided = sumOf(i, 'mqlsDecided', true);
  return firstNull(mqls, decided) ?? { value: mqls.value! - decided.value!, n: mqls.value! };
}

/** Leads stalled in their stage past its maxDays at the end of the period, or at asOf (records only). */
function stalled(i: MetricInputs): Computed {
  if (!i.fromRecords || !i.stallable) return missing();
  const value = i.facts.stalled.reduce((a, b) => a + b, 0);
  return { value, n: value };
}

/** Median (and p90) days in one stage from records, or the rows' mean. */
const stageDays = (stage: number, total: Parameters<typeof sumOf>[1], samples: Parameters<typeof sumOf>[1]) => (i: MetricInputs) =>
  medianOrMean(i.facts.stageDays[stage]!, i.fromRecords, sumOf(i, total), sumOf(i, samples, true));

function roi(i: MetricInputs): Computed {
  const revenue = i.get('revenue');
  const spend = i.get('total_spend');
  if (revenue.value === null) return revenue;
  if (spend.value === null) return spend;
  return ratio({ value: revenue.value - spend.value, n: spend.n }, spend);
}

const DEFINITIONS: Def[] = [
  { id: 'visitors', unit: 'count', polarity: 'up', group: 'marketing', kind: 'performance', formula: 'Σ visitors', additive: true, compute: count('visitors') },
  { id: 'leads', unit: 'count', polarity: 'up', group: 'marketing', kind: 'performance', formula: 'Σ leads', additive: true, compute: count('leads') },
  { id: 'visitor_to_lead', unit: 'rate', polarity: 'up', group: 'marketing', kind: 'performance', formula: 'leads / visitors', compute: over('leads', 'visitors') },
  { id: 'mqls', unit: 'count', polarity: 'up', group: 'marketing', kind: 'result', formula: 'Σ mqls', additive: true, compute: count('mqls') },
  { id: 'lead_to_mql', unit: 'rate', polarity: 'up', group: 'marketing', kind: 'performance', formula: 'mqls / leads', compute: over('mqls', 'leads') },
  { id: 'cpl', unit: 'money', polarity: 'down', group: 'marketing', kind: 'performance', formula: 'marketingSpend / leads', compute: over('marketing_spend', 'leads') },
  { id: 'cost_per_mql', unit: 'money', polarity: 'down', group: 'marketing', kind: 'performance', formula: 'marketingSpend / mqls', compute: over('marketing_spend', 'mqls') },
  { id: 'sqls', unit: 'count', polarity: 'up', group: 'sales', kind: 'performance', formula: 'Σ sqls', additive: true, compute: count('sqls') },
  { id: 'mql_to_sql', unit: 'rate', polarity: 'up', group: 'sales', kind: 'performance', formula: 'sqls / mqls', compute: over('sqls', 'mqls') },
  { id: 'opportunities', unit: 'count', polarity: 'up', group: 'sales', kind: 'performance', formula: 'Σ opportunities', additive: true, compute: count('opportunities') },
  { id: 'sql_to_opportunity', unit: 'rate', polarity: 'up', group: 'sales', kind: 'performance', formula: 'opportunities / sqls', compute: over('opportunities', 'sqls') },
  { id: 'customers', unit: 'count', polarity: 'up', group: 'sales', kind: 'result', formula: 'Σ customers', additive: true, compute: count('customers') },
  { id: 'opportunity_to_customer', unit: 'rate', polarity: 'up', group: 'sales', kind: 'result', formula: 'customers / opportunities', compute: over('customers', 'opportunities') },
  {
    id: 'win_rate', unit: 'rate', polarity: 'up', group: 'sales', kind: 'result', formula: 'customers / (customers + lostDeals)',
    compute: winRate,
  },
  { id: 'revenue', unit: 'money', polarity: 'up', group: 'sales', kind: 'result', formula: 'Σ revenue', additive: true, compute: money('revenue') },
  { id: 'avg_ticket', unit: 'money', polarity: 'up', group: 'sales', kind: 'result', formula: 'revenue / customers', compute: over('revenue', 'customers') },
  {
    id: 'sales_cycle_days', unit: 'days', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of wonAt − createdAt (records) or salesCycleDaysTotal / customers (rows)',
    compute: (i) => medianOrMean(i.facts.cycleDays, i.fromRecords, sumOf(i, 'salesCycleDaysTotal'), sumOf(i, 'customers', true)),
  },
  {
    id: 'response_time_hours', unit: 'hours', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of firstContactAt − mqlAt (records) or responseHoursTotal / mqlsContacted (rows)',
    compute: (i) => medianOrMean(i.facts.responseHours, i.fromRecords, sumOf(i, 'responseHoursTotal'), sumOf(i, 'mqlsContacted', true)),
  },
  { id: 'sales_sla_rate', unit: 'rate', polarity: 'up', group: 'sales', kind: 'performance', formula: 'mqlsContactedInSla / mqls', compute: (i) => ratio(sumOf(i, 'mqlsContactedInSla', true), i.get('mqls')) },
  { id: 'sales_velocity', unit: 'moneyPerDay', polarity: 'up', group: 'sales', kind: 'performance', formula: 'opportunities × win_rate × avg_ticket / sales_cycle_days', compute: salesVelocity },
  { id: 'lead_to_customer', unit: 'rate', polarity: 'up', group: 'shared', kind: 'result', formula: 'customers / leads', compute: over('customers', 'leads') },
  { id: 'visitor_to_customer', unit: 'rate', polarity: 'up', group: 'shared', kind: 'result', formula: 'customers / visitors', compute: over('customers', 'visitors') },
  { id: 'mql_to_customer', unit: 'rate', polarity: 'up', group: 'shared', kind: 'result', formula: 'customers / mqls', compute: over('customers', 'mqls') },
  { id: 'marketing_spend', unit: 'money', polarity: 'down', group: 'economics', kind: 'performance', formula: 'Σ marketingSpend', additive: true, compute: money('marketingSpend') },
  { id: 'sales_spend', unit: 'money', polarity: 'down', group: 'economics', kind: 'performance', formula: 'Σ salesSpend', additive: true, compute: money('salesSpend') },
  { id: 'total_spend', unit: 'money', polarity: 'down', group: 'economics', kind: 'performance', formula: 'Σ marketingSpend + Σ salesSpend', additive: true, compute: (i) => sumOfAny(i, ['marketingSpend', 'salesSpend']) },
  { id: 'cac', unit: 'money', polarity: 'down', group: 'economics', kind: 'result', formula: '(marketingSpend + salesSpend) / customers', compute: over('total_spend', 'customers') },
  { id: 'marketing_cac', unit: 'money', polarity: 'down', group: 'economics', kind: 'result', formula: 'marketingSpend / customers', compute: over('marketing_spend', 'customers') },
  { id: 'arpa', unit: 'money', polarity: 'up', group: 'economics', kind: 'result', formula: 'economics.arpa, else mrr / activeCustomersStart', compute: arpa },
  { id: 'churn_rate', unit: 'rate', polarity: 'down', group: 'economics', kind: 'result', formula: 'economics.monthlyChurn, else churnedCustomers / activeCustomersStart', compute: churnRate },
  { id: 'ltv', unit: 'money', polarity: 'up', group: 'economics', kind: 'result', formula: 'arpa × grossMargin / churn_rate (lifetime capped at lifetimeCapMonths)', compute: ltv },
  { id: 'ltv_to_cac', unit: 'ratio', polarity: 'up', group: 'economics', kind: 'result', formula: 'ltv / cac', compute: over('ltv', 'cac') },
  { id: 'cac_payback_months', unit: 'months', polarity: 'down', group: 'economics', kind: 'result', formula: 'cac / (arpa × grossMargin)', compute: paybackMonths },
  { id: 'roi', unit: 'rate', polarity: 'up', group: 'economics', kind: 'result', formula: '(revenue − total_spend) / total_spend', compute: roi },
  // The handoff ledger: the demand waterfall's accept / reject step (SiriusDecisions), and where failures point.
  { id: 'sales_acceptance_rate', unit: 'rate', polarity: 'up', group: 'shared', kind: 'performance', formula: 'mqlsAccepted / (mqlsAccepted + mqlsRejected)', compute: (i) => ratio(sumOf(i, 'mqlsAccepted', true), answered(i)) },
  { id: 'mql_rejection_rate', unit: 'rate', polarity: 'down', group: 'shared', kind: 'performance', formula: 'mqlsRejected / (mqlsAccepted + mqlsRejected)', compute: (i) => ratio(sumOf(i, 'mqlsRejected', true), answered(i)) },
  { id: 'mqls_undecided', unit: 'count', polarity: 'down', group: 'sales', kind: 'performance', formula: 'mqls − mqlsDecided (the period\'s MQLs with no decision by its end, or by asOf)', compute: undecided },
  {
    id: 'decision_time_hours', unit: 'hours', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of (acceptedAt or rejectedAt) − mqlAt (records) or decisionHoursTotal / mqlsDecided (rows)',
    compute: (i) => medianOrMean(i.facts.decisionHours, i.fromRecords, sumOf(i, 'decisionHoursTotal'), sumOf(i, 'mqlsDecided', true)),
  },
  { id: 'acceptance_sla_rate', unit: 'rate', polarity: 'up', group: 'sales', kind: 'performance', formula: 'mqlsDecidedInSla / mqls', compute: (i) => ratio(sumOf(i, 'mqlsDecidedInSla', true), i.get('mqls')) },
  { id: 'disqualified_leads', unit: 'count', polarity: 'down', group: 'sales', kind: 'result', formula: 'Σ leadsDisqualified', additive: true, compute: count('leadsDisqualified') },
  { id: 'recycled_leads', unit: 'count', polarity: 'up', group: 'marketing', kind: 'result', formula: 'Σ leadsRecycled', additive: true, compute: count('leadsRecycled') },
  { id: 'failures_marketing_owned', unit: 'count', polarity: 'down', group: 'shared', kind: 'result', formula: 'failures (rejected, disqualified, lost) whose reason\'s owner is marketing', additive: true, compute: failuresOwnedBy('marketing') },
  { id: 'failures_sales_owned', unit: 'count', polarity: 'down', group: 'shared', kind: 'result', formula: 'failures (rejected, disqualified, lost) whose reason\'s owner is sales', additive: true, compute: failuresOwnedBy('sales') },
  { id: 'marketing_owned_failure_share', unit: 'rate', polarity: 'down', group: 'shared', kind: 'result', formula: 'failures_marketing_owned / failures with a reason', compute: marketingOwnedShare },
  { id: 'days_lead_to_mql', unit: 'days', polarity: 'down', group: 'marketing', kind: 'performance', formula: 'median of mqlAt − createdAt (records) or leadToMqlDaysTotal / leadToMqlSamples (rows)', compute: stageDays(0, 'leadToMqlDaysTotal', 'leadToMqlSamples') },
  { id: 'days_mql_to_sql', unit: 'days', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of sqlAt − mqlAt (records) or mqlToSqlDaysTotal / mqlToSqlSamples (rows)', compute: stageDays(1, 'mqlToSqlDaysTotal', 'mqlToSqlSamples') },
  { id: 'days_sql_to_opportunity', unit: 'days', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of opportunityAt − sqlAt (records) or sqlToOpportunityDaysTotal / sqlToOpportunitySamples (rows)', compute: stageDays(2, 'sqlToOpportunityDaysTotal', 'sqlToOpportunitySamples') },
  { id: 'days_opportunity_to_customer', unit: 'days', polarity: 'down', group: 'sales', kind: 'performance', formula: 'median of wonAt − opportunityAt (records) or opportunityToCustomerDaysTotal / opportunityToCustomerSamples (rows)', compute: stageDays(3, 'opportunityToCustomerDaysTotal', 'opportunityToCustomerSamples') },
  { id: 'stalled_leads', unit: 'count', polarity: 'down', group: 'shared', kind: 'performance', formula: 'leads waiting in a stage past its maxDays at the end of the period, or at asOf (records)', compute: stalled },
];

const LABELS: Record<string, Localized> = {
  visitors: label('Visitors', 'Visitantes', 'Visitantes'),
  leads: label('Leads', 'Leads', 'Leads'),
  visitor_to_lead: label('Visitor-to-lead rate', 'Conversão visitante → lead', 'Conversión visitante → lead'),
  mqls: label('MQLs', 'MQLs', 'MQLs'),
  lead_to_mql: label('Lead-to-MQL rate', 'Conversão lead → MQL', 'Conversión lead → MQL'),
  cpl: label('Cost per lead', 'Custo por lead', 'Costo por lead'),
  cost_per_mql: label('Cost per MQL', 'Custo por MQL', 'Costo por MQL'),
  sqls: label('SQLs', 'SQLs', 'SQLs'),
  mql_to_sql: label('MQL-to-SQL rate', 'Conversão MQL → SQL', 'Conversión MQL → SQL'),
  opportunities: label('Opportunities', 'Oportunidades', 'Oportunidades'),
  sql_to_opportunity: label('SQL-to-opportunity rate', 'Conversão SQL → oportunidade', 'Conversión SQL → oportunidad'),
  customers: label('New customers', 'Novos clientes', 'Nuevos clientes'),
  opportunity_to_customer: label('Opportunity-to-customer rate', 'Conversão oportunidade → cliente', 'Conversión oportunidad → cliente'),
  win_rate: label('Win rate', 'Taxa de ganho', 'Tasa de cierre'),
  revenue: label('New revenue', 'Receita nova', 'Ingresos nuevos'),
  avg_ticket: label('Average ticket', 'Ticket médio', 'Ticket promedio'),
  sales_cycle_days: label('Sales cycle', 'Ciclo de vendas', 'Ciclo de ventas'),
  response_time_hours: label('Lead response time', 'Tempo de resposta ao lead', 'Tiempo de respuesta al lead'),
  sales_sla_rate: label('MQLs contacted within SLA', 'MQLs contatados no SLA', 'MQLs contactados en el SLA'),
  sales_velocity: label('Sales velocity', 'Velocidade de vendas', 'Velocidad de ventas'),
  lead_to_customer: label('Lead-to-customer rate', 'Conversão lead → cliente', 'Conversión lead → cliente'),
  visitor_to_customer: label('Visitor-to-customer rate', 'Conversão visitante → cliente', 'Conversión visitante → cliente'),
  mql_to_customer: label('MQL-to-customer rate', 'Conversão MQL → cliente', 'Conversión MQL → cliente'),
  marketing_spend: label('Marketing spend', 'Investimento em marketing', 'Inversión en marketing'),
  sales_spend: label('Sales spend', 'Investimento em vendas', 'Inversión en ventas'),
  total_spend: label('Total spend', 'Investimento total', 'Inversión total'),
  cac: label('CAC', 'CAC', 'CAC'),
  marketing_cac: label('Marketing CAC', 'CAC de marketing', 'CAC de marketing'),
  arpa: label('ARPA', 'Receita média por conta (ARPA)', 'Ingreso medio por cuenta (ARPA)'),
  churn_rate: label('Monthly churn', 'Churn mensal', 'Churn mensual'),
  ltv: label('LTV', 'LTV', 'LTV'),
  ltv_to_cac: label('LTV:CAC', 'LTV:CAC', 'LTV:CAC'),
  cac_payback_months: label('CAC payback', 'Payback do CAC', 'Recuperación del CAC'),
  roi: label('ROI', 'ROI', 'ROI'),
  sales_acceptance_rate: label('Sales acceptance rate', 'Taxa de aceite de vendas', 'Tasa de aceptación de ventas'),
  mql_rejection_rate: label('MQL rejection rate', 'Taxa de rejeição de MQLs', 'Tasa de rechazo de MQLs'),
  mqls_undecided: label('MQLs awaiting a decision', 'MQLs sem decisão', 'MQLs sin decisión'),
  decision_time_hours: label('Time to accept or reject', 'Tempo para aceitar ou rejeitar', 'Tiempo para aceptar o rechazar'),
  acceptance_sla_rate: label('MQLs decided within SLA', 'MQLs decididos no SLA', 'MQLs decididos en el SLA'),
  disqualified_leads: label('Disqualified leads', 'Leads desqualificados', 'Leads descalificados'),
  recycled_leads: label('Recycled leads', 'Leads reciclados', 'Leads reciclados'),
  failures_marketing_owned: label("Failures marketing owns", 'Falhas atribuídas a marketing', 'Fallos atribuidos a marketing'),
  failures_sales_owned: label("Failures sales owns", 'Falhas atribuídas a vendas', 'Fallos atribuidos a ventas'),
  marketing_owned_failure_share: label("Share of failures marketing owns", 'Parcela das falhas de marketing', 'Proporción de fallos de marketing'),
  days_lead_to_mql: label('Days from lead to MQL', 'Dias de lead a MQL', 'Días de lead a MQL'),
  days_mql_to_sql: label('Days from MQL to SQL', 'Dias de MQL a SQL', 'Días de MQL a SQL'),
  days_sql_to_opportunity: label('Days from SQL to opportunity', 'Dias de SQL a oportunidade', 'Días de SQL a oportunidad'),
  days_opportunity_to_customer: label('Days from opportunity to customer', 'Dias de oportunidade a cliente', 'Días de oportunidad a cliente'),
  stalled_leads: label('Stalled leads', 'Leads parados', 'Leads estancados'),
};

/** The built-in metrics, in catalogue order. */
export const CATALOGUE: readonly MetricDefinition[] = DEFINITIONS.map((def) => ({ ...def, additive: def.additive ?? false, label: LABELS[def.id]! }));
