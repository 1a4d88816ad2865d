import { describe, expect, it } from 'vitest';
import { eachAtMost } from '../../functions/recap/pipeline';

/** A task that waits until released, recording when it started and how many ran at once. */
function gate() {
  const started: number[] = [];
  const release = new Map<number, (error?: unknown) => void>();
  let running = 0;
  let most = 0;
  const work = (i: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      release.set(i, (error) => {
        running--;
        if (error) reject(error);
        else resolve();
      });
    });
  const settle = async (i: number, error?: unknown) => {
    // let the pool take its next task before the test looks
    release.get(i)?.(error);
    for (let n = 0; n < 5; n++) await Promise.resolve();
  };
  return { work, started, settle, most: () => most, running: () => running };
}

describe('eachAtMost (publishing a split recap’s parts)', () => {
  it('runs every task once, in order of start, never more than the limit at once', async () => {
    const g = gate();
    const done = eachAtMost(7, 3, g.work);
    await Promise.resolve();
    expect(g.started).toEqual([0, 1, 2]);
    await g.settle(1);
    expect(g.started).toEqual([0, 1, 2, 3]);
    for (const i of [0, 2, 3, 4, 5, 6]) await g.settle(i);
    await done;
    expect(g.started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(g.most()).toBe(3);
  });

  it('after a failure starts no more, waits for the ones under way, then throws the first failure', async () => {
    const g = gate();
    let settled = false;
    const done = eachAtMost(7, 3, g.work).finally(() => {
      settled = true;
    });
    done.catch(() => {});
    await Promise.resolve();
    await g.settle(1, new Error('part 2 failed'));
    await g.settle(0, new Error('part 1 failed later'));
    // part 3 is still being published: the call has not settled, and nothing new was started
    expect(g.started).toEqual([0, 1, 2]);
    expect(settled).toBe(false);
    await g.settle(2);
    await expect(done).rejects.toThrow('part 2 failed');
    expect(g.running()).toBe(0);
  });

  it('runs one at a time for a store that does not say (the local folder), and for nothing does nothing', async () => {
    const g = gate();
    const done = eachAtMost(3, 1, g.work);
    await Promise.resolve();
    expect(g.started).toEqual([0]);
    for (const i of [0, 1, 2]) await g.settle(i);
    await done;
    expect(g.most()).toBe(1);
    await expect(eachAtMost(0, 3, g.work)).resolves.toBeUndefined();
    expect(g.started).toEqual([0, 1, 2]);
  });
});
