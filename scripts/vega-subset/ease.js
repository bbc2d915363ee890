// In place of vega-functions/src/functions/ease.js (scripts/vega-subset.mjs): no chart
// animates, so the expression language gets no easing functions (d3-ease).
export const easeFunctions = {};
