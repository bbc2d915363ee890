// The door to <kpi-reasons>'s own chunk, loaded once per page when the first such element connects, beside the shared core.
import type * as ReasonsModule from './reasons-api.js';
import { ownChunk } from './own-chunk.js';

export const reasonsChunk = ownChunk<typeof ReasonsModule>(() => import('./reasons-api.js'));
