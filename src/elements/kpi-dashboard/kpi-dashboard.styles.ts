import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    container-type: inline-size;
    background: transparent;
    border: 0;
    padding: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin: 0 0 1rem;
    font-size: 0.85rem;
  }
  .controls label {
    display: grid;
    gap: 0.2rem;
  }
  select,
  input[type='date'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.25rem;
  }
  /* A dimension's picker lists its members once the page is idle (kpi-dashboard.ts, #fillPickers):
     one width before and after, so filling it never moves the page (as wide as its longest name did). */
  .members {
    width: 12rem;
    max-width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  legend {
    float: left;
    margin-right: 0.5rem;
  }
  /* Each choice whole, its box beside its words: on a phone the row wraps between choices, never inside one. */
  .controls fieldset label {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    white-space: nowrap;
  }
  section {
    margin: 0 0 1.5rem;
  }
  h4 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  h5 {
    margin: 0.75rem 0 0.5rem;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* Flex rows, not grid tracks: the last row's widgets grow into the space left, so a
     block never has holes, and the widgets of one row share its height. */
  .drilled {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: -0.25rem 0 1rem;
    font-size: 0.875rem;
  }
  /* A panel opened in place ("Why?", a driver's trend): its widget full width, Close under it. */
  .panel {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .panel > :not(button) {
    align-self: stretch;
  }
  .grid {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .grid > * {
    flex: 1 1 16rem;
    min-width: min(100%, 16rem);
  }
  .grid > .wide {
    flex: 2 1 33rem;
  }
  .grid > .full {
    flex-basis: 100%;
  }
  /* A block's only widget of one column takes half a wide block, not all of it. */
  @container (min-width: 34rem) {
    .grid > :only-child:not(.wide, .full) {
      max-width: calc((100% - var(--_gap)) / 2);
    }
  }
  /* Even rows (even-rows.ts): --_cols across, each a column's width; the last rows' widgets --_tail across. */
  .grid[style*='--_cols'] > * {
    flex-basis: calc((100% - (var(--_cols) - 1) * var(--_gap)) / var(--_cols) - 0.5px);
  }
  .grid > [style*='--_tail'] {
    flex-basis: calc((100% - (var(--_tail) - 1) * var(--_gap)) / var(--_tail) - 0.5px);
  }
  /* On paper: the numbers, not the controls or the panels' buttons. */
  @media print {
    .controls,
    header .actions,
    .drilled button,
    .panel > button {
      display: none;
    }
  }
  @container (min-width: 90rem) {
    .grid > * {
      flex-basis: 18rem;
    }
  }
`;
