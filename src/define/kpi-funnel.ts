import { KpiFunnel } from '../elements/kpi-funnel/kpi-funnel.js';
import { define } from './define.js';

define('kpi-funnel', KpiFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-funnel': KpiFunnel;
  }
}
