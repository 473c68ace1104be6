import { headerKeys, useHeaderSynonyms } from '../table/header-text';
import { HEADER_SYNONYMS_KEY, readHeaderSynonyms, writeHeaderSynonyms } from './header-synonyms-setting';

function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (next: Record<string, unknown>) => void Object.assign(items, next),
  };
}

describe('header wordings handed to the content script', () => {
  afterEach(() => useHeaderSynonyms({}));

  it('reads back what the background wrote, and the content script then maps those headers', async () => {
    const area = memoryArea();
    await writeHeaderSynonyms(area, { Followers: ['ผู้ติดตาม'] });
    const read = await readHeaderSynonyms(area);
    expect(read).toEqual({ Followers: ['ผู้ติดตาม'] });
    expect(headerKeys('ผู้ติดตาม')).toEqual(['ผู้ติดตาม']);
    useHeaderSynonyms(read!);
    expect(headerKeys('ผู้ติดตาม')).toEqual(['ผู้ติดตาม', 'followers']);
  });

  it('gives null for nothing stored, malformed or oversized lists, and a failing storage', async () => {
    expect(await readHeaderSynonyms(memoryArea())).toBeNull();
    for (const value of [null, 'x', ['Followers'], { Followers: 'ผู้ติดตาม' }, { Followers: [1] }, { Followers: ['x'.repeat(201)] }]) {
      expect(await readHeaderSynonyms(memoryArea({ [HEADER_SYNONYMS_KEY]: value }))).toBeNull();
    }
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`h${i}`, []]));
    expect(await readHeaderSynonyms(memoryArea({ [HEADER_SYNONYMS_KEY]: many }))).toBeNull();
    expect(await readHeaderSynonyms({ get: () => Promise.reject(new Error('storage gone')) })).toBeNull();
  });
});
