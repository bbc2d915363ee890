// The dashboard's state in the page's URL fragment (opt-in, `url-state`), so a link in a
// meeting invite opens the same view: `#period=2026-03&mode=cohort&where.segment=SMB&view=meeting`.
// Only what differs from the defaults is written; unknown keys are ignored on reading.

/** What the fragment holds: the dashboard's choices, as its attributes spell them. */
export interface DashboardState {
  period?: string | undefined;
  channel?: string | undefined;
  where?: Record<string, string> | undefined;
  mode?: string | undefined;
  compare?: string | undefined;
  compareBy?: string | undefined;
  view?: string | undefined;
  since?: string | undefined;
}

const KEYS = ['period', 'channel', 'mode', 'compare', 'compareBy', 'view', 'since'] as const;
/** The fragment's spelling of a key: as the attribute is written. */
const NAMES: Record<(typeof KEYS)[number], string> = { period: 'period', channel: 'channel', mode: 'mode', compare: 'compare', compareBy: 'compare-by', view: 'view', since: 'since' };
const WHERE = 'where.';
/** Keys whose empty value is a choice, not an absence: `compare=` is no comparisons at all (absent: all three). */
const EMPTY_IS_CHOSEN = new Set<string>(['compare']);
const kept = (key: string, value: string) => value !== '' || EMPTY_IS_CHOSEN.has(key);

/** The state as a fragment (without `#`): its keys in one order, so the same state is the same link. */
export function toFragment(state: DashboardState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined && kept(key, value)) params.set(NAMES[key], value);
  }
  for (const [id, member] of Object.entries(state.where ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) params.set(`${WHERE}${id}`, member);
  return params.toString();
}

/** A fragment (with or without `#`) as a state: absent keys stay undefined. */
export function fromFragment(fragment: string): DashboardState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const state: DashboardState = {};
  for (const key of KEYS) {
    const value = params.get(NAMES[key]);
    if (value !== null && kept(key, value)) state[key] = value;
  }
  // fromEntries defines own keys: a `where.__proto__` stays a dimension's name, never a prototype.
  const where = Object.fromEntries([...params].filter(([name, value]) => name.startsWith(WHERE) && name.length > WHERE.length && value !== '').map(([name, value]) => [name.slice(WHERE.length), value]));
  if (Object.keys(where).length > 0) state.where = where;
  return state;
}
