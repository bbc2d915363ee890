import { DIMENSION_ID, MAX_DIMENSIONS } from '../core/schema/patterns.js';
import { UsageError } from './usage.js';

/** `--by segment,owner` as dimension ids, each checked. */
export function dimensionList(by: string | undefined): string[] {
  const dims = by === undefined ? [] : [...new Set(by.split(',').map((id) => id.trim()).filter(Boolean))];
  const bad = dims.find((id) => !DIMENSION_ID.test(id) || id === 'channel' || id === 'period');
  if (bad !== undefined) throw new UsageError(`--by takes dimension ids (lower-case letters, digits and _, as in records' dims), comma-separated; not "${bad}"`);
  if (dims.length > MAX_DIMENSIONS) throw new UsageError(`--by keeps at most ${MAX_DIMENSIONS} dimensions`);
  return dims;
}
