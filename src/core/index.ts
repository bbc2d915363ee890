// The DOM-free core: the data contract (zod) and its validator, aggregation, the metric
// catalogue, comparisons, SLAs and formatting. Runs in Node, browsers and Workers.

export * from './kit.js';
export { datasetSchema, summaryRowSchema, leadRecordSchema, slaSchema, benchmarkSchema, targetSchema, economicsSchema, dimensionSchema, DIMENSION_ID, MAX_DIMENSIONS } from './schema/dataset.js';
export { parseDataset } from './ingest/parse.js';
export { datasetJsonSchema } from './schema/json-schema.js';
export { RowsFromRecords, type RecordTexts, type RowsOptions } from './ingest/rows-from-records.js';
export { isTimeZone } from './time/zone.js';
