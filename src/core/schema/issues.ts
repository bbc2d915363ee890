import type { Dataset } from './dataset.js';

// Schema issues as people read them, apart from zod: elements and the dashboard's layout
// name problems with these without loading the validator.

export interface SchemaIssue {
  /** Where, as a readable path: `rows[3].mqls`, or `(root)`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: SchemaIssue[]; issueCount: number };

/** How many issues a result lists; the rest are counted, so one bad file never floods a screen. */
export const MAX_ISSUES = 20;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One line per issue, with a count of those left out: what the CLI prints and elements show. */
export function formatIssues(result: { issues: SchemaIssue[]; issueCount: number }): string[] {
  const lines = result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (result.issueCount > result.issues.length) lines.push(`… and ${result.issueCount - result.issues.length} more`);
  return lines;
}
