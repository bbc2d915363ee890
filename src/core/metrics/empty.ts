import type { FactTable } from '../aggregate/table.js';
import type { Dataset } from '../schema/dataset.js';
import type { Computed } from './types.js';
import { selectionOf } from './values.js';

/** The value of any metric where there is no data. */
export const NO_DATA: Computed = { value: null, reason: 'no-data', n: 0 };

/**
 * "No data for this period": no row and no record event falls in it for the channel. With
 * records, a quiet period inside their span (and a channel they know) is a real zero.
 */
export function isEmptySelection(dataset: Dataset, table: FactTable, periodIndex: number, channel: string | undefined): boolean {
  if (insideRecordSpan(table, periodIndex) && (channel === undefined || table.channels.includes(channel))) return false;
  return selectionOf(dataset, table, periodIndex, channel).facts.hits === 0;
}

/** Whether a period lies within the first and last period holding a record event (its ends included). */
export function insideRecordSpan(table: FactTable, periodIndex: number): boolean {
  const span = table.recordSpan;
  return span !== undefined && periodIndex >= span[0] && periodIndex <= span[1];
}
