import { parseArgs } from 'node:util';
import { resolveLocale } from '../../core/format/messages.js';
import { reviewHtml, reviewMarkdown } from '../../core/format/review.js';
import { review } from '../../core/metrics/review.js';
import { LOCALES } from '../../core/metrics/types.js';
import { parseCivilDate } from '../../core/time/instant.js';
import { checkView } from '../check-view.js';
import { loadDataset } from '../dataset-input.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../usage.js';

/** The meeting's digest (see HELP.review). */
export async function reviewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { since: { type: 'string' }, 'as-of': { type: 'string' }, where: { type: 'string' }, format: { type: 'string', default: 'md' }, lang: { type: 'string', default: 'en' } },
  });
  if (values.since === undefined || Number.isNaN(parseCivilDate(values.since))) throw new UsageError(`review needs --since YYYY-MM-DD (the day of the last meeting)${values.since ? `; not "${values.since}"` : ''}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && Number.isNaN(parseCivilDate(asOf))) throw new UsageError(`--as-of takes a calendar day YYYY-MM-DD; not "${asOf}"`);
  if (!['md', 'html', 'json'].includes(values.format)) throw new UsageError(`--format takes md, html or json; not "${values.format}"`);
  if (!/^(en|pt|es)(-|$)/i.test(values.lang)) throw new UsageError(`--lang takes ${LOCALES.join(', ')}; not "${values.lang}"`);
  const dataset = await loadDataset(positionals[0], io);
  if (!dataset) return EXIT_INVALID;
  if (values.where !== undefined) checkView(dataset, { where: values.where });
  const result = review(dataset, { since: values.since, ...(asOf !== undefined && { asOf }), ...(values.where !== undefined && { where: values.where }) });
  const locale = resolveLocale(values.lang);
  if (values.format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(values.format === 'html' ? reviewHtml(result, locale, dataset.currency) : reviewMarkdown(result, locale, dataset.currency));
  return EXIT_OK;
}
