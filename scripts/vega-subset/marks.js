// In place of vega-scenegraph/src/marks/index.js (scripts/vega-subset.mjs): the mark kinds the
// kit's compiled specs draw. Imports resolve from that file's folder.
import group from './group.js';
import line from './line.js';
import rect from './rect.js';
import rule from './rule.js';
import symbol from './symbol.js';
import text from './text.js';

export default { group, line, rect, rule, symbol, text };
