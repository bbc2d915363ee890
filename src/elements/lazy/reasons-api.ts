// What <kpi-reasons> alone uses: failures by reason, its chart's compiled template and its words
// in every language. A chunk of its own, so the core's shared chunk, the other languages'
// chunks and other chart pages stay without them.
export { failuresByReason } from '../../core/kit.js';
// The template is compiled ahead of time (npm run specs), marked `own` in core/specs/templates.ts.
export { COMPILED_REASONS } from '../../core/specs/compiled-reasons.generated.js';
export { REASONS_WORDS } from '../i18n/reasons-words.js';
