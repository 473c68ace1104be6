import { headerKeys, useHeaderSynonyms } from '../table/header-text';
import { HEADER_SYNONYMS_KEY, loadHeaderSynonyms, writeHeaderSynonyms } from './header-synonyms-setting';

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;

/** A `storage.local` in memory, with its change events. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  const listeners = new Set<Listener>();
  return {
    items,
    listeners,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (next: Record<string, unknown>) => {
      Object.assign(items, next);
      const changes = Object.fromEntries(Object.entries(next).map(([key, newValue]) => [key, { newValue }]));
      for (const listener of listeners) listener(changes);
    },
    onChanged: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
  };
}

describe('header wordings handed to the content script', () => {
  afterEach(() => useHeaderSynonyms({}));

  it('reads back what the background wrote, and the content script then maps those headers', async () => {
    const area = memoryArea();
    await writeHeaderSynonyms(area, { Followers: ['ผู้ติดตาม'] });
    const read = await loadHeaderSynonyms(area, 10_000);
    expect(read).toEqual({ Followers: ['ผู้ติดตาม'] });
    expect(area.listeners.size).toBe(0);
    expect(headerKeys('ผู้ติดตาม')).toEqual(['ผู้ติดตาม']);
    useHeaderSynonyms(read!);
    expect(headerKeys('ผู้ติดตาม')).toEqual(['ผู้ติดตาม', 'followers']);
  });

  it('waits for the background to write them when none are stored yet, at most the time given', async () => {
    const area = memoryArea();
    const loading = loadHeaderSynonyms(area, 10_000);
    await Promise.resolve();
    await writeHeaderSynonyms(area, { Orders: ['คำสั่งซื้อ'] });
    expect(await loading).toEqual({ Orders: ['คำสั่งซื้อ'] });
    expect(area.listeners.size).toBe(0);

    vi.useFakeTimers();
    try {
      const nothing = loadHeaderSynonyms(memoryArea(), 5_000);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await nothing).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives null for malformed or oversized lists and a failing storage, without waiting', async () => {
    for (const value of [null, 'x', ['Followers'], { Followers: 'ผู้ติดตาม' }, { Followers: [1] }, { Followers: ['x'.repeat(201)] }]) {
      expect(await loadHeaderSynonyms(memoryArea({ [HEADER_SYNONYMS_KEY]: value }), 60_000)).toBeNull();
    }
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`h${i}`, []]));
    expect(await loadHeaderSynonyms(memoryArea({ [HEADER_SYNONYMS_KEY]: many }), 60_000)).toBeNull();
    expect(await loadHeaderSynonyms({ get: () => Promise.reject(new Error('storage gone')) }, 60_000)).toBeNull();
    // Without change events (nothing to wait on), nothing stored reads as none.
    expect(await loadHeaderSynonyms({ get: async () => ({}) }, 60_000)).toBeNull();
  });
});
