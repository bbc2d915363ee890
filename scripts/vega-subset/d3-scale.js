// d3-scale as vega-scale/src/scales.js registers it (scripts/vega-subset.mjs): the scale
// types the kit's compiled specs use (linear, ordinal, and band and point, which vega builds
// on ordinal), and identity; every other type stays registered, so vega's parser knows it,
// but making one throws.
export { scaleIdentity, scaleLinear, scaleOrdinal } from 'd3-scale';

function leftOut() {
  throw new Error("this scale type: left out of inbound-kpi-kit's chart runtime (scripts/vega-subset.mjs)");
}

export const scaleLog = leftOut;
export const scalePow = leftOut;
export const scaleSqrt = leftOut;
export const scaleSymlog = leftOut;
export const scaleTime = leftOut;
export const scaleUtc = leftOut;
export const scaleSequential = leftOut;
export const scaleSequentialLog = leftOut;
export const scaleSequentialPow = leftOut;
export const scaleSequentialSqrt = leftOut;
export const scaleSequentialSymlog = leftOut;
export const scaleDiverging = leftOut;
export const scaleDivergingLog = leftOut;
export const scaleDivergingPow = leftOut;
export const scaleDivergingSqrt = leftOut;
export const scaleDivergingSymlog = leftOut;
export const scaleQuantile = leftOut;
export const scaleQuantize = leftOut;
export const scaleThreshold = leftOut;
