import { css } from 'lit';

// vega-embed's actions menu, dressed by the element (vega-embed's own <style> is never
// injected: a strict CSP refuses it): a round button at the chart's top right, its menu
// under it, in the kit's tokens.
export const kpiChartStyles = css`
  :host {
    --_reserve: 22rem;
    --_reserve-narrow: 29rem;
    --_chart-height: 240px;
  }
  .vega-embed {
    position: relative;
    display: block;
    box-sizing: border-box;
  }
  /* Room for the menu's button beside the chart, taken from the frame: the chart is drawn
     to its container's width, which then leaves the button clear. */
  .chart-frame.with-menu {
    padding-right: 2.25rem;
  }
  .vega-embed details:not([open]) > :not(summary) {
    display: none;
  }
  .vega-embed summary {
    list-style: none;
    position: absolute;
    top: 0;
    right: -2.25rem;
    z-index: 2;
    padding: 6px;
    line-height: 0;
    cursor: pointer;
    color: var(--_muted);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .vega-embed summary::-webkit-details-marker {
    display: none;
  }
  .vega-embed summary svg {
    width: 14px;
    height: 14px;
  }
  .vega-embed summary:focus-visible,
  .vega-embed .vega-actions a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .vega-embed .vega-actions {
    position: absolute;
    z-index: 3;
    top: 2.25rem;
    right: -2.25rem;
    display: flex;
    flex-direction: column;
    padding: 0.25rem 0;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .vega-embed .vega-actions a {
    padding: 0.4rem 0.9rem;
    font-size: 0.85rem;
    white-space: nowrap;
    color: var(--_text);
    text-decoration: none;
  }
  .vega-embed .vega-actions a:hover,
  .vega-embed .vega-actions a:focus {
    background: var(--_track);
  }
`;
