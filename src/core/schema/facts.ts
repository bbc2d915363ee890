// The facts of the data contract (README, "The data contract"). One list each; everything else derives.

/**
 * The handoff ledger's counts (README, "The handoff ledger"): sales' answer to each MQL, what
 * became of leads, and how many moved on from each stage (for the means rows give).
 */
const LEDGER_COUNTS = ['mqlsAccepted', 'mqlsRejected', 'mqlsDecided', 'mqlsDecidedInSla', 'leadsDisqualified', 'leadsRecycled', 'leadToMqlSamples', 'mqlToSqlSamples', 'sqlToOpportunitySamples', 'opportunityToCustomerSamples'] as const;
/** The ledger's sums: hours to a decision, days in each stage. */
const LEDGER_TOTALS = ['decisionHoursTotal', 'leadToMqlDaysTotal', 'mqlToSqlDaysTotal', 'sqlToOpportunityDaysTotal', 'opportunityToCustomerDaysTotal'] as const;

/** Additive integer facts of a summary row. */
export const COUNT_FACTS = [
  'visitors',
  'leads',
  'mqls',
  'sqls',
  'opportunities',
  'customers',
  'lostDeals',
  'mqlsContacted',
  'mqlsContactedInSla',
  'activeCustomersStart',
  'churnedCustomers',
  ...LEDGER_COUNTS,
] as const;

/** Additive money facts, in the dataset's currency. */
export const MONEY_FACTS = ['revenue', 'marketingSpend', 'salesSpend', 'mrr', 'expansionRevenue'] as const;

/** Additive sums from which means are derived. */
export const TOTAL_FACTS = ['responseHoursTotal', 'salesCycleDaysTotal', ...LEDGER_TOTALS] as const;

export const FACTS = [...COUNT_FACTS, ...MONEY_FACTS, ...TOTAL_FACTS] as const;
export type Fact = (typeof FACTS)[number];

/**
 * Levels rather than flows: a row's stock is the same whatever part of its period has
 * passed, so a running period counts it with the share of its days elapsed (README, "The data contract").
 */
export const STOCK_FACTS = ['mrr', 'activeCustomersStart'] as const satisfies readonly Fact[];

/** Facts that come from lead records when the dataset has them (a row must not repeat them). */
export const RECORD_FACTS = [
  'leads',
  'mqls',
  'sqls',
  'opportunities',
  'customers',
  'lostDeals',
  'revenue',
  'mqlsContacted',
  'mqlsContactedInSla',
  'responseHoursTotal',
  'salesCycleDaysTotal',
  ...LEDGER_COUNTS,
  ...LEDGER_TOTALS,
] as const satisfies readonly Fact[];

/** Time in a stage: from one stage's timestamp to the next one's, and the facts that sum it. */
export const STAGE_TIMES = [
  { id: 'days_lead_to_mql', from: 'createdAt', to: 'mqlAt', total: 'leadToMqlDaysTotal', samples: 'leadToMqlSamples' },
  { id: 'days_mql_to_sql', from: 'mqlAt', to: 'sqlAt', total: 'mqlToSqlDaysTotal', samples: 'mqlToSqlSamples' },
  { id: 'days_sql_to_opportunity', from: 'sqlAt', to: 'opportunityAt', total: 'sqlToOpportunityDaysTotal', samples: 'sqlToOpportunitySamples' },
  { id: 'days_opportunity_to_customer', from: 'opportunityAt', to: 'wonAt', total: 'opportunityToCustomerDaysTotal', samples: 'opportunityToCustomerSamples' },
] as const;

/** How a lead failed: sales rejected the MQL, or ruled the lead out, or the deal was lost. */
export const FAILURE_KINDS = ['rejected', 'disqualified', 'lost'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** The teams a stage or a failure's reason belongs to. */
export const TEAMS = ['marketing', 'sales'] as const;
export type Team = (typeof TEAMS)[number];

/** The funnel stages that lead records carry, in order (visitors come from rows only). */
export const STAGES = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABEL_KEYS = ['visitors', ...STAGES] as const;
export type StageLabelKey = (typeof STAGE_LABEL_KEYS)[number];

export const LEAD_TIMESTAMPS = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'acceptedAt', 'rejectedAt', 'disqualifiedAt', 'recycledAt'] as const;
export type LeadTimestamp = (typeof LEAD_TIMESTAMPS)[number];
