import { createSettleScheduler, type SchedulerTimers } from './settle-scheduler';

/** A hand-driven clock: timers fire only when `advance` passes their time. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: SchedulerTimers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
    now: () => now,
  };
  /** Moves the clock, firing due timers in order, letting promises settle after each. */
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
      await flush();
    }
    now = end;
    await flush();
  }
  return { timers, advance, pendingCount: () => pending.size };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A run that finishes when the test says so. */
function controlledRun() {
  const finishers: (() => void)[] = [];
  const failers: ((e: unknown) => void)[] = [];
  let calls = 0;
  const run = () => {
    calls++;
    return new Promise<void>((resolve, reject) => {
      finishers.push(resolve);
      failers.push(reject);
    });
  };
  return {
    run,
    calls: () => calls,
    finish: async () => {
      finishers.shift()?.();
      failers.shift();
      await flush();
    },
    fail: async (error: unknown) => {
      finishers.shift();
      failers.shift()?.(error);
      await flush();
    },
  };
}

function setup(options: { quietMs?: number; maxWaitMs?: number } = {}) {
  const clock = fakeTimers();
  const task = controlledRun();
  const errors: unknown[] = [];
  const scheduler = createSettleScheduler({
    run: task.run,
    quietMs: options.quietMs ?? 4_000,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    onError: (error) => errors.push(error),
    timers: clock.timers,
  });
  return { clock, task, errors, scheduler };
}

describe('createSettleScheduler', () => {
  it('runs once, the quiet time after the last of a burst of events', async () => {
    const { clock, task, scheduler } = setup();
    scheduler.notify();
    await clock.advance(1_000);
    scheduler.notify();
    await clock.advance(3_000);
    scheduler.notify();
    await clock.advance(3_999);
    expect(task.calls()).toBe(0);
    expect(scheduler.pending).toBe(true);
    await clock.advance(1);
    expect(task.calls()).toBe(1);
    expect(scheduler.running).toBe(true);
    expect(scheduler.pending).toBe(false);
    await task.finish();
    await clock.advance(60_000);
    expect(task.calls()).toBe(1);
    expect(scheduler.running).toBe(false);
  });

  it('does not run without events', async () => {
    const { clock, task } = setup();
    await clock.advance(120_000);
    expect(task.calls()).toBe(0);
  });

  it('runs at the latest maxWaitMs after the first event while events keep coming', async () => {
    const { clock, task, scheduler } = setup({ quietMs: 4_000, maxWaitMs: 10_000 });
    for (let t = 0; t < 9_000; t += 1_000) {
      scheduler.notify();
      await clock.advance(1_000);
    }
    expect(task.calls()).toBe(0);
    scheduler.notify(); // at 9 s
    await clock.advance(999);
    expect(task.calls()).toBe(0);
    await clock.advance(1); // 10 s after the first event
    expect(task.calls()).toBe(1);
  });

  it('never runs twice at once: events during a run give one more run after it, after its own quiet time', async () => {
    const { clock, task, scheduler } = setup();
    scheduler.notify();
    await clock.advance(4_000);
    expect(task.calls()).toBe(1);
    scheduler.notify();
    await clock.advance(2_000);
    scheduler.notify();
    await clock.advance(10_000); // the first run is still going
    expect(task.calls()).toBe(1);
    await task.finish(); // the last event was 10 s ago: due at once
    await clock.advance(0);
    expect(task.calls()).toBe(2);
    await task.finish();
    await clock.advance(60_000);
    expect(task.calls()).toBe(2);
  });

  it('waits the rest of the quiet time when the run ends soon after an event', async () => {
    const { clock, task, scheduler } = setup();
    scheduler.notify();
    await clock.advance(4_000);
    await clock.advance(500);
    scheduler.notify(); // at 4.5 s, during the run
    await clock.advance(500);
    await task.finish(); // at 5 s
    await clock.advance(3_499);
    expect(task.calls()).toBe(1);
    await clock.advance(1); // 4 s after the event
    expect(task.calls()).toBe(2);
  });

  it('reports a failed run and carries on', async () => {
    const { clock, task, errors, scheduler } = setup();
    scheduler.notify();
    await clock.advance(4_000);
    await task.fail(new Error('disk full'));
    expect(errors).toEqual([new Error('disk full')]);
    expect(scheduler.running).toBe(false);
    scheduler.notify();
    await clock.advance(4_000);
    expect(task.calls()).toBe(2);
  });

  it('reports a run that throws before returning a promise', async () => {
    const clock = fakeTimers();
    const errors: unknown[] = [];
    const scheduler = createSettleScheduler({
      run: () => {
        throw new Error('boom');
      },
      quietMs: 100,
      maxWaitMs: 1_000,
      onError: (error) => errors.push(error),
      timers: clock.timers,
    });
    scheduler.notify();
    await clock.advance(100);
    expect(errors).toEqual([new Error('boom')]);
    expect(scheduler.running).toBe(false);
  });

  it('drops the waiting run when disposed', async () => {
    const { clock, task, scheduler } = setup();
    scheduler.notify();
    scheduler.dispose();
    expect(clock.pendingCount()).toBe(0);
    scheduler.notify();
    await clock.advance(120_000);
    expect(task.calls()).toBe(0);
  });
});
