// Compiles the kit's charts from vega-lite to vega ahead of time (src/core/specs/templates.ts
// says how), so pages draw them with vega's runtime alone.
//   npm run specs   (writes src/core/specs/compiled.generated.ts; a test fails when it is stale)
import { writeFileSync } from 'node:fs';
import { compiledTemplates } from './compiled-templates.js';

const file = new URL('../src/core/specs/compiled.generated.ts', import.meta.url);
writeFileSync(file, compiledTemplates());
console.log(`wrote ${file.pathname}`);
