import { css } from 'lit';

export const cardStyles = css`
  /* A column whose trend sits at its foot: the cards of a row share its height (a
     dashboard's rows stretch them), so their sparklines line up whatever lies above. */
  :host {
    --_reserve: 14rem;
    --_reserve-narrow: 14rem;
    display: flex;
    flex-direction: column;
  }
  article {
    flex: 1;
    display: flex;
    flex-direction: column;
  }
  .value {
    font-size: 2rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    margin: 0;
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    flex-wrap: wrap;
    background: none;
    border: 0;
    padding: 0;
    color: inherit;
    text-align: left;
    cursor: pointer;
    align-self: flex-start;
  }
  /* A number, a period key: never broken at its sign or hyphen ("-" over "R$ 3.678"). */
  .value,
  .n {
    white-space: nowrap;
  }
  .value small {
    white-space: normal;
    font-size: 0.8rem;
    font-weight: 400;
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.75rem 0 0;
    font-size: 0.85rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .trend {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-top: auto;
    padding-top: 0.75rem;
  }
`;
