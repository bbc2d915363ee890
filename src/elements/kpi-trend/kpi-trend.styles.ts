import { css } from 'lit';

export const trendStyles = css`
  :host {
    /* 180 px of plot, its axes and its legend (src/core/specs/trend.ts). */
    --_chart-height: 255px;
  }
`;
