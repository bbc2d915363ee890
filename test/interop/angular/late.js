import { start } from './app.js';

// The app renders the tags first; they are registered afterwards, as a lazy chunk would.
await start();
setTimeout(() => void import('inbound-kpi-kit/define/all'), 200);
