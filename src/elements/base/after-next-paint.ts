/**
 * Resolves in the task after the next frame: for work a page's first numbers must not wait
 * for. An idle callback waited for the page to go quiet as well, which on a busy page came
 * 50-250 ms after the numbers were on screen.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves when the page is idle (within a second at most), or in the next task where browsers cannot tell. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0)));
}
