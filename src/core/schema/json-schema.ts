import * as z from 'zod/mini';
import { datasetSchema } from './dataset.js';

/** The JSON Schema (draft 2020-12) of the dataset, generated from the zod schemas: what `schema/dataset.json` ships. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://inbound-kpi-kit.dev/schema/dataset.json',
    title: 'inbound-kpi-kit dataset, version 1',
    description: 'Marketing and sales facts (summary rows and/or lead records), economics, targets, SLAs and benchmarks. Cross-field rules (granularity of row keys, currency with money, no funnel facts in rows when leads are given) are checked by parseDataset.',
  };
}
