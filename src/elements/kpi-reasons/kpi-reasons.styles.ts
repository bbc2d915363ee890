import { css } from 'lit';

export const reasonsStyles = css`
  :host {
    /* The headline, six bars of 28 px with their axis (211 px), and the legend: the sample's
       height on a wide page (a narrow one wraps the words to about 26rem). */
    --_reserve: 23rem;
    --_reserve-narrow: 24rem;
    --_chart-height: 211px;
  }
  .headline {
    margin: 0 0 0.25rem;
    font-size: 0.95rem;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  /* A mark and its words side by side: words that wrap stay beside their mark. */
  .legend li {
    display: flex;
    align-items: baseline;
  }
  .swatch {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    flex: none;
    margin-right: 0.3rem;
    border-radius: 2px;
    vertical-align: -0.05rem;
  }
  .swatch.marketing {
    background: var(--_team-marketing);
  }
  .swatch.sales {
    background: var(--_team-sales);
  }
  .swatch.none {
    background: var(--_muted);
  }
  .dash {
    display: inline-block;
    flex: none;
    width: 1.2rem;
    margin-right: 0.3rem;
    border-top: 2px dashed var(--_text);
    vertical-align: 0.2rem;
  }
`;
