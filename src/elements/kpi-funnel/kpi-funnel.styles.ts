import { css } from 'lit';

export const funnelStyles = css`
  :host {
    --_reserve: 35rem;
    --_reserve-narrow: 56rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  li {
    border-radius: 6px;
    padding: 0.25rem 0.5rem;
  }
  li:hover {
    background: var(--_track);
  }
  .stage {
    all: unset;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(6rem, 9rem) 1fr minmax(4.5rem, auto);
    align-items: center;
    gap: 0.75rem;
    width: 100%;
    cursor: pointer;
    border-radius: 4px;
  }
  .stage:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  .count {
    text-align: right;
    font-variant-numeric: tabular-nums;
    font-weight: 650;
  }
  .conv {
    margin: 0.125rem 0 0;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
  }
  .legend .channel {
    display: inline-block;
    border: 0;
    padding: 0.125rem 0.25rem;
    font-size: inherit;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    margin-right: 0.25rem;
    vertical-align: -0.05rem;
  }
  @container (max-width: 26rem) {
    .stage {
      grid-template-columns: 1fr auto;
    }
    .stage svg {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
