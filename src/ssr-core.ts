// What the server needs before any element is defined (imported first by ssr.ts). The core
// and the elements' own chunks (bridge, review, reasons, dashboard, the validator), imported statically and
// handed to their lazy doors, so that an element rendered on the server finds them at once
// (a server renders synchronously: it cannot wait for a dynamic import). And the menu's and
// the table's styles among every element's own, so that what the server draws looks as it
// will on the page (there they come with the core's chunk).
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import * as coreApi from './elements/lazy/core-api.js';
import * as bridgeApi from './elements/lazy/bridge-api.js';
import * as reviewApi from './elements/lazy/review-api.js';
import * as dashboardApi from './elements/lazy/dashboard-api.js';
import * as reasonsApi from './elements/lazy/reasons-api.js';
import * as validateApi from './elements/lazy/validate-api.js';
import { preloadCore } from './elements/lazy/core.js';
import { bridgeChunk } from './elements/lazy/bridge.js';
import { reviewChunk } from './elements/lazy/review.js';
import { dashboardChunk } from './elements/lazy/dashboard.js';
import { reasonsChunk } from './elements/lazy/reasons.js';
import { validatorChunk } from './elements/lazy/validator.js';
import { KpiElement } from './elements/base/kpi-element.js';

preloadCore(coreApi);
bridgeChunk.preload(bridgeApi);
reviewChunk.preload(reviewApi);
dashboardChunk.preload(dashboardApi);
reasonsChunk.preload(reasonsApi);
validatorChunk.preload(validateApi);

// Lit computes a class's styles once, when it is defined: after this, for every tag.
const styled = KpiElement as unknown as { finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] };
const own = styled.finalizeStyles;
styled.finalizeStyles = function (this: unknown, styles?: CSSResultGroup): CSSResultOrNative[] {
  return [...own.call(this, styles), coreApi.dataViewStyles];
};
