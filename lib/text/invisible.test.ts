import { hasInvisible, invisibleSegments, stripInvisible } from './invisible';

describe('invisible characters', () => {
  it('drops bidi controls and zero-width characters', () => {
    // On screen the override turns the rest of the name around.
    expect(stripInvisible('@maya\u202Eliart\u202C_official')).toBe('@mayaliart_official');
    expect(stripInvisible('glow\u200Bwith\u2060maya\uFEFF')).toBe('glowwithmaya');
    expect(stripInvisible('\u2066abc\u2069\u200E\u200F\u061C')).toBe('abc');
    expect(stripInvisible('a\u200Db')).toBe('ab');
    expect(stripInvisible('plain name')).toBe('plain name');
  });

  it('keeps joiners inside emoji sequences and complex scripts', () => {
    expect(stripInvisible('👩\u200D💻 Dev')).toBe('👩\u200D💻 Dev');
    expect(stripInvisible('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645');
    expect(hasInvisible('👩\u200D💻')).toBe(false);
  });

  it('cuts text into plain runs and visible marks', () => {
    expect(invisibleSegments('ab\u202Ecd')).toEqual([
      { text: 'ab' },
      { mark: 'RLO', name: 'Right-to-left override', code: 'U+202E' },
      { text: 'cd' },
    ]);
    expect(invisibleSegments('plain')).toEqual([{ text: 'plain' }]);
    expect(hasInvisible('x\u200By')).toBe(true);
    expect(hasInvisible('plain')).toBe(false);
  });
});
