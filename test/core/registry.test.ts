import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMetrics, computeMetrics, getMetric, isMetricId, parseDataset, registerMetric, type MetricDefinition } from '../../src/core/index.js';
import { handDataset } from './fixtures.js';

// A metric of the caller's own (README: "Register a metric of your own"). It lives in this
// file alone: the registry is the process's, and each test file is its own process.

const MQL_TO_OPPORTUNITY: MetricDefinition = {
  id: 'mql_to_opportunity',
  label: { en: 'MQL-to-opportunity rate', 'pt-BR': 'Conversão MQL → oportunidade', es: 'Conversión MQL → oportunidad' },
  unit: 'rate',
  polarity: 'up',
  group: 'shared',
  kind: 'result',
  formula: 'opportunities / mqls',
  additive: false,
  compute: (i) => {
    const opportunities = i.get('opportunities');
    const mqls = i.get('mqls');
    if (opportunities.value === null) return opportunities;
    if (mqls.value === null || mqls.value === 0) return { value: null, reason: 'zero-denominator', n: 0 };
    return { value: opportunities.value / mqls.value, n: mqls.value };
  },
};

describe('a metric of your own', () => {
  const builtIn = allMetrics().length;
  registerMetric(MQL_TO_OPPORTUNITY);

  it('is computed with the built-in ones, from the same facts (March of the hand company: 4 opportunities from 3 MQLs)', () => {
    const { metrics } = computeMetrics(handDataset(), { period: '2026-03' });
    assert.deepEqual({ value: metrics.mql_to_opportunity!.value, n: metrics.mql_to_opportunity!.n }, { value: 4 / 3, n: 3 });
    assert.equal(metrics.mql_to_opportunity!.unit, 'rate');
  });

  it('is known by id, listed after the built-in ones, and may be given a target', () => {
    assert.equal(getMetric('mql_to_opportunity'), MQL_TO_OPPORTUNITY);
    assert.equal(isMetricId('mql_to_opportunity'), true);
    assert.equal(isMetricId('mql_to_nothing'), false);
    assert.equal(allMetrics().length, builtIn + 1);
    assert.equal(allMetrics().at(-1), MQL_TO_OPPORTUNITY);
    assert.equal(allMetrics()[0]!.id, 'visitors');
    assert.equal(parseDataset({ version: 1, targets: [{ metric: 'mql_to_opportunity', period: '2026-03', value: 1 }] }).ok, true);
  });

  it('needs a snake_case id, all of it, that no metric has yet', () => {
    for (const id of ['MQL_rate', 'mql-rate', '1st_rate', '_rate', 'rate!', ' rate', 'rate ', '']) {
      assert.throws(() => registerMetric({ ...MQL_TO_OPPORTUNITY, id }), { name: 'TypeError', message: `metric id "${id}" must be snake_case` }, JSON.stringify(id));
    }
    for (const id of ['cac', 'mql_to_opportunity']) {
      assert.throws(() => registerMetric({ ...MQL_TO_OPPORTUNITY, id }), { name: 'TypeError', message: `metric "${id}" is already registered` }, id);
    }
    assert.equal(allMetrics().length, builtIn + 1, 'nothing refused was registered');
  });
});
