// What the elements need only for a payload the core's quick check could not vouch for: zod
// and the data contract's schema, which decide and word every issue. A chunk of its own, so a
// page with valid data never downloads them (ARCHITECTURE.md, "Budgets").
export { parseDataset } from '../../core/ingest/parse.js';
