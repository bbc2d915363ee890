import type { Unit } from '../../core/kit.js';

/** The d3-format string vega uses for a unit (the locale's separators come from the chart's formatLocale). */
export function d3Format(unit: Unit): string {
  switch (unit) {
    case 'rate':
      return '.1%';
    case 'money':
    case 'moneyPerDay':
      return '$,.0f';
    case 'count':
      return ',.0f';
    default:
      return ',.1f';
  }
}
