import { css } from 'lit';

export const reviewStyles = css`
  .dates {
    margin: 0 0 0.25rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .headline {
    margin: 0 0 0.75rem;
    font-size: 1rem;
    font-weight: 600;
  }
  section {
    margin-top: 0.75rem;
  }
  h4 {
    margin: 0 0 0.25rem;
    font-size: 0.85rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-top: 0.125rem;
  }
  /* A line is a link to the element that shows it: text that looks like text, a button to the keyboard. */
  .item {
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    padding: 0.125rem 0;
    cursor: pointer;
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 0.2em;
  }
  .item:hover {
    text-decoration-style: solid;
  }
  .item:focus-visible {
    outline: 2px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
  .nothing {
    margin: 0;
    color: var(--_muted);
  }
  /* On paper (A4 is set for the page when the element connects): no controls, one section per page, the period and dates on top. */
  @media print {
    header .actions,
    .copied {
      display: none;
    }
    article {
      box-shadow: none;
      border: 0;
    }
    section + section {
      break-before: page;
    }
    .item {
      text-decoration: none;
      padding: 0;
    }
  }
`;
