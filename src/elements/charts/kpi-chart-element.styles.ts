import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_reserve: 24rem;
    --_reserve-narrow: 23rem;
  }
  .chart-frame {
    position: relative;
  }
  /* The chart's usual height is held from the first paint: vega draws once the page is
     idle, and what sits below the chart must not move then. */
  .chart {
    min-height: var(--_chart-height, 120px);
    width: 100%;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.375rem 0.5rem;
    font-size: 0.78rem;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    /* Its own width wherever it is placed (not squeezed by the frame's edge), so it can be measured and then placed. */
    width: max-content;
    max-width: min(18rem, calc(100vw - 8px));
  }
`;
