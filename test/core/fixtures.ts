import { parseDataset, type Dataset, type DatasetInput } from '../../src/core/index.js';

/** Parses a dataset that a test expects to be valid, failing loudly otherwise. */
export function dataset(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

/**
 * A small company whose every metric for 2026-03 is worked out by hand in metrics.test.ts.
 * L6 was created in February but moves through March; L4 skips the MQL stage; L5 has no channel.
 */
export const HAND_LEADS: NonNullable<DatasetInput['leads']> = [
  { id: 'L1', channel: 'a', createdAt: '2026-03-02T10:00:00Z', mqlAt: '2026-03-03T10:00:00Z', firstContactAt: '2026-03-03T12:00:00Z', sqlAt: '2026-03-05T10:00:00Z', opportunityAt: '2026-03-10T10:00:00Z', wonAt: '2026-03-20T10:00:00Z', amount: 1000 },
  { id: 'L2', channel: 'a', createdAt: '2026-03-04T00:00:00Z', mqlAt: '2026-03-04T06:00:00Z', firstContactAt: '2026-03-04T05:00:00Z', sqlAt: '2026-03-06T00:00:00Z', opportunityAt: '2026-03-12T00:00:00Z', lostAt: '2026-03-25T00:00:00Z' },
  { id: 'L3', channel: 'b', createdAt: '2026-03-05T00:00:00Z', mqlAt: '2026-03-06T00:00:00Z', firstContactAt: '2026-03-07T06:00:00Z' },
  { id: 'L4', channel: 'b', createdAt: '2026-03-10T00:00:00Z', sqlAt: '2026-03-12T00:00:00Z', opportunityAt: '2026-03-15T00:00:00Z', wonAt: '2026-03-31T23:00:00Z', amount: 3000 },
  { id: 'L5', createdAt: '2026-03-15T00:00:00Z' },
  { id: 'L6', channel: 'a', createdAt: '2026-02-20T00:00:00Z', mqlAt: '2026-02-25T00:00:00Z', sqlAt: '2026-03-01T00:00:00Z', opportunityAt: '2026-03-03T00:00:00Z', wonAt: '2026-03-08T00:00:00Z', amount: 2000 },
  { id: 'L7', channel: 'b', createdAt: '2026-02-10T00:00:00Z', mqlAt: '2026-02-11T00:00:00Z', firstContactAt: '2026-02-11T01:00:00Z' },
];

export const HAND_ROWS: NonNullable<DatasetInput['rows']> = [
  { period: '2026-02', channel: 'a', visitors: 800, marketingSpend: 400 },
  { period: '2026-02', channel: 'b', visitors: 400, marketingSpend: 200 },
  { period: '2026-02', salesSpend: 600, mrr: 9000, activeCustomersStart: 90, churnedCustomers: 3 },
  { period: '2026-03', channel: 'a', visitors: 1000, marketingSpend: 500 },
  { period: '2026-03', channel: 'b', visitors: 500, marketingSpend: 250 },
  { period: '2026-03', salesSpend: 750, mrr: 10000, activeCustomersStart: 100, churnedCustomers: 2 },
];

export const handDataset = (extra: Partial<DatasetInput> = {}): Dataset =>
  dataset({ version: 1, currency: 'USD', rows: HAND_ROWS, leads: HAND_LEADS, economics: { grossMargin: 0.8 }, ...extra });

/** The same March as summary rows: what a warehouse export would carry. */
export const handRowsDataset = (extra: Partial<DatasetInput> = {}): Dataset =>
  dataset({
    version: 1,
    currency: 'USD',
    economics: { grossMargin: 0.8 },
    rows: [
      ...HAND_ROWS,
      { period: '2026-03', channel: 'a', leads: 2, mqls: 2, sqls: 3, opportunities: 3, customers: 2, lostDeals: 1, revenue: 3000, mqlsContacted: 2, mqlsContactedInSla: 2, responseHoursTotal: 2, salesCycleDaysTotal: 34 },
      { period: '2026-03', channel: 'b', leads: 2, mqls: 1, sqls: 1, opportunities: 1, customers: 1, lostDeals: 0, revenue: 3000, mqlsContacted: 1, mqlsContactedInSla: 0, responseHoursTotal: 30, salesCycleDaysTotal: 21.9583 },
      { period: '2026-03', leads: 1 },
    ],
    ...extra,
  });
