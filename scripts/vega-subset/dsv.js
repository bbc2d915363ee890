// In place of vega-loader/src/formats/dsv.js (scripts/vega-subset.mjs): data comes only from
// the element, as rows, never as CSV text. Its formats table makes the CSV and TSV readers
// when it loads, so they exist; reading with them throws.
function leftOut() {
  throw new Error("CSV reading: left out of inbound-kpi-kit's chart runtime (scripts/vega-subset.mjs)");
}

export function delimitedFormat() {
  return leftOut;
}

export default leftOut;
