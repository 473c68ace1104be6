import { freshDbPerTest, localTime } from '../db/test-helpers';
import { createMemoryTabStatusStore } from '../tab-status/tab-status';

/**
 * What the capture handler tests share: a fresh database per test, the tab status store, and a clock
 * pinned at 5 March 2026, 10:00 (tests move `ctx.clock` on). Call at the top of a test file.
 */
export function handlerTestContext() {
  const db = freshDbPerTest();
  const ctx = {
    tabStatus: createMemoryTabStatusStore(),
    clock: 0,
    deps: () => ({ db: db(), tabStatus: ctx.tabStatus, now: () => ctx.clock }),
    db,
  };
  beforeEach(() => {
    ctx.tabStatus = createMemoryTabStatusStore();
    ctx.clock = localTime(2026, 3, 5, 10);
  });
  return ctx;
}
