import type { Unit } from '../../core/kit.js';

/**
 * The d3-format string vega uses for a unit (the locale's separators come from the chart's
 * formatLocale). One decimal where it says something, as the cards write numbers: "20%" and
 * "31.8%" (`~` drops a trailing zero), so an axis reads 0%, 20%, 40%, not 0.0%, 20.0%.
 */
export function d3Format(unit: Unit): string {
  switch (unit) {
    case 'rate':
      return '.1~%';
    case 'money':
    case 'moneyPerDay':
      return '$,.0f';
    case 'count':
      return ',.0f';
    default:
      return ',.1~f';
  }
}
