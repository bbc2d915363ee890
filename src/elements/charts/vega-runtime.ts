// What draws the kit's charts, loaded by dynamic import when a chart is on the page: vega's
// runtime with only the transforms the kit's compiled specs use (no vega-lite, no geo,
// force, hierarchy, label, regression, voronoi, word cloud or crossfilter), the expression
// interpreter (no `new Function` under a strict CSP) and the compiled chart templates.
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import * as dataTransforms from 'vega-transforms';
import * as viewTransforms from 'vega-view-transforms';
import { CompactingRelay } from './compacting-relay.js';

// A side effect, so package.json lists this file under sideEffects: a bundler that drops
// it draws nothing ("Unrecognized transform type").
Object.assign(transforms, dataTransforms, viewTransforms, encode, { relay: CompactingRelay });

export { changeset } from 'vega-dataflow';
export { locale } from 'vega-format';
export { expressionInterpreter } from 'vega-interpreter';
export { parse } from 'vega-parser';
export { Error, logger, truthy } from 'vega-util';
export { View } from 'vega-view';
// This chunk is itself lazy, so the compiled templates ride in it, not in a first load.
/* eslint-disable @typescript-eslint/no-restricted-imports */
export { COMPILED } from '../../core/specs/compiled.generated.js';
export { instantiate } from '../../core/specs/templates.js';
