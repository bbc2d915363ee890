import type { Dataset } from '../schema/dataset.js';
import { parseCivilDate } from '../time/instant.js';
import type { Granularity } from '../time/period.js';
import { localDayStart } from '../time/boundaries.js';
import { zoneOffsets } from '../time/zone.js';
import { recordColumns } from './columns.js';
import { addRecords } from './records.js';
import { addRows } from './rows.js';
import { TableBuilder, type FactTable, type Mode } from './table.js';

export { MODES, UNATTRIBUTED, type FactTable, type Mode } from './table.js';

/** Hours within which a contact counts as "in SLA": the first response SLA's, else 24. */
export function responseWindowHours(dataset: Dataset): number {
  for (const sla of dataset.slas) if (sla.type === 'response') return sla.withinHours;
  return 24;
}

/** The instant the dataset's `asOf` day ends in its zone, or +Infinity without one. */
export function asOfEnd(dataset: Dataset): number {
  if (dataset.asOf === undefined) return Infinity;
  return localDayStart(zoneOffsets(dataset.timezone), parseCivilDate(dataset.asOf) + 1);
}

/**
 * Aggregates a dataset's rows and lead records into period x channel facts at the given
 * granularity: rows roll up into coarser periods; records are bucketed by the local
 * date of each instant in the dataset's IANA zone (so DST and half-hour zones are exact).
 */
export function buildFactTable(dataset: Dataset, granularity: Granularity, mode: Mode): FactTable {
  const builder = new TableBuilder(granularity, mode, dataset.leads !== undefined);
  addRows(builder, dataset.rows);
  if (dataset.leads) {
    const span = addRecords(builder, recordColumns(dataset.leads), { zone: zoneOffsets(dataset.timezone), windowHours: responseWindowHours(dataset), until: asOfEnd(dataset) });
    if (span) builder.table.recordSpan = span;
  }
  return builder.table;
}

const tables = new WeakMap<Dataset, Map<string, FactTable>>();

/** {@link buildFactTable}, memoised per dataset object: elements on one page share the work. */
export function factTable(dataset: Dataset, granularity: Granularity, mode: Mode): FactTable {
  let byKey = tables.get(dataset);
  if (!byKey) {
    byKey = new Map();
    tables.set(dataset, byKey);
  }
  const key = `${granularity}:${mode}`;
  let table = byKey.get(key);
  if (!table) {
    table = buildFactTable(dataset, granularity, mode);
    byKey.set(key, table);
  }
  return table;
}
