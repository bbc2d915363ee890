import { checkDataset } from '../../core/ingest/check-dataset.js';
import type { Dataset, ParseResult } from '../../core/kit.js';
import { formatIssues } from '../../core/schema/issues.js';
import { KpiLoadError } from '../contract/load-error.js';
import { validatorChunk } from './validator.js';
import { endWarmUp } from './warm-up-in-tasks.js';

/** A payload's verdict, as an element shows it. */
export type Verdict = { ok: true; dataset: Dataset } | { ok: false; error: KpiLoadError };

/**
 * A payload's verdict: at once from the core's quick check when it vouches for it (valid
 * data, the usual case); otherwise zod's, which decides and words the issues, once its chunk
 * is in. `origin` names the payload in the error ("data property", "response from …").
 */
export function validatePayload(payload: unknown, origin: string): Verdict | Promise<Verdict> {
  endWarmUp();
  const dataset = checkDataset(payload);
  if (dataset) return { ok: true, dataset };
  const zod = validatorChunk.api;
  return zod ? verdict(zod.parseDataset(payload), origin) : validatorChunk.load().then((api) => verdict(api.parseDataset(payload), origin));
}

function verdict(result: ParseResult, origin: string): Verdict {
  return result.ok
    ? { ok: true, dataset: result.dataset }
    : { ok: false, error: new KpiLoadError('schema', `The ${origin} does not match the dataset format: ${formatIssues(result).slice(0, 3).join('; ')}`, { issues: result.issues, issueCount: result.issueCount }) };
}
