import { css } from 'lit';

export const bridgeStyles = css`
  :host {
    /* The note, seven bars of 28 px with their axis (about 240 px), and the method's words. */
    --_reserve: 22rem;
    --_reserve-narrow: 31rem;
    --_chart-height: 240px;
  }
  .note {
    margin: 0 0 0.25rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .method {
    margin: 0.5rem 0 0;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .steps {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
  }
  .steps .step {
    padding: 0.1rem 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .steps .good {
    color: var(--_good);
  }
  .steps .bad {
    color: var(--_bad);
  }
`;
