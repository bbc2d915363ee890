import { html, type TemplateResult } from 'lit';
import type { Locale, SlaStatus, Status, StatusSource } from '../../core/kit.js';
import { SLA_STATUS_TEXT, STATUS_TEXT, statusText } from '../../core/format/messages.js';

/** Every verdict the elements show, as the tone it is drawn in: a metric's status or an SLA's. */
const TONE: Record<Status | SlaStatus, Status> = { good: 'good', warn: 'warn', bad: 'bad', neutral: 'neutral', met: 'good', 'at-risk': 'warn', missed: 'bad', unknown: 'neutral' };
const MARK: Record<Status, string> = { good: '▲', warn: '◆', bad: '▼', neutral: '●' };

/** A verdict's words: an SLA's ("met", "at risk") or a metric's ("good", "off track"). */
export function verdictText(verdict: Status | SlaStatus, locale: Locale): string {
  return verdict in SLA_STATUS_TEXT ? SLA_STATUS_TEXT[verdict as SlaStatus][locale] : STATUS_TEXT[verdict as Status][locale];
}

/** A verdict as a mark and words, in its tone's colour: never by colour alone. One badge for metrics and SLAs. */
export function statusBadge(verdict: Status | SlaStatus, locale: Locale, words = verdictText(verdict, locale)): TemplateResult {
  const tone = TONE[verdict];
  return html`<span class="status ${tone}"><span aria-hidden="true">${MARK[tone]}</span> ${words}</span>`;
}

/** A metric's status as a badge, in the words of what judged it ("within benchmark"). */
export function metricBadge(m: StatusSource, locale: Locale): TemplateResult {
  return statusBadge(m.status, locale, statusText(m, locale));
}
