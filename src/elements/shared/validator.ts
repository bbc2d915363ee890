// The dataset's validator (zod and the schema) is the largest part of an element, and it
// is needed only once data arrives: it is loaded by dynamic import, started the moment an
// element connects, in parallel with the data's fetch. Until then the element shows its
// loading state.
import type * as ParseModule from '../../core/metrics/parse.js';

type Validator = typeof ParseModule;

let ready: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** Starts loading the validator (once per page); resolves with it. */
export function loadValidator(): Promise<Validator> {
  loading ??= import('../../core/metrics/parse.js').then((module) => (ready = module));
  return loading;
}

/** The validator, if it has loaded. */
export function validatorNow(): Validator | undefined {
  return ready;
}
