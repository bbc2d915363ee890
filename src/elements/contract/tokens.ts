import { css, unsafeCSS } from 'lit';

// Public `--kpi-*` custom properties feed private `--_*` ones with fallbacks, so an element
// looks right with no page stylesheet at all, and a page themes it with a few properties.

const DARK = unsafeCSS(`
  --_surface: var(--kpi-surface, #16181d);
  --_text: var(--kpi-text, #eceef2);
  --_muted: var(--kpi-text-muted, #a9b0bc);
  --_border: var(--kpi-border, #343944);
  --_track: var(--kpi-track, #2a2e37);
  --_accent: var(--kpi-accent, #7aa2ff);
  --_accent-soft: var(--kpi-accent-soft, #3d5aa8);
  --_band: var(--kpi-band, var(--_accent-soft));
  --_good: var(--kpi-good, #5fd08b);
  --_warn: var(--kpi-warn, #f2b154);
  --_bad: var(--kpi-bad, #ff8f86);
  --_focus: var(--kpi-focus, #9dbaff);
`);

/** How many series colours there are (`--kpi-series-1` … `--kpi-series-8`). */
export const SERIES_COUNT = 8;

export const tokens = css`
  :host {
    --_surface: var(--kpi-surface, #ffffff);
    --_text: var(--kpi-text, #1b1f27);
    --_muted: var(--kpi-text-muted, #566070);
    --_border: var(--kpi-border, #d5dae1);
    --_track: var(--kpi-track, #eef0f4);
    --_accent: var(--kpi-accent, #2b59c3);
    --_accent-soft: var(--kpi-accent-soft, #9db5ea);
    --_band: var(--kpi-band, var(--_accent-soft));
    --_good: var(--kpi-good, #1a7a3a);
    --_warn: var(--kpi-warn, #955400);
    --_bad: var(--kpi-bad, #b02a20);
    --_focus: var(--kpi-focus, #2b59c3);
    /* Category colours (channels, series): the funnel's split and the charts read the same. */
    --_series-1: var(--kpi-series-1, var(--_accent));
    --_series-2: var(--kpi-series-2, #d9730d);
    --_series-3: var(--kpi-series-3, #0f8b6f);
    --_series-4: var(--kpi-series-4, #b0418c);
    --_series-5: var(--kpi-series-5, #7a5cc9);
    --_series-6: var(--kpi-series-6, #8a6d1a);
    --_series-7: var(--kpi-series-7, #2f8fbd);
    --_series-8: var(--kpi-series-8, #c2453d);
    --_font: var(--kpi-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--kpi-radius, 10px);
    --_gap: var(--kpi-gap, 0.75rem);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${DARK}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${DARK}
    color-scheme: dark;
  }
`;

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
