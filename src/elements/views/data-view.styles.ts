import { css } from 'lit';

// The styles of what an element shows only once its numbers are on screen (the actions
// menu, the table view): they come with the core's lazy chunk, and an element adopts them
// beside its own styles then (KpiElement).

export const dataViewStyles = css`
  /* A funnel step's handoff notes: owner, sales' answers, time in stage, stalled. */
  .handoff {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .handoff .owner {
    padding: 0 0.35rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .handoff .stalled {
    color: var(--_warn);
    font-weight: 600;
  }
  .actions {
    position: relative;
    flex: none;
    margin-left: auto;
  }
  [part='actions'] {
    display: grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    padding: 0;
    border-color: transparent;
    color: var(--_muted);
  }
  [part='actions'] svg {
    fill: currentColor;
  }
  [part='actions'][aria-expanded='true'] {
    border-color: var(--_border);
    color: var(--_text);
  }
  [part='menu'] {
    position: absolute;
    right: 0;
    top: calc(100% + 0.25rem);
    z-index: 2;
    min-width: 11rem;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }
  [part='menu'][hidden] {
    display: none;
  }
  [part='menu'] button {
    display: block;
    width: 100%;
    text-align: left;
    border: 0;
    padding: 0.4rem 0.6rem;
    white-space: nowrap;
  }
  [part='menu'] button:focus-visible {
    background: var(--_track);
    outline-offset: -2px;
  }
  [role='menuitemcheckbox']::before {
    content: '';
    display: inline-block;
    width: 1.1em;
  }
  [role='menuitemcheckbox'][aria-checked='true']::before {
    content: '✓';
  }
  .table-scroll {
    container-type: inline-size;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    /* The sentence stays within the visible box, whatever the table's width. */
    max-width: 100cqi;
    text-align: left;
    color: var(--_muted);
    padding-bottom: 0.375rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  td.num,
  th.num {
    text-align: right;
  }
`;
