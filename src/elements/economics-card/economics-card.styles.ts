import { css } from 'lit';

export const economicsStyles = css`
  :host {
    --_reserve: 15.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_gap);
  }
  li {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    padding: 0.625rem 0.75rem;
  }
  .tile {
    all: unset;
    display: block;
    cursor: pointer;
    width: 100%;
  }
  .tile:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .label {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .number {
    display: block;
    font-size: 1.4rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .rule {
    font-size: 0.75rem;
    color: var(--_muted);
    margin-top: 0.25rem;
  }
`;
