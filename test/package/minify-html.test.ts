import assert from 'node:assert/strict';
import { it } from 'node:test';
import { minifyHtmlParts, minifyHtmlTemplates } from '../../scripts/minify-html.mjs';

// The build takes the indentation out of the elements' templates only where a line break
// renders nothing: a text node fewer each time in every element's DOM, and never a space lost
// between two inline things (which would run "12" and "MQLs" together).

it('takes line breaks out beside block-level tags, inside lists and SVG, and at the edges of a button', () => {
  assert.deepEqual(minifyHtmlParts(['<dl>\n  <dt>a</dt>\n  <dd>b</dd>\n</dl>']), ['<dl><dt>a</dt><dd>b</dd></dl>']);
  assert.deepEqual(minifyHtmlParts(['\n  <div>x</div>\n']), ['<div>x</div>']);
  assert.deepEqual(minifyHtmlParts(['<ul>\n  ', '\n</ul>']), ['<ul>', '</ul>']);
  assert.deepEqual(minifyHtmlParts(['<svg viewBox="0 0 1 1">\n  <path d="M0"/>\n  ', '\n</svg>']), ['<svg viewBox="0 0 1 1"><path d="M0"/>', '</svg>']);
  assert.deepEqual(minifyHtmlParts(['<button>\n  ', '\n</button>']), ['<button>', '</button>']);
  // An svg template's top level is inside an <svg>.
  assert.deepEqual(minifyHtmlParts(['\n  <circle r="1" />\n  ', '\n'], true), ['<circle r="1" />', '']);
});

it('keeps one space where a line break renders as one, and whitespace as written where it is drawn', () => {
  assert.deepEqual(minifyHtmlParts(['<span>a</span>\n  <span>b</span>']), ['<span>a</span> <span>b</span>']);
  assert.deepEqual(minifyHtmlParts(['<div>', '\n  ', '</div>']), ['<div>', ' ', '</div>']);
  assert.deepEqual(minifyHtmlParts(['<button>x</button>\n<button>y</button>']), ['<button>x</button> <button>y</button>']);
  assert.deepEqual(minifyHtmlParts(['a\n  <b>b</b>']), ['a <b>b</b>']);
  assert.deepEqual(minifyHtmlParts(['<svg><text>\n  ', '\n</text></svg>']), ['<svg><text>\n  ', '\n</text></svg>']);
  assert.deepEqual(minifyHtmlParts(['<span>a</span>\n']), ['<span>a</span> ']);
});

it('makes a tag one line, its quoted values as written', () => {
  assert.deepEqual(minifyHtmlParts(['<button\n  part="x"\n  title="a\n b"\n  id=', '\n>go</button>']), ['<button part="x" title="a\n b" id=', ' >go</button>']);
});

it('rewrites the static parts of html and svg templates only, nested ones included', () => {
  const source = 'const t = html`<div>\n  ${a}\n  ${b ? html`\n  <p>x</p>\n` : svg`\n<path/>\n`}\n</div>`; const s = "html`\\n`"; const c = css`a {\n}`;';
  assert.equal(minifyHtmlTemplates(source), 'const t = html`<div>${a} ${b ? html`<p>x</p>` : svg`<path/>`}</div>`; const s = "html`\\n`"; const c = css`a {\n}`;');
});
