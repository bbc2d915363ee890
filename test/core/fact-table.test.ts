import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { adoptFactTable, availablePeriods, computeMetrics, factTable, packCells, parseDataset, parsePeriod, periodIndexes, primeRecordColumns, unpackCells, selectFacts, UNATTRIBUTED, windowTable, type Dataset, type FactTable } from '../../src/core/index.js';
import { recordColumns } from '../../src/core/aggregate/columns.js';
import { selectChannels } from '../../src/core/aggregate/select.js';
import { firstViewTables } from '../../src/core/metrics/first-view.js';
import { dataset } from './fixtures.js';

// A fact table built in the page's records worker reaches the page by structured clone
// (Maps, Sets and arrays survive; classes do not): adopted, it must serve the same numbers.

describe('a fact table built elsewhere', () => {
  it('serves, once adopted, the numbers the dataset gives when it builds its own', () => {
    const result = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
    assert.ok(result.ok);
    const built = factTable(result.dataset, result.dataset.granularity, 'period');
    const copy: Dataset = { ...result.dataset };
    const cloned = structuredClone(built);
    adoptFactTable(copy, cloned);
    assert.equal(factTable(copy, copy.granularity, 'period'), cloned, 'the adopted table is the memoised one: nothing is aggregated again');
    for (const period of availablePeriods(result.dataset).slice(-4)) {
      assert.deepEqual(computeMetrics(copy, { period }).metrics, computeMetrics(result.dataset, { period }).metrics, period);
    }
  });
});

describe("the first view's tables, built where the records are", () => {
  // What the records worker does: validate, keep the records as columns, build the first
  // view's tables, and send them by structured clone to a dataset object of the page's own.
  function overTheWire(json: unknown): { page: Dataset; tables: FactTable[] } {
    const result = parseDataset(json);
    assert.ok(result.ok);
    const { leads, ...rest } = result.dataset;
    const tables = structuredClone(firstViewTables(result.dataset));
    const page: Dataset = { ...rest };
    if (leads) {
      page.leads = new Array(leads.length) as Dataset['leads'] & object;
      primeRecordColumns(page.leads, structuredClone(recordColumns(leads)));
    }
    for (const table of tables) adoptFactTable(page, table);
    return { page, tables };
  }
  const demo = () => JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('include, while the period runs, the previous period to the same day: the page computes the metrics it would alone, aggregating nothing', () => {
    // The demo's March runs (asOf 2026-03-18): February is compared through its day 18.
    const { page, tables } = overTheWire(demo());
    const alone = parseDataset(demo());
    assert.ok(alone.ok);
    assert.equal(tables.length, 2);
    const [periods, window] = tables as [FactTable, FactTable];
    assert.deepEqual(window.window, { startDay: parsePeriod('2026-02')!.startDay, endDay: parsePeriod('2026-02')!.startDay + 18 });
    const result = computeMetrics(page);
    assert.deepEqual(result, computeMetrics(alone.dataset));
    assert.equal(result.metrics.mqls!.previous!.basis, 'to-date');
    // The tables the page read are the ones that came: none was built again from the records.
    assert.equal(factTable(page, 'month', 'period'), periods);
    assert.equal(windowTable(page, window.window!, 'period'), window);
  });

  it('are the period alone when it is over, and numbers as exact for summary rows without records', () => {
    const closed = { ...demo(), asOf: '2026-03-31' };
    const { page, tables } = overTheWire(closed);
    assert.equal(tables.length, 1);
    const alone = parseDataset(closed);
    assert.ok(alone.ok);
    assert.deepEqual(computeMetrics(page), computeMetrics(alone.dataset));
    // Rows only, the month running: the previous month's rows counted with their share of days (prorated).
    const rowsOnly = { ...demo(), leads: undefined };
    const fromRows = overTheWire(rowsOnly);
    assert.equal(fromRows.tables.length, 2);
    const rowsAlone = parseDataset(rowsOnly);
    assert.ok(rowsAlone.ok);
    const result = computeMetrics(fromRows.page);
    assert.deepEqual(result, computeMetrics(rowsAlone.dataset));
    assert.equal(result.metrics.visitors!.previous!.basis, 'prorated');
  });
});

describe('selecting from a fact table', () => {
  // Channel a's March lead comes before its January one, and the unattributed lead sits in February.
  const d = dataset({
    version: 1,
    leads: [
      { id: 1, channel: 'a', createdAt: '2026-03-05T00:00:00Z' },
      { id: 2, channel: 'a', createdAt: '2026-01-05T00:00:00Z' },
      { id: 3, channel: 'b', createdAt: '2026-02-05T00:00:00Z' },
      { id: 4, createdAt: '2026-02-06T00:00:00Z' },
    ],
  });
  const table = factTable(d, 'month', 'period');
  const [jan, feb, mar] = ['2026-01', '2026-02', '2026-03'].map((key) => parsePeriod(key)!.index);

  it('lists the periods with facts in ascending order, whatever order the records came in', () => {
    assert.deepEqual(periodIndexes(table), [jan, feb, mar]);
    assert.deepEqual(availablePeriods(d), ['2026-01', '2026-02', '2026-03']);
  });

  it('counts unattributed facts in the all-channels view only: as a channel, "" selects nothing', () => {
    assert.equal(selectFacts(table, feb!).sums.leads, 2);
    assert.equal(selectFacts(table, feb!, UNATTRIBUTED).sums.leads, 0);
    assert.equal(selectFacts(table, feb!, 'b').sums.leads, 1);
  });

  it('sums a set of channels, where a channel without facts in the period, or unknown, adds nothing', () => {
    assert.equal(selectChannels(table, mar!, ['a', 'b', 'nowhere']).sums.leads, 1);
    assert.equal(selectChannels(table, jan!, ['b', 'nowhere']).sums.leads, 0);
  });
});

describe('the n of a sum', () => {
  it('is the number of rows it summed', () => {
    const d = dataset({
      version: 1,
      currency: 'USD',
      rows: [
        { period: '2026-03', channel: 'a', marketingSpend: 500 },
        { period: '2026-03', channel: 'b', marketingSpend: 250 },
        { period: '2026-03', salesSpend: 750 },
        { period: '2026-02', channel: 'a', marketingSpend: 400 },
      ],
    });
    assert.deepEqual([computeMetrics(d, { period: '2026-03' }).metrics.total_spend!.value, computeMetrics(d, { period: '2026-03' }).metrics.total_spend!.n], [1500, 3]);
    assert.equal(computeMetrics(d, { period: '2026-03', channel: 'a' }).metrics.total_spend!.n, 1);
  });
});

describe('cells packed for the trip from the worker', () => {
  it('come back exactly: every sum, known and prorated fact, sample in its order, stall, reason and hit', () => {
    const result = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
    assert.ok(result.ok);
    // Records (samples, reasons, stalls) and a running month's window (prorated rows).
    for (const table of firstViewTables(result.dataset)) {
      const entries = [...table.cells];
      const back = unpackCells(structuredClone(packCells(entries)));
      assert.deepEqual(back.map(([member]) => member), entries.map(([member]) => member));
      back.forEach(([member, cells], m) => {
        const [, original] = entries[m]!;
        assert.deepEqual([...cells.entries()], [...original.entries()], member);
      });
      assert.ok(entries.some(([, cells]) => [...cells.entries()].some(([, cell]) => cell.reasons.size > 0 && cell.responseHours.length > 0)));
    }
    const window = firstViewTables(result.dataset)[1]!;
    assert.ok([...window.cells.values()].some((cells) => cells.get(0)!.prorated.size > 0), 'a window with prorated facts');
  });
});
