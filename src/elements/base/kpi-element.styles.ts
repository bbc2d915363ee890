import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    container-type: inline-size;
    line-height: 1.4;
    /* Each element reserves about its usual height from the first paint, so its data
       arriving does not push the page around (layout shift). --kpi-min-height overrides. */
    min-height: var(--kpi-min-height, var(--_reserve, 0));
  }
  /* On a phone an element's words wrap and it stands taller: under 22.5rem of its own width,
     its content holds --_reserve-narrow (each element's usual height there, less its padding). */
  @container (max-width: 22.5rem) {
    [part='base'] {
      min-height: var(--_reserve-narrow, 0);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([density='compact']) {
    padding: 0.625rem 0.75rem;
    font-size: 0.875rem;
    --_gap: var(--kpi-gap, 0.5rem);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    margin-bottom: 0.5rem;
  }
  header > :first-child {
    min-width: 0;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  .summary,
  .note {
    margin: 0 0 0.75rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  button {
    font: inherit;
    font-size: 0.8rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
  button:hover {
    background: var(--_track);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .banner {
    border-left: 3px solid var(--_warn);
    padding: 0.375rem 0.625rem;
    margin: 0 0 0.75rem;
    font-size: 0.85rem;
    background: var(--_track);
  }
  .state {
    padding: 1rem 0;
  }
  .state strong {
    display: block;
    margin-bottom: 0.25rem;
  }
  .state ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton span {
    display: block;
    height: 0.9rem;
    border-radius: 4px;
    background: var(--_track);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .good {
    color: var(--_good);
  }
  .warn {
    color: var(--_warn);
  }
  .bad {
    color: var(--_bad);
  }
  .neutral {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  svg {
    display: block;
    overflow: visible;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
  }
`;
