import type * as z from 'zod/mini';
import { isMetricId } from './registry.js';
import { datasetSchema, type Dataset } from '../schema/dataset.js';
import { formatPath, MAX_ISSUES, type SchemaIssue } from '../schema/issues.js';

export { formatIssues, formatPath, MAX_ISSUES, type ParseResult, type SchemaIssue } from '../schema/issues.js';
import type { ParseResult } from '../schema/issues.js';

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

function describe(issue: z.core.$ZodIssue): SchemaIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown key' }));
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return [{ path: formatPath(issue.path), message: 'required' }];
    // zod/mini ships no message locale: its default text is a bare "Invalid input".
    if (issue.message === 'Invalid input') return [{ path: formatPath(issue.path), message: `expected ${article(issue.expected)}, got ${typeName(issue.input)}` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest rather than a bare "invalid input".
    const best = issue.errors.reduce((a, b) => (a.length <= b.length ? a : b));
    return best.flatMap((inner) => describe({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** A value failing both a shape check and a calendar check should be reported once. */
function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unknownMetricIssues(dataset: Dataset): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const check = (list: ReadonlyArray<object>, name: string) =>
    list.forEach((item, i) => {
      if ('metric' in item && typeof item.metric === 'string' && !isMetricId(item.metric)) {
        issues.push({ path: `${name}[${i}].metric`, message: `unknown metric "${item.metric}"` });
      }
    });
  check(dataset.targets, 'targets');
  check(dataset.slas, 'slas');
  check(dataset.benchmarks, 'benchmarks');
  return issues;
}

/**
 * Validates anything (usually the result of JSON.parse) against the data contract.
 * Never throws: bad input comes back as readable, capped issues.
 */
export function parseDataset(input: unknown): ParseResult {
  let issues: SchemaIssue[];
  try {
    const result = datasetSchema.safeParse(input, { reportInput: true });
    issues = result.success ? unknownMetricIssues(result.data) : dedupe(result.error.issues.flatMap(describe));
    if (result.success && issues.length === 0) return { ok: true, dataset: result.data };
  } catch (error) {
    // A getter that throws, a revoked proxy: hostile input, still not our exception to leak.
    issues = [{ path: '(root)', message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return { ok: false, issues: issues.slice(0, MAX_ISSUES), issueCount: issues.length };
}
