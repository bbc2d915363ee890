import type { SchemaIssue } from '../../core/kit.js';
import type { KpiErrorKind } from './events.js';

/** A failure to get a dataset, with the kind a page can branch on. */
export class KpiLoadError extends Error {
  override readonly name = 'KpiLoadError';

  constructor(
    readonly kind: KpiErrorKind,
    message: string,
    readonly extra: { status?: number; issues?: SchemaIssue[]; issueCount?: number; retryable?: boolean; retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}
