// In place of vega-loader/src/loader.js (scripts/vega-subset.mjs): the kit's charts load no
// URLs (data only ever comes from the element), so vega's default loader, made before the
// kit's own refusing one is given, refuses too, with no fetch or file code behind it.
function refuse() {
  return Promise.reject(new Error('inbound-kpi-kit charts load no URLs'));
}

export default function loaderFactory() {
  return (options) => ({ options: options || {}, load: refuse, sanitize: refuse, http: refuse, file: refuse });
}
