// What <kpi-reasons> alone uses: failures by reason and its chart's compiled template. A chunk
// of its own, so the core's shared chunk and other chart pages stay without them.
export { failuresByReason } from '../../core/kit.js';
// The template is compiled ahead of time (npm run specs), marked `own` in core/specs/templates.ts.
export { COMPILED_REASONS } from '../../core/specs/compiled-reasons.generated.js';
