import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskYielder } from './next-task';

describe('taskYielder', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves in a later task, after the microtasks queued before it', async () => {
    const next = taskYielder();
    const order: string[] = [];
    const waited = next().then(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await waited;
    expect(order).toEqual(['microtask', 'task']);
  });

  it('needs no timer: it resolves while timers are frozen (no 4 ms clamp)', async () => {
    vi.useFakeTimers();
    const next = taskYielder();
    const resolved: number[] = [];
    // Twenty pauses in a row, as a long search takes them, each one after the other.
    for (let i = 0; i < 20; i += 1) {
      const paused = next();
      expect(vi.getTimerCount()).toBe(0);
      resolved.push(await paused.then(() => i));
    }
    expect(resolved).toHaveLength(20);
  });

  it('resolves each waiting caller once, in order', async () => {
    const next = taskYielder();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => next().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('falls back to a timer without MessageChannel', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    vi.useFakeTimers();
    const next = taskYielder();
    let done = false;
    const waited = next().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    await waited;
    expect(done).toBe(true);
  });
});
