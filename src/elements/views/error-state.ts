import { html, nothing, type TemplateResult } from 'lit';
import type { KpiLoadError } from '../contract/load-error.js';
import type { Messages } from '../i18n/en.js';

// An element's failure in words, once its words are here (before, the element shows the
// message alone). Several elements on one `src` share one request, and so one failure: only
// the first to show it is an alert, so that a screen reader hears it once, not once per element.

const announcer = new WeakMap<KpiLoadError, object>();

/**
 * The error state: its kind's title, then what went wrong in the page's language (or, for a
 * failure the data names, its list of issues, which the message would only repeat); `retry`
 * (when fetching again may help) is offered as a button.
 */
export function renderError(host: object, error: KpiLoadError, t: Messages, retry?: () => void): TemplateResult {
  if (!announcer.has(error)) announcer.set(error, host);
  const issues = error.extra.issues ?? [];
  // Issues past the five listed: those kept and those only counted.
  const more = (error.extra.issueCount ?? issues.length) - Math.min(issues.length, 5);
  return html`<div class="state" role=${announcer.get(error) === host ? 'alert' : nothing} part="error">
    <strong>${t.error[error.kind]}</strong>
    ${issues.length > 0 ? nothing : html`<span>${(error.extra.detail && t.failure(error.extra.detail)) ?? error.message}</span>`}
    ${issues.length > 0 ? html`<ul>${issues.slice(0, 5).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}${more > 0 ? html`<li>${t.moreIssues(more)}</li>` : nothing}</ul>` : nothing}
    ${retry ? html`<p><button aria-describedby="title" @click=${(event: Event) => retryKeepingFocus(event, retry)}>${t.retry}</button></p>` : nothing}
  </div>`;
}

/** The button goes with the error it answers: focus waits on the element itself (its article) rather than falling to the page. */
function retryKeepingFocus(event: Event, retry: () => void): void {
  const article = (event.currentTarget as HTMLElement).closest('article');
  if (article) {
    article.tabIndex = -1;
    article.focus();
  }
  retry();
}
