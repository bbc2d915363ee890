// The door to the validator's chunk (zod and the contract's schema), loaded only when the
// quick check in the core's chunk cannot vouch for a payload.
import type * as ValidateModule from './validate-api.js';
import { ownChunk } from './own-chunk.js';

export const validatorChunk = ownChunk<typeof ValidateModule>(() => import('./validate-api.js'));
