import { SlaGauge } from '../elements/sla-gauge/sla-gauge.js';
import { define } from './define.js';

define('sla-gauge', SlaGauge);

declare global {
  interface HTMLElementTagNameMap {
    'sla-gauge': SlaGauge;
  }
}
