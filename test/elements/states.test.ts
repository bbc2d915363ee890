import '../../src/define/all.js';
import { clickMark, shadow } from './helpers.js';
import { stateSuite } from './state-suite.js';

// Every element through every state (state-suite.ts). A new element: one line here.
const click = (selector: string) => (el: Element) => shadow(el).querySelector<HTMLElement>(selector)!.click();

stateSuite({ tag: 'kpi-card', props: { metric: 'mqls' }, partialProps: { metric: 'sqls' }, select: click('[part=value]') });
stateSuite({ tag: 'kpi-funnel', props: { split: true }, select: click('button.stage') });
stateSuite({ tag: 'sla-gauge' });
stateSuite({ tag: 'economics-card', select: click('button.tile') });
stateSuite({ tag: 'kpi-scorecard', select: click('[role=gridcell]') });
stateSuite({ tag: 'kpi-trend', props: { metric: 'mqls' }, partial: false, select: (el) => clickMark(el, '.mark-symbol path') });
stateSuite({ tag: 'kpi-breakdown', props: { metric: 'leads' }, partialProps: { metric: 'cost_per_mql' }, select: (el) => clickMark(el, '.mark-rect path') });
stateSuite({ tag: 'kpi-benchmark', partial: false, select: (el) => clickMark(el, '.mark-rect path') });
stateSuite({ tag: 'kpi-bridge', partial: false, select: (el) => clickMark(el, '.mark-rect path:nth-child(2)') });
stateSuite({ tag: 'kpi-chart', props: { fields: 'metric:mqls,leads period:6' }, partial: false });
stateSuite({ tag: 'kpi-reasons', partial: false, select: (el) => clickMark(el, '.mark-rect path') });
stateSuite({ tag: 'kpi-review', partial: false, select: click('button.item') });
stateSuite({ tag: 'kpi-dashboard', partial: false, select: (el) => click('[part=value]')(shadow(el).querySelector('kpi-card')!) });
