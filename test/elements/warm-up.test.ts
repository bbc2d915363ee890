import { expect } from '@open-wc/testing';
import { validatePayload } from '../../src/elements/lazy/validate-payload.js';
import { warmUpInTasks } from '../../src/elements/lazy/warm-up-in-tasks.js';

// The core's warm-up (src/elements/lazy/warm-up-in-tasks.ts) fills the wait for a page's data;
// once that data is being checked, what is left of it would only come before the numbers.

const recorder = () => {
  const ran: string[] = [];
  return { ran, steps: ['zone', 'check', 'metrics'].map((name) => () => void ran.push(name)) };
};

describe('the warm-up in tasks', () => {
  it('runs its steps in tasks after the current one while the page waits for its data', async () => {
    const { ran, steps } = recorder();
    const done = warmUpInTasks(steps);
    expect(ran, 'nothing runs in the task that started it').to.deep.equal([]);
    await done;
    expect(ran).to.deep.equal(['zone', 'check', 'metrics']);
  });

  it("stops once the page's own data is being checked", async () => {
    const { ran, steps } = recorder();
    const done = warmUpInTasks(steps);
    validatePayload({ version: 1 }, 'data property');
    await done;
    expect(ran, 'no step runs after the data came').to.deep.equal([]);
  });
});
