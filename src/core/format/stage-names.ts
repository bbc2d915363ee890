import { getMetric } from '../metrics/registry.js';
import type { Locale } from '../metrics/types.js';
import { STAGE_LABEL_KEYS, type StageLabelKey } from '../schema/facts.js';
import { STAGE_TEXT } from './messages.js';

/** A dataset's renames of its stages (`stageLabels`): the plural name the funnel shows, "SALs". */
export type StageNames = Partial<Record<StageLabelKey, string>>;

/**
 * One of a stage, from its plural, as the catalogue's labels write it ("MQL-to-SQL rate",
 * "Days from SQL to opportunity"): "Opportunities" → "Opportunity", Spanish "Oportunidades" →
 * "Oportunidad", else less a final "s" ("SALs" → "SAL", "Clientes" → "Cliente"). A rename's
 * singular follows the same rule.
 */
const one = (plural: string, locale: Locale) =>
  (locale === 'en' ? plural.replace(/ies$/, 'y') : locale === 'es' ? plural.replace(/des$/, 'd') : plural).replace(/(.)s$/, '$1');

/** A stage's name in the reader's language: the dataset's rename, else the kit's ("SQLs"). */
export function stageName(stage: StageLabelKey, locale: Locale, names: StageNames | undefined): string {
  return names?.[stage] ?? STAGE_TEXT[stage][locale];
}

// An acronym keeps its capitals mid-sentence ("SQL", "SALs"); a word takes the case of the word it replaces.
const isAcronym = (word: string) => word.length > 1 && word[1] !== word[1]!.toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function inCaseOf(found: string, replacement: string): string {
  if (isAcronym(replacement)) return replacement;
  const first = found[0]!;
  return (first === first.toUpperCase() ? replacement[0]!.toUpperCase() : replacement[0]!.toLowerCase()) + replacement.slice(1);
}

/**
 * A text of the kit's with the dataset's stage names in place of its own: the plural
 * ("SQLs" → "SALs") and the singular ("MQL-to-SQL rate" → "MQL-to-SAL rate"), as whole words
 * of either case ("customers" in "New customers"). One pass, so a rename is never renamed
 * again by another stage's.
 */
export function withStageNames(text: string, locale: Locale, names: StageNames | undefined): string {
  if (!names) return text;
  const replacements = new Map<string, string>();
  for (const stage of STAGE_LABEL_KEYS) {
    const rename = names[stage];
    if (rename === undefined || rename === '' || rename === STAGE_TEXT[stage][locale]) continue;
    replacements.set(STAGE_TEXT[stage][locale].toLowerCase(), rename);
    replacements.set(one(STAGE_TEXT[stage][locale], locale).toLowerCase(), one(rename, locale));
  }
  if (replacements.size === 0) return text;
  // Whole words only: "MQL" is never found inside "SMQL", nor "Lead" inside "Leads".
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...replacements.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(words, (found) => inCaseOf(found, replacements.get(found.toLowerCase())!));
}

/** A metric's label in the reader's language, in the dataset's stage names; its id when no metric has it. */
export function metricLabel(id: string, locale: Locale, names: StageNames | undefined): string {
  const label = getMetric(id)?.label[locale];
  return label === undefined ? id : withStageNames(label, locale, names);
}
