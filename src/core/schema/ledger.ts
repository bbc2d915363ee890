// The handoff ledger's rules for one lead record (README, "The handoff ledger"): the same
// words from zod and from the fast path, which must reach the same verdict.

/** A record's ledger fields, as given (present or not). */
export interface LedgerFields {
  mqlAt?: unknown;
  acceptedAt?: unknown;
  rejectedAt?: unknown;
  disqualifiedAt?: unknown;
  lostAt?: unknown;
  reason?: unknown;
}

/** The failures a lead can have, one at most. */
const FAILURES = ['rejectedAt', 'disqualifiedAt', 'lostAt'] as const;

/** What breaks the ledger's rules in one record: each at its field, in words a data owner can act on. */
export function ledgerIssues(lead: LedgerFields): Array<{ field: keyof LedgerFields; message: string }> {
  const issues: Array<{ field: keyof LedgerFields; message: string }> = [];
  for (const field of ['acceptedAt', 'rejectedAt'] as const) {
    if (lead[field] !== undefined && lead.mqlAt === undefined) issues.push({ field, message: 'needs mqlAt: sales accepts or rejects an MQL' });
  }
  if (lead.acceptedAt !== undefined && lead.rejectedAt !== undefined) issues.push({ field: 'rejectedAt', message: 'excludes acceptedAt: sales accepts an MQL or rejects it, not both' });
  const failures = FAILURES.filter((field) => lead[field] !== undefined);
  for (const field of failures.slice(1)) issues.push({ field, message: `excludes ${failures[0]}: a lead fails once (rejectedAt, disqualifiedAt and lostAt exclude each other)` });
  if (lead.reason !== undefined && failures.length === 0) issues.push({ field: 'reason', message: 'needs rejectedAt, disqualifiedAt or lostAt: a reason says why a lead failed' });
  return issues;
}

/** The words for a reason code the dataset does not declare. */
export function unknownReason(code: string, declared: readonly string[]): string {
  return `unknown reason "${code}" (${declared.length === 0 ? 'declare it in "reasons"' : `declared: ${declared.join(', ')}`})`;
}
