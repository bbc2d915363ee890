import { warmUpSteps } from '../../core/ingest/warm-up.js';

// The first validation and metrics of a page are slow (core/ingest/warm-up.ts): the core's
// chunk pays for them as soon as it is in, usually while the page waits for its data, one
// step per task. The CDN file holds the core, so its chunk is in as the file is evaluated,
// and the warm-up must not lengthen that task (nor each other's) into a long one. (Here, in
// the core's chunk, not in the door every first load carries.)

/** The next task: `scheduler.yield()` where the browser has it (it resumes before other queued work), else a timer. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

let wanted = true;

/**
 * The page's own data is being checked: what is left of the warm-up would only run before its
 * numbers (a yielded step resumes ahead of other queued work), and that data warms the same code.
 */
export function endWarmUp(): void {
  wanted = false;
}

/** Runs the warm-up's steps, each in a task of its own, the first after the current one, until the page's data comes. A step that fails only warms less. */
export async function warmUpInTasks(steps = warmUpSteps()): Promise<void> {
  try {
    for (const step of steps) {
      await nextTask();
      if (!wanted) return;
      step();
    }
  } catch {
    // nothing of a warm-up may reach the page
  }
}
