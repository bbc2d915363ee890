// The door to <kpi-bridge>'s own chunk (the decomposition, its chart and its words in every
// language), loaded once per page when the first bridge connects, beside the shared core.
import type * as BridgeModule from './bridge-api.js';
import { ownChunk } from './own-chunk.js';

export const bridgeChunk = ownChunk<typeof BridgeModule>(() => import('./bridge-api.js'));
