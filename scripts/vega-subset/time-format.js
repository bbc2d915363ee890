// In place of vega-format/src/time.js (scripts/vega-subset.mjs): the kit's charts have no
// temporal field or scale (periods reach them as labels the core wrote), so a view's locale
// has date formats and parsers that throw, and d3-time-format stays out.
function leftOut() {
  throw new Error("date formats: left out of inbound-kpi-kit's chart runtime (scripts/vega-subset.mjs)");
}

const TIME_LOCALE = { timeFormat: leftOut, utcFormat: leftOut, timeParse: leftOut, utcParse: leftOut };

export const resetTimeFormatDefaultLocale = () => TIME_LOCALE;
export const timeFormatLocale = () => TIME_LOCALE;
export const timeFormatDefaultLocale = () => TIME_LOCALE;
