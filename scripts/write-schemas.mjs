// Writes the JSON Schemas the package ships (schema/dataset.json, schema/mapping.json) from
// the zod schemas, so `inbound-kpi-kit schema` prints a file instead of loading zod to make
// one (test/core/schema.test.ts and import.test.ts fail when a file is stale).
//   npm run schema   (after changing the dataset's or the mapping's schema)
import { writeFileSync } from 'node:fs';
import { mappingJsonSchema } from '../dist/cli/import/mapping.js';
import { datasetJsonSchema } from '../dist/core/index.js';

for (const [name, schema] of [['dataset', datasetJsonSchema()], ['mapping', mappingJsonSchema()]]) {
  const file = new URL(`../schema/${name}.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
