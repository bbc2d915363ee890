import { css } from 'lit';

export const benchmarkStyles = css`
  :host {
    --_reserve: 37rem;
    --_reserve-narrow: 64rem;
  }
`;
