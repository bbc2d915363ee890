// Amounts as CRMs write them: `12,500.00` in English exports, `12.500,00` in Brazilian and
// most European ones, with or without a currency sign. The mapping says which separator is
// which, so `1.500` is never guessed (fifteen hundred, or one and a half).

export interface NumberLocale {
  decimal: '.' | ',';
  thousands: ',' | '.' | ' ' | '';
}

/** A currency sign or ISO code before or after the number, and spaces (also no-break spaces) around it. */
const AROUND = /^[\s\u00a0]*(?:[A-Z]{3}|R\$|US\$|\$|€|£)?[\s\u00a0]*|[\s\u00a0]*(?:[A-Z]{3}|€)?[\s\u00a0]*$/g;

const escape = (c: string) => c.replace(/[.$]/g, '\\$&');

/** A reader of non-negative amounts in one locale: the number, or undefined when the text is not one. */
export function amountReader(locale: NumberLocale): (text: string) => number | undefined {
  if (locale.decimal === locale.thousands) throw new Error('the decimal and thousands separators must differ');
  // Grouping in threes is checked: `1,50` in a `,`-thousands export is a mistake, not 150.
  const thousands = locale.thousands === ' ' ? '[ \\u00a0\\u202f]' : escape(locale.thousands);
  const integer = locale.thousands === '' ? '\\d+' : `\\d{1,3}(?:${thousands}\\d{3})+|\\d+`;
  const pattern = new RegExp(`^(${integer})(?:${escape(locale.decimal)}(\\d+))?$`);
  return (text) => {
    const m = pattern.exec(text.replace(AROUND, ''));
    if (!m) return undefined;
    const value = Number(`${m[1]!.replace(/\D/g, '')}.${m[2] ?? '0'}`);
    return Number.isFinite(value) ? value : undefined;
  };
}
