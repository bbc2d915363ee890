import { KpiBenchmark } from '../elements/kpi-benchmark/kpi-benchmark.js';
import { define } from './define.js';

define('kpi-benchmark', KpiBenchmark);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-benchmark': KpiBenchmark;
  }
}
