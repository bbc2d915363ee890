import { getMetric } from '../metrics/registry.js';
import type { Locale, Localized } from '../metrics/types.js';
import { STAGE_LABEL_KEYS, type StageLabelKey } from '../schema/facts.js';
import { STAGE_TEXT } from './messages.js';

/** A dataset's renames of its stages (`stageLabels`): the plural name the funnel shows, "SALs". */
export type StageNames = Partial<Record<StageLabelKey, string>>;

const t = (en: string, ptBR: string, es: string): Localized => ({ en, 'pt-BR': ptBR, es });

/** One of a stage, as the catalogue's labels write it ("MQL-to-SQL rate", "Days from SQL to opportunity"). */
const STAGE_ONE: Record<StageLabelKey, Localized> = {
  visitors: t('Visitor', 'Visitante', 'Visitante'),
  leads: t('Lead', 'Lead', 'Lead'),
  mqls: t('MQL', 'MQL', 'MQL'),
  sqls: t('SQL', 'SQL', 'SQL'),
  opportunities: t('Opportunity', 'Oportunidade', 'Oportunidad'),
  customers: t('Customer', 'Cliente', 'Cliente'),
};

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
 * of either case ("customers" in "New customers"). The singular of a rename is the rename less
 * a final "s" ("SALs" → "SAL", "Deals" → "Deal"), or the rename as given. One pass, so a
 * rename is never renamed again by another stage's.
 */
export function withStageNames(text: string, locale: Locale, names: StageNames | undefined): string {
  if (!names) return text;
  const replacements = new Map<string, string>();
  for (const stage of STAGE_LABEL_KEYS) {
    const rename = names[stage];
    if (rename === undefined || rename === '' || rename === STAGE_TEXT[stage][locale]) continue;
    replacements.set(STAGE_TEXT[stage][locale].toLowerCase(), rename);
    replacements.set(STAGE_ONE[stage][locale].toLowerCase(), rename.length > 1 && rename.endsWith('s') ? rename.slice(0, -1) : rename);
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
