import { computeMetrics } from '../metrics/compute.js';
import { checkDataset } from './check-dataset.js';
import type { Dataset } from '../schema/dataset.js';
import { isTimeZone } from '../time/zone.js';

// A page's first validation and first metrics cost several times the next ones: the engine
// compiles the core's functions, and the browser loads its time-zone data, each on first use
// (about 50 ms on the demo's dashboard). Elements run
// this small dataset through both while their own data is still on its way, so none of that
// falls between the data's arrival and the first numbers on screen. Together they are one
// long task (87-223 ms on a page), so they come as steps a page runs in a task each.

const SAMPLE = {
  version: 1,
  currency: 'USD',
  timezone: 'America/New_York',
  granularity: 'month',
  asOf: '2026-02-20',
  stageLabels: { sqls: 'SALs' },
  economics: { grossMargin: 0.8, lifetimeCapMonths: 60 },
  targets: [{ metric: 'mqls', period: '2026-02', value: 10 }],
  slas: [
    { id: 'volume', owner: 'marketing', label: 'MQLs a month', type: 'volume', metric: 'mqls', target: 10, warnAt: 0.9 },
    { id: 'response', owner: 'sales', label: 'MQLs contacted within 4 hours', type: 'response', withinHours: 4, target: 0.8, warnAt: 0.9 },
  ],
  benchmarks: [{ metric: 'ltv_to_cac', value: 3, comparator: '>=', source: { name: 'Rule of thumb', kind: 'primary' } }],
  rows: [{ period: '2026-01', channel: 'search', visitors: 1000, marketingSpend: 500 }, { period: '2026-02', channel: 'search', visitors: 1200, marketingSpend: 600 }],
  leads: [
    { id: 'a', createdAt: '2026-01-10T10:00:00-05:00', channel: 'search', mqlAt: '2026-01-11T10:00:00-05:00', firstContactAt: '2026-01-11T12:00:00-05:00', sqlAt: '2026-01-12T10:00:00-05:00', opportunityAt: '2026-01-20T10:00:00-05:00', wonAt: '2026-02-03T10:00:00-05:00', amount: 1000 },
    { id: 'b', createdAt: '2026-02-02T10:00:00-05:00', channel: 'search', mqlAt: '2026-02-03T10:00:00-05:00', lostAt: '2026-02-10T10:00:00-05:00' },
  ],
};

/**
 * The warm-up as steps, each short enough for a task of its own: the zone data (the
 * browser loads it on the first zone asked, 40-50 ms), the first check, the first
 * metrics. `done` receives the checked sample (undefined if it failed).
 */
export function warmUpSteps(done?: (dataset: Dataset | undefined) => void): Array<() => void> {
  let dataset: Dataset | undefined;
  return [
    () => void isTimeZone(SAMPLE.timezone),
    () => {
      dataset = checkDataset(SAMPLE);
    },
    () => {
      if (dataset) computeMetrics(dataset);
      done?.(dataset);
    },
  ];
}

/** The whole warm-up at once (a check and the metrics of a small dataset with every part of the contract); returns the dataset. */
export function warmUp(): Dataset | undefined {
  let dataset: Dataset | undefined;
  for (const step of warmUpSteps((d) => (dataset = d))) step();
  return dataset;
}
