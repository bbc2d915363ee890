// What draws the kit's charts, loaded by dynamic import when a chart is on the page: vega's
// runtime with only the transforms the kit's compiled specs use (test/core/specs.test.ts
// draws every template with these alone), the expression interpreter (no `new Function`
// under a strict CSP) and the compiled chart templates. The build makes it one file with only
// the part of vega these reach (scripts/bundle-vega-runtime.mjs).
import { transforms } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems, stack } from 'vega-encode';
import { aggregate, collect, extent, facet, filter, formula, multiextent, prefacet, proxy, sieve, values } from 'vega-transforms';
import { bound, mark, overlap, render, viewlayout } from 'vega-view-transforms';
import { CompactingRelay } from './compacting-relay.js';

/** The transforms the compiled specs use, by the names vega's parser asks for. */
export const USED_TRANSFORMS = { aggregate, axisticks, bound, collect, datajoin, encode, extent, facet, filter, formula, legendentries, mark, multiextent, overlap, prefacet, proxy, relay: CompactingRelay, render, scale, sieve, sortitems, stack, values, viewlayout };

// A side effect, so package.json lists this file under sideEffects: a bundler that drops
// it draws nothing ("Unrecognized transform type").
Object.assign(transforms, USED_TRANSFORMS);

export { changeset } from 'vega-dataflow';
export { expressionInterpreter } from 'vega-interpreter';
export { parse } from 'vega-parser';
export { Error, logger, truthy } from 'vega-util';
export { View } from 'vega-view';
// This chunk is itself lazy, so the compiled templates ride in it, not in a first load.
/* eslint-disable @typescript-eslint/no-restricted-imports */
export { COMPILED } from '../../core/specs/compiled.generated.js';
export { instantiate } from '../../core/specs/templates.js';
export { fitOf, fitToWidth } from '../../core/specs/fit.js';
