import 'inbound-kpi-kit/define/all';
import { start } from './app.js';

await start();
