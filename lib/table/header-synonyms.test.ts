import { describe, expect, it } from 'vitest';
import { findCreatorsAdapter } from '../adapters/find-creators';
import { manageCreatorsAdapter } from '../adapters/manage-creators';
import { matchColumns } from './columns';
import { guessHeaderLanguage, headerSynonyms, languageName } from './header-synonyms';
import { headerKeys, normaliseHeader } from './header-text';

describe('header synonyms for other UI languages', () => {
  it('recognises a Find creators table in Thai, Vietnamese, Chinese and German', () => {
    for (const headers of [
      ['ครีเอเตอร์', 'ผู้ติดตาม', 'GMV', 'สินค้าที่ขายได้', 'อัตราการมีส่วนร่วม'],
      ['Nhà sáng tạo', 'Người theo dõi', 'GMV', 'Số mặt hàng đã bán'],
      ['达人', '粉丝数', '成交金额', '互动率'],
      ['Ersteller', 'Follower', 'Umsatz', 'Verkaufte Artikel'],
    ]) {
      const match = matchColumns(headers, findCreatorsAdapter.columns);
      expect(match.missing).toEqual([]);
      expect(match.index).toMatchObject({ creator: 0, followers: 1 });
    }
  });

  it('keeps English wordings first and adds the English key only for known terms', () => {
    expect(headerKeys('ผู้ติดตาม')).toEqual(['ผู้ติดตาม', 'followers']);
    expect(headerKeys('Followers')).toEqual(['followers']);
    expect(headerKeys('ไม่รู้จัก')).toEqual(['ไม่รู้จัก']);
  });

  it('every synonym names a wording some adapter lists (no dead entries)', () => {
    const listed = new Set(
      [findCreatorsAdapter, manageCreatorsAdapter].flatMap((adapter) => adapter.columns.flatMap((column) => column.headers.map(normaliseHeader))),
    );
    const core = ['Creator', 'Followers', 'GMV', 'Items sold', 'Avg. video views', 'Engagement rate'];
    for (const english of core) expect(listed.has(normaliseHeader(english)), english).toBe(true);
    expect(Object.keys(headerSynonyms()).length).toBeGreaterThanOrEqual(core.length);
  });

  it('names the language of a page from its headers or its language code', () => {
    expect(guessHeaderLanguage(['ครีเอเตอร์', 'GMV'])).toBe('Thai');
    expect(guessHeaderLanguage(['Người theo dõi'])).toBe('Vietnamese');
    expect(guessHeaderLanguage(['フォロワー'])).toBe('Japanese');
    expect(guessHeaderLanguage(['Creator', 'GMV'])).toBeNull();
    expect(languageName('th-TH')).toBe('Thai');
    expect(languageName('xx-YY')).toBe('xx-YY');
  });
});
