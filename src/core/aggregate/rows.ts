import type { SummaryRow } from '../schema/dataset.js';
import { FACTS, STOCK_FACTS, type Fact } from '../schema/facts.js';
import { containsPeriod, parsePeriod, periodFromIndex, periodIndexOfDay, type Granularity, type Period } from '../time/period.js';
import { reasonKey } from './cell.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';
import { memberOf, rowMatches } from './view.js';

/** How much of a row counts: flows and stocks apart (a running row's flows are to date, its stocks levels). */
export interface RowShare {
  flow: number;
  stock: number;
}

/** Where rows go and how much of each counts. */
export interface RowPlacement {
  /** The cell index of a row's period, or undefined when it does not fit (counted, not guessed at). */
  indexOf(period: Period): number | undefined;
  /** The shares of a row's facts that count, in [0, 1]; a row with nothing to count is skipped. */
  shareOf(period: Period): RowShare;
}

/** The index at `granularity` of the period holding `period`, if it nests in one. */
export function rollUpIndex(period: Period, granularity: Granularity): number | undefined {
  if (period.granularity === granularity) return period.index;
  const outer = periodFromIndex(granularity, periodIndexOfDay(granularity, period.startDay));
  return containsPeriod(outer, period) ? outer.index : undefined;
}

/** Per fact, in FACTS order: is it a stock? Looked up once, not per row and fact. */
const IS_STOCK = FACTS.map((fact) => (STOCK_FACTS as readonly Fact[]).includes(fact));

/** Adds the summary rows of the builder's view to its table, each placed and weighted by `placement`. */
export function addRows(builder: TableBuilder, rows: readonly SummaryRow[], placement: RowPlacement): void {
  const places = new Map<string, { index: number | undefined; share: RowShare }>();
  const { where, split } = builder.table;
  const filtered = Object.keys(where).length > 0;
  for (const row of rows) {
    if (filtered && !rowMatches(row, where)) continue;
    let place = places.get(row.period);
    if (!place) {
      const period = parsePeriod(row.period);
      place = period ? { index: placement.indexOf(period), share: placement.shareOf(period) } : { index: undefined, share: { flow: 0, stock: 0 } };
      places.set(row.period, place);
    }
    const { index, share } = place;
    // Every member the view's data names is known to the table, counted here or not (quiet is not unknown).
    const member = builder.member(memberOf(row, split) ?? UNATTRIBUTED);
    if (index === undefined) {
      builder.table.unmappedRows++;
      continue;
    }
    if (share.flow === 0 && share.stock === 0) continue;
    const cell = builder.cell(member, index);
    cell.hits++;
    // Failures by reason: a row says how many, not of which kind.
    if (row.reasons) {
      cell.reasonsKnown = true;
      for (const code of Object.keys(row.reasons)) {
        const key = reasonKey('any', code);
        cell.reasons.set(key, (cell.reasons.get(key) ?? 0) + row.reasons[code]! * share.flow);
      }
    }
    for (let f = 0; f < FACTS.length; f++) {
      const fact = FACTS[f]!;
      const value = row[fact];
      if (value === undefined) continue;
      const weight = IS_STOCK[f] ? share.stock : share.flow;
      cell.sums[fact] += value * weight;
      cell.known.add(fact);
      if (weight > 0 && weight < 1) cell.prorated.add(fact);
    }
  }
}
