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
  --_team-marketing: var(--kpi-team-marketing, #f59e5b);
  --_team-sales: var(--kpi-team-sales, #6cb4f0);
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
    /* The teams a failure's reason points at (the reasons chart): orange and blue, told apart in every common colour vision, and each written beside its bars. */
    --_team-marketing: var(--kpi-team-marketing, #a8490f);
    --_team-sales: var(--kpi-team-sales, #1f6fa8);
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
