// Compiles the kit's charts from vega-lite to vega ahead of time (src/core/specs/templates.ts
// says how), so pages draw them with vega's runtime alone.
//   npm run specs   (writes src/core/specs/compiled*.generated.ts; a test fails when one is stale)
import { writeFileSync } from 'node:fs';
import { compiledTemplates } from './compiled-templates.js';

for (const [name, source] of Object.entries(compiledTemplates())) {
  const file = new URL(`../src/core/specs/${name}`, import.meta.url);
  writeFileSync(file, source);
  console.log(`wrote ${file.pathname}`);
}
