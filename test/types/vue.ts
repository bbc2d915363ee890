// The generated Vue typings (checked by `npm run test:types`).
import type {} from '../../dist/vue.js';
import type { GlobalComponents } from 'vue';

type CardProps = InstanceType<GlobalComponents['kpi-card']>['$props'];
export const card: CardProps = { metric: 'cac', period: '2026-03', mode: 'cohort' };
// @ts-expect-error: mode is "period" or "cohort"
export const wrong: CardProps = { mode: 'weekly' };
// Vue hands @kpi-select to the element as onKpiSelect, with the event typed.
export const listens: CardProps = { onKpiSelect: (event) => event.detail.metric };
// @ts-expect-error: kpi-select's detail has no such field
export const wrongDetail: CardProps = { onKpiSelect: (event) => event.detail.nosuch };
