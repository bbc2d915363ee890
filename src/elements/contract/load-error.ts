import type { SchemaIssue } from '../../core/kit.js';
import type { KpiErrorKind } from './events.js';

/** A failure to get a dataset, with the kind a page can branch on. */
export class KpiLoadError extends Error {
  override readonly name = 'KpiLoadError';

  constructor(
    readonly kind: KpiErrorKind,
    message: string,
    readonly extra: { status?: number; issues?: SchemaIssue[]; issueCount?: number; retryable?: boolean; retryAfterMs?: number; detail?: LoadErrorDetail } = {},
  ) {
    super(message);
  }
}

/**
 * What went wrong, as data: the error state words it in the page's language. The message,
 * written where the error is made, is its English wording (for logs and `kpi-error`).
 */
export type LoadErrorDetail =
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'unreachable' }
  | { kind: 'not-json'; html: boolean }
  | { kind: 'not-data'; type: string; signIn: boolean }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'attribute-not-json' }
  | { kind: 'bad-url'; src: string };
