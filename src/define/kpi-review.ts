import { KpiReview } from '../elements/kpi-review/kpi-review.js';
import { define } from './define.js';

define('kpi-review', KpiReview);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-review': KpiReview;
  }
}
