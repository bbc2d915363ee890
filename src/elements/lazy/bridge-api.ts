// What <kpi-bridge> alone uses: the decomposition, its chart (with its compiled template) and
// its words in every language. A chunk of its own, loaded by that element, so the core's
// shared chunk, the other languages' chunks and other chart pages stay without it.
export { bridgeChart, CHAINS, explain, explainBy, RATE_PARTS } from '../../core/kit.js';
export { BRIDGE_WORDS } from '../i18n/bridge-words.js';
