// In place of vega-scenegraph/src/path/curves.js (scripts/vega-subset.mjs): the kit's lines are
// straight, so only the linear curve; any other throws rather than drawing nothing.
import { curveLinear, curveLinearClosed } from 'd3-shape';

const CURVES = { linear: curveLinear, 'linear-closed': curveLinearClosed };

export default function curves(type) {
  if (Object.hasOwn(CURVES, type)) return CURVES[type];
  throw new Error(`the ${type} curve: left out of inbound-kpi-kit's chart runtime (scripts/vega-subset.mjs)`);
}
