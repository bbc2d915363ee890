import { css } from 'lit';

export const economicsStyles = css`
  :host {
    --_reserve: 15.5rem;
    --_reserve-narrow: 47rem;
  }
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  /* The six tiles in even rows, at least 11rem each: 6, 3, 2 or 1 across, never 5 and a lone one. */
  @container (min-width: 22.5rem) {
    .tiles {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container (min-width: 35rem) {
    .tiles {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  @container (min-width: 70rem) {
    .tiles {
      grid-template-columns: repeat(6, 1fr);
    }
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
