// The core and <kpi-bridge>'s chunk, imported statically and handed to their lazy doors, so
// that an element rendered on the server finds them at once (a server renders
// synchronously: it cannot wait for a dynamic import). Imported first by ssr.ts, before any
// element is defined.
import * as coreApi from './elements/lazy/core-api.js';
import * as bridgeApi from './elements/lazy/bridge-api.js';
import { preloadCore } from './elements/lazy/core.js';
import { preloadBridge } from './elements/lazy/bridge.js';

preloadCore(coreApi);
preloadBridge(bridgeApi);
