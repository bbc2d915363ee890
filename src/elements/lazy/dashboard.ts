// The door to <kpi-dashboard>'s own chunk, loaded once per page when the first dashboard connects, beside the shared core.
import type * as DashboardModule from './dashboard-api.js';
import { ownChunk } from './own-chunk.js';

export const dashboardChunk = ownChunk<typeof DashboardModule>(() => import('./dashboard-api.js'));
