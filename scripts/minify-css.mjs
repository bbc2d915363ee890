// Minifies the CSS inside the built elements' `css` templates (dist/**/*.js): bundlers leave
// template literals as they are, so a consumer would otherwise ship our comments and
// indentation. Only safe rewrites, outside quoted strings: comments out, runs of whitespace to
// one space, no space next to { } ; , > nor after a colon. (A space before a colon, or
// elsewhere, can be a selector's descendant combinator: `a :hover` is not `a:hover`.)
//   (the build runs it after tsc, through scripts/minify-templates.mjs)

/** The text of a CSS template's static parts, minified; `${…}` substitutions are kept as they are. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/: /g, ':')))
    .join('')
    .replace(/;}/g, '}')
    .trim();
}

/** Each css`…` template, and the kit's one unsafeCSS(`…`) string, in a module's source. */
const TEMPLATE = /\b(css ?|unsafeCSS\()`((?:[^`\\]|\\.)*)`/g;

/** A module's source with the CSS of its templates minified (between substitutions only: `${DARK}` stays). */
export function minifyCssTemplates(source) {
  return source.replace(TEMPLATE, (_, tag, body) => `${tag}\`${body.split(/(\$\{[^}]*\})/).map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``);
}
