// The facts of the data contract (README, "The data contract"). One list each; everything else derives.

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
] as const;

/** Additive money facts, in the dataset's currency. */
export const MONEY_FACTS = ['revenue', 'marketingSpend', 'salesSpend', 'mrr', 'expansionRevenue'] as const;

/** Additive sums from which means are derived. */
export const TOTAL_FACTS = ['responseHoursTotal', 'salesCycleDaysTotal'] as const;

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
] as const satisfies readonly Fact[];

/** The funnel stages that lead records carry, in order (visitors come from rows only). */
export const STAGES = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABEL_KEYS = ['visitors', ...STAGES] as const;
export type StageLabelKey = (typeof STAGE_LABEL_KEYS)[number];

export const LEAD_TIMESTAMPS = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt'] as const;
export type LeadTimestamp = (typeof LEAD_TIMESTAMPS)[number];
