/**
 * Runs a task once things settle: `notify()` after each event (a stored capture), and the task runs
 * `quietMs` after the last one, or at the latest `maxWaitMs` after the first one not yet handled
 * (a seller scrolling for minutes still gets it). Never two runs at once: events during a run
 * schedule one more run after it. Plain timers and clock are injected, so it is tested directly.
 */

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: SchedulerTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

export interface SettleSchedulerOptions {
  run: () => Promise<void>;
  /** Quiet time after the last event before running. */
  quietMs: number;
  /** Longest wait after the first unhandled event, however busy it stays. */
  maxWaitMs: number;
  /** A failed run is reported here (and the scheduler carries on). */
  onError: (error: unknown) => void;
  timers?: SchedulerTimers;
}

export interface SettleScheduler {
  /** Something changed: run after the next quiet period. */
  notify(): void;
  /** True while a run is in progress. */
  readonly running: boolean;
  /** True while a run is waiting for its time. */
  readonly pending: boolean;
  /** Stops: the waiting run is dropped, a run in progress finishes. */
  dispose(): void;
}

export function createSettleScheduler(options: SettleSchedulerOptions): SettleScheduler {
  const timers = options.timers ?? realTimers;
  let timer: unknown = undefined;
  let armed = false;
  let running = false;
  let disposed = false;
  /** The first and last events not yet covered by a run (null: none). */
  let firstEvent: number | null = null;
  let lastEvent = 0;

  const arm = () => {
    if (disposed || running || firstEvent === null) return;
    if (armed) timers.clearTimeout(timer);
    const due = Math.min(lastEvent + options.quietMs, firstEvent + options.maxWaitMs);
    armed = true;
    timer = timers.setTimeout(fire, Math.max(0, due - timers.now()));
  };

  const fire = () => {
    armed = false;
    if (disposed || running || firstEvent === null) return;
    running = true;
    firstEvent = null;
    let result: Promise<void>;
    try {
      result = options.run();
    } catch (error) {
      result = Promise.reject(error);
    }
    void result
      .catch((error: unknown) => options.onError(error))
      .finally(() => {
        running = false;
        // Events during the run: one more run, after its own quiet period.
        arm();
      });
  };

  return {
    notify() {
      if (disposed) return;
      const now = timers.now();
      firstEvent ??= now;
      lastEvent = now;
      arm();
    },
    get running() {
      return running;
    },
    get pending() {
      return firstEvent !== null;
    },
    dispose() {
      disposed = true;
      if (armed) timers.clearTimeout(timer);
      armed = false;
    },
  };
}
