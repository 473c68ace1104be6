import { compilePhrases, foldTerm, foldText, matchSpans, phraseSource, toOriginalSpan } from './text-match';

describe('foldText', () => {
  it('folds case, accents, quotes, dashes, odd spaces and zero-width characters', () => {
    expect(foldText('Crème ‘Brûlée’ — “OK”\u00A0\u200Bnow ＦＵＬＬ').text).toBe(`creme 'brulee' - "ok" now full`);
  });

  it('maps every folded character back to the original text', () => {
    const original = 'e\u0301clair ＣＵＲＥ cu\u200Bre';
    const folded = foldText(original);
    const at = (word: string) => {
      const start = folded.text.indexOf(word);
      const span = toOriginalSpan(folded, start, start + word.length);
      return original.slice(span.start, span.end);
    };
    expect(folded.text).toBe('eclair cure cure');
    expect(at('eclair')).toBe('e\u0301clair');
    expect(at('cure')).toBe('ＣＵＲＥ');
    expect(at('cure cure').endsWith('cu\u200Bre')).toBe(true);
  });

  it('keeps plain ASCII as is (fast path), lower-cased', () => {
    expect(foldText('Link In Bio')).toEqual({ text: 'link in bio', starts: [...Array(11).keys()], ends: [...Array(11).keys()].map((i) => i + 1) });
  });
});

describe('phrases', () => {
  const spans = (patterns: string[], text: string) =>
    matchSpans(compilePhrases(patterns)!, foldText(text).text).map((s) => text.slice(s.start, s.end));

  it('match whole words, with any spaces or hyphens between words', () => {
    expect(spans(['risk-free'], 'risk free, risk-free, risk - free, riskfree')).toEqual(['risk free', 'risk-free', 'risk - free']);
    expect(spans(['cure'], 'cure secure cured curious')).toEqual(['cure']);
  });

  it('`*` allows any word ending; the longest phrase wins', () => {
    expect(spans(['permanent*'], 'permanent permanently impermanent')).toEqual(['permanent', 'permanently']);
    expect(spans(['link in bio', 'click the link in bio'], 'click the link in bio')).toEqual(['click the link in bio']);
  });

  it('symbols at the edges need no word boundary', () => {
    expect(phraseSource('100%')).toBe('(?<![\\p{L}\\p{N}_])100%');
    expect(phraseSource('  ')).toBeNull();
    expect(compilePhrases([' ', ''])).toBeNull();
  });

  it('foldTerm compares terms', () => {
    expect(foldTerm(' Clinically-Proven ')).toBe(foldTerm('clinically  proven'));
  });
});
