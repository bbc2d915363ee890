// Takes the indentation out of the built elements' `html` and `svg` templates (dist/**/*.js):
// bundlers leave template literals as they are, and Lit makes every run of whitespace between
// two tags a text node of its own, in every element's DOM (a fifth of the dashboard's nodes).
// Only a run holding a line break goes, and only where it renders nothing (see BLOCK below);
// between two inline things ("</span>\n<span>", "${a}\n${b}") a line break renders as a
// space, and stays one. The server's templates and the page's must be alike for hydration, so
// the CDN build (vite.config.ts) runs the same on the sources.
//   (the build runs it after tsc, through scripts/minify-templates.mjs)
import ts from 'typescript';

// A line break renders nothing beside a block-level tag (CSS collapses it away at a line's
// start or end), inside an element whose children are all elements (a list, a table, a select,
// SVG outside <text>), or at the edges of a button's content (its own formatting context).
const BLOCK = new Set('address article aside blockquote br caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol optgroup option p section style summary table tbody td tfoot th thead tr ul'.split(' '));
const ELEMENTS_ONLY = new Set('clippath colgroup defs dl g lineargradient marker mask ol optgroup pattern select svg symbol table tbody tfoot thead tr ul'.split(' '));
const OWN_EDGES = new Set(['button', 'select']);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Where whitespace is drawn as it is written, or as text in SVG: never touched. */
const VERBATIM = new Set(['pre', 'textarea', 'text', 'tspan']);
/** Stands for a binding (`${…}`) in a template's joined static parts: never whitespace, never in a template's text. */
const BINDING = '\u0000';

/**
 * A template's static parts, joined by bindings, with the line-broken whitespace that renders
 * nothing taken out (and inside tags, between attributes, made one space); returns the parts.
 * A binding beside the whitespace counts as inline: what it renders is not known here. `svg`:
 * the parts of an svg`…` template, whose top level is drawn inside an <svg>.
 */
export function minifyHtmlParts(parts, svg = false) {
  const text = parts.join(BINDING);
  const open = [];
  let out = '';
  let i = 0;
  /** The tag just closed by '>' (what whitespace right after it follows), or undefined after text or a binding. */
  let last;
  while (i < text.length) {
    const tag = text[i] === '<' ? /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(i, i + 64)) : null;
    if (tag) {
      // A tag, to its '>' (a '>' inside a quoted value does not end it).
      let j = i + tag[0].length;
      let quote = '';
      while (j < text.length && (quote || text[j] !== '>')) {
        if (quote ? text[j] === quote : text[j] === '"' || text[j] === "'") quote = quote ? '' : text[j];
        j++;
      }
      const whole = text.slice(i, j + 1);
      // Outside quoted values only: a value's line break is part of it.
      out += whole
        .split(/("[^"]*"|'[^']*')/)
        .map((piece, k) => (k % 2 ? piece : piece.replace(/\s*\n\s*/g, ' ')))
        .join('');
      const name = tag[2].toLowerCase();
      const closing = tag[1] === '/';
      if (closing) open.splice(open.lastIndexOf(name) >>> 0);
      else if (!VOID.has(name) && !whole.endsWith('/>')) open.push(name);
      last = { name, closing };
      i = j + 1;
      continue;
    }
    const space = /^\s+/.exec(text.slice(i))?.[0];
    if (space === undefined) {
      out += text[i];
      last = undefined;
      i++;
      continue;
    }
    i += space.length;
    const next = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(i, i + 64));
    const after = next ? { name: next[2].toLowerCase(), closing: next[1] === '/' } : undefined;
    const parent = open.at(-1);
    const before = last;
    last = undefined;
    if (!space.includes('\n') || open.some((name) => VERBATIM.has(name))) {
      out += space;
      continue;
    }
    const silent =
      (parent === undefined ? svg : ELEMENTS_ONLY.has(parent)) ||
      (before !== undefined && (BLOCK.has(before.name) || (!before.closing && OWN_EDGES.has(before.name)))) ||
      (after !== undefined && (BLOCK.has(after.name) || (after.closing && OWN_EDGES.has(after.name))));
    out += silent ? '' : ' ';
  }
  return out.split(BINDING);
}

/** Every html`…` and svg`…` template in a module's source (JavaScript or TypeScript): its static parts as [start, end, text] of their raw text. */
function templateParts(source) {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const templates = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const t = node.template;
      // The raw text of a literal part, between its delimiters (` or }, and ` or ${).
      const raw = (literal, open, close) => [literal.getStart(file) + open, literal.end - close];
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [raw(t, 1, 1)]
        : [raw(t.head, 1, 2), ...t.templateSpans.map((span) => raw(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2))];
      templates.push({ svg: node.tag.text === 'svg', parts: parts.map(([start, end]) => [start, end, source.slice(start, end)]) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return templates;
}

/** A module's source with its html and svg templates' silent whitespace taken out. */
export function minifyHtmlTemplates(source) {
  const edits = [];
  for (const { svg, parts } of templateParts(source)) {
    const minified = minifyHtmlParts(parts.map(([, , text]) => text), svg);
    parts.forEach(([start, end, text], k) => minified[k] !== text && edits.push([start, end, minified[k]]));
  }
  // From the end, so earlier offsets stay true.
  return edits.sort((a, b) => b[0] - a[0]).reduce((code, [start, end, text]) => code.slice(0, start) + text + code.slice(end), source);
}
