// The built elements' templates minified in place (dist/**/*.js): their CSS (minify-css.mjs)
// and their HTML's silent whitespace (minify-html.mjs). Bundlers leave template literals as
// they are, so without this a consumer ships our indentation and comments.
//   node scripts/minify-templates.mjs [dir]   (the build runs it after tsc)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyCssTemplates } from './minify-css.mjs';
import { minifyHtmlTemplates } from './minify-html.mjs';

const dir = process.argv[2] ?? 'dist/elements';
let before = 0;
let after = 0;
for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const output = minifyHtmlTemplates(minifyCssTemplates(source));
  before += source.length;
  after += output.length;
  if (output !== source) writeFileSync(path, output);
}
console.log(`templates minified in ${dir}: ${before} → ${after} characters of modules`);
