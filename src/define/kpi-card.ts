import { KpiCard } from '../elements/kpi-card/kpi-card.js';
import { define } from './define.js';

define('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
