// The door to <kpi-review>'s own chunk (the review, its words and the Markdown it copies),
// loaded once per page when the first review connects, beside the shared core.
import type * as ReviewModule from './review-api.js';
import { ownChunk } from './own-chunk.js';

export const reviewChunk = ownChunk<typeof ReviewModule>(() => import('./review-api.js'));
