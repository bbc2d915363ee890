import type { SchemaIssue } from '../../core/kit.js';

/** What went wrong, for machines: RELIABILITY.md's kinds, and `render` for a chart that could not be drawn. */
export const ERROR_KINDS = ['network', 'http', 'content-type', 'parse', 'schema', 'too-large', 'query', 'render'] as const;
export type KpiErrorKind = (typeof ERROR_KINDS)[number];

export interface KpiLoadDetail {
  /** Where the data came from. */
  source: 'data' | 'src';
  src?: string;
  rows: number;
  leads: number;
  /** Where a fetched payload was parsed and validated: in a worker (big payloads), or on the page. */
  parsedIn?: 'worker' | 'page';
  /** Why a big payload was parsed on the page after all (no worker could start here). */
  inlineReason?: string;
}

export interface KpiErrorDetail {
  kind: KpiErrorKind;
  /** A sentence a person can act on. */
  message: string;
  /** Schema issues, capped, as readable paths. */
  issues?: SchemaIssue[];
  /** The HTTP status, for kind "http". */
  status?: number;
  /** Whether older data is still on screen, marked stale. */
  stale: boolean;
}

export interface KpiSelectDetail {
  period: string;
  channel?: string;
  /** The view of the chosen cell: the element's `where` plus the member chosen (`{ segment: "smb", owner: "Ana" }`). */
  where?: Record<string, string>;
  metric?: string;
  stage?: string;
  /** A reason's code (`<kpi-reasons>`): '' for failures without a reason. */
  reason?: string;
  /** An SLA's id (a verdict flip in `<kpi-review>`). */
  sla?: string;
}

/** A kpi-select detail, the same shape from every element: keys only for what was chosen (no `channel: undefined`). */
export function selectDetail(
  period: string,
  chosen: { channel?: string | undefined; where?: Record<string, string> | undefined; metric?: string | undefined; stage?: string | undefined; reason?: string | undefined; sla?: string | undefined },
): KpiSelectDetail {
  const detail: KpiSelectDetail = { period };
  for (const key of ['channel', 'where', 'metric', 'stage', 'reason', 'sla'] as const) {
    const value = chosen[key];
    // An empty where is no choice: the element's whole view.
    if (value !== undefined && (key !== 'where' || Object.keys(value).length > 0)) (detail as unknown as Record<string, unknown>)[key] = value;
  }
  return detail;
}

/** A card asks why its metric moved (its menu's "Why did it move?"): the dashboard opens the bridge. */
export interface KpiExplainDetail {
  metric: string;
}

export type KpiLoadEvent = CustomEvent<KpiLoadDetail>;
export type KpiExplainEvent = CustomEvent<KpiExplainDetail>;
export type KpiErrorEvent = CustomEvent<KpiErrorDetail>;
export type KpiSelectEvent = CustomEvent<KpiSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'kpi-load': KpiLoadEvent;
    'kpi-error': KpiErrorEvent;
    'kpi-select': KpiSelectEvent;
    'kpi-explain': KpiExplainEvent;
  }
}

interface KpiEvents {
  'kpi-load': KpiLoadDetail;
  'kpi-error': KpiErrorDetail;
  'kpi-select': KpiSelectDetail;
  'kpi-explain': KpiExplainDetail;
}

/** Dispatches one of the kit's events: bubbling and composed, so a page hears it from any depth. */
export function emit<K extends keyof KpiEvents>(target: EventTarget, type: K, detail: KpiEvents[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
