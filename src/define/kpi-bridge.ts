import { KpiBridge } from '../elements/kpi-bridge/kpi-bridge.js';
import { define } from './define.js';

define('kpi-bridge', KpiBridge);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-bridge': KpiBridge;
  }
}
