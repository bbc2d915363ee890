import { css } from 'lit';

export const scorecardStyles = css`
  :host {
    --_reserve: 20rem;
  }
  .scroll {
    overflow: auto;
    max-height: var(--kpi-scorecard-max-height, 48rem);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  [role='grid'] {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  [role='grid'] th,
  [role='grid'] td {
    padding: 0.4rem 0.6rem;
    vertical-align: top;
    background: var(--_surface);
  }
  /* The header row and the channel column stay in view while the table scrolls. */
  /* Headers wrap (the columns stay as narrow as their numbers); numbers never do. */
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    font-weight: 600;
    vertical-align: bottom;
  }
  tbody th,
  tfoot th,
  thead th:first-child {
    position: sticky;
    left: 0;
  }
  thead th:first-child {
    z-index: 2;
  }
  /* The total stays in view at the bottom while the channels scroll. */
  tfoot th,
  tfoot td {
    position: sticky;
    bottom: 0;
    border-top: 2px solid var(--_border);
    font-weight: 600;
  }
  tfoot th {
    z-index: 2;
  }
  .sort {
    border: 0;
    padding: 0;
    text-align: inherit;
    font-weight: inherit;
    font-size: inherit;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .sort:hover {
    background: none;
    text-decoration: underline;
  }
  [role='gridcell'],
  [role='rowheader'] {
    cursor: pointer;
  }
  [role='gridcell']:hover,
  [role='rowheader']:hover {
    background: var(--_track);
  }
  :focus-visible {
    outline-offset: -2px;
  }
  .value {
    display: block;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .delta,
  .why {
    display: block;
    font-size: 0.78rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  .why {
    white-space: normal;
  }
  .status {
    display: block;
    font-size: 0.78rem;
    white-space: nowrap;
  }
  /* On a phone the page scrolls, not a box within it (the sticky total hid the last rows there), and
     statuses wrap, so that more than one metric column is in view. */
  @container (max-width: 36rem) {
    .scroll {
      max-height: none;
    }
    .status {
      white-space: normal;
    }
  }
  :host([density='compact']) [role='grid'] th,
  :host([density='compact']) [role='grid'] td {
    padding: 0.25rem 0.4rem;
  }
`;
