import { factTable, type Mode } from '../aggregate/aggregate.js';
import { selectFacts } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import type { FailureKind, Team } from '../schema/facts.js';
import type { Period } from '../time/period.js';
import { isEmptySelection } from './empty.js';
import type { Locale } from './types.js';
import { sliceOf } from './compute.js';
import { resolveWhere, type ViewQuery } from './query.js';

// Why leads and deals fail (README, "The handoff ledger"): failures by reason, largest first,
// each with its owning team, as a Pareto: what `<kpi-reasons>` draws and its table lists.

export interface ReasonRow {
  /** The reason code; '' for failures without a reason. */
  code: string;
  /** The reason's label in the locale (its code when it has none; "no reason given" for ''). */
  label: string;
  /** The team the reason points at; undefined for '' and for codes the dataset does not declare. */
  owner?: Team;
  failures: number;
  /** failures / all failures of the view, and the running total of that share, largest first. */
  share: number;
  cumulative: number;
}

export interface ReasonsResult {
  rows: ReasonRow[];
  total: number;
  /** Failures by owning team, and the share of those with a team that points at marketing. */
  byTeam: Record<Team, number>;
  marketingShare: number | null;
  /** Whether the kind asked can be told apart: rows say how many failed by reason, not how. */
  kinds: boolean;
  empty: boolean;
}

export interface ReasonsQuery extends ViewQuery {
  mode?: Mode;
  /** Which failures: rejected MQLs, disqualified leads, lost deals, or all of them (default). */
  kind?: FailureKind | 'all';
}

const NO_REASON: Record<Locale, string> = { en: 'no reason given', 'pt-BR': 'sem motivo informado', es: 'sin motivo indicado' };

/** Failures by reason in a period and view, largest first (ties by code), with their teams and Pareto shares. */
export function failuresByReason(dataset: Dataset, period: Period, query: ReasonsQuery = {}, locale: Locale = 'en'): ReasonsResult {
  const mode = query.mode ?? 'period';
  const kind = query.kind ?? 'all';
  const { view, member } = sliceOf(resolveWhere(dataset, query));
  const table = factTable(dataset, period.granularity, mode, view);
  const facts = selectFacts(table, period.index, member);
  const declared = new Map(dataset.reasons.map((r) => [r.code, r]));
  const counts = new Map<string, number>();
  let kinds = true;
  for (const [key, n] of facts.reasons) {
    const cut = key.indexOf('\u0000');
    const k = key.slice(0, cut);
    if (k === 'any') kinds = false;
    if (kind !== 'all' && k !== kind) continue;
    const code = key.slice(cut + 1);
    counts.set(code, (counts.get(code) ?? 0) + n);
  }
  let total = 0;
  for (const n of counts.values()) total += n;
  const byTeam: Record<Team, number> = { marketing: 0, sales: 0 };
  const ordered = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let running = 0;
  const rows = ordered.map(([code, failures]): ReasonRow => {
    const reason = declared.get(code);
    if (reason) byTeam[reason.owner] += failures;
    running += failures;
    return {
      code,
      label: code === '' ? NO_REASON[locale] : (reason?.labels?.[locale] ?? reason?.label ?? code),
      ...(reason && { owner: reason.owner }),
      failures,
      share: failures / total,
      cumulative: running / total,
    };
  });
  const owned = byTeam.marketing + byTeam.sales;
  return {
    rows,
    total,
    byTeam,
    marketingShare: owned === 0 ? null : byTeam.marketing / owned,
    kinds: kinds || kind === 'all',
    empty: isEmptySelection(dataset, table, period, period.index, member) || !facts.reasonsKnown,
  };
}
