import { fakeBrowser } from 'wxt/testing/fake-browser';

const prepared = vi.hoisted(() => ({ runs: 0 }));
vi.mock('@/lib/analysis-store/prepare-analysis', () => ({
  prepareSavedAnalyses: () => {
    prepared.runs++;
    return Promise.resolve();
  },
}));

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    prepared.runs = 0;
    // Not in the fake browser (Chrome only).
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue();
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockReturnValue();
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockReturnValue();
  });

  it('prepares the saved analysis after an update (its format or schema may have changed), not after an install', async () => {
    const { default: background } = await import('../../entrypoints/background');
    // The installation event, then the scheduler's quiet period in fake time (the database opens
    // in real time meanwhile).
    const installed = async (details: Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        await fakeBrowser.runtime.onInstalled.trigger(details);
        await vi.advanceTimersByTimeAsync(70_000);
      } finally {
        vi.useRealTimers();
      }
    };
    background.main();
    await installed({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(prepared.runs).toBe(0);

    await installed({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(prepared.runs).toBe(1));
  });
});
