import { css } from 'lit';

export const gaugeStyles = css`
  :host {
    --_reserve: 17rem;
  }
  .headline {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    flex-wrap: wrap;
    margin-bottom: 0.5rem;
  }
  .number {
    font-size: 1.8rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .sla-status {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.75rem;
    color: var(--_muted);
    margin-top: 0.375rem;
  }
  text {
    fill: var(--_muted);
    font-size: 10px;
  }
`;
