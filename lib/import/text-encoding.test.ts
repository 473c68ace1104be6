import { charsetOf, decodeText, scanUtf8 } from './text-encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const legacy = (text: string, table: Record<string, number> = {}) => Uint8Array.from(text, (char) => table[char] ?? char.charCodeAt(0));

describe('decodeText', () => {
  it('reads BOMs and valid UTF-8 as they say', () => {
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], 'café'))).toEqual({ text: 'café', encoding: 'utf-8', how: 'bom', replaced: 0 });
    expect(decodeText(utf8('café 😀'))).toEqual({ text: 'café 😀', encoding: 'utf-8', how: 'utf-8', replaced: 0 });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0xe9, 0]))).toMatchObject({ text: 'aé', encoding: 'utf-16le', how: 'bom' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0, 0x61, 0, 0xe9]))).toMatchObject({ text: 'aé', encoding: 'utf-16be' });
  });

  it('reads a mostly-UTF-8 file as UTF-8 with the stray bytes replaced and counted (issue #15)', () => {
    // UTF-8 throughout, plus one Latin-1 "é" (0xE9) someone pasted in.
    const bytes = bytesOf('Creator name,Display name\nbella.rose,Café Bella 😀\nleo,L', [0xe9], 'o\n');
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', how: 'mostly-utf-8', replaced: 1 });
    expect(decoded.text).toContain('Café Bella 😀');
    expect(decoded.text).toContain('L\uFFFDo');
    expect(decoded.text).not.toContain('Ã');
  });

  it('does not count replacement characters that were in the file', () => {
    expect(decodeText(bytesOf('a\uFFFDb é', [0xff]))).toMatchObject({ how: 'mostly-utf-8', replaced: 1 });
  });

  it('reads a legacy file in its declared encoding, else the probable one', () => {
    const polish = legacy('Creator,Name\nkasia,Łódź Małgorzata\n', { 'Ł': 0xa3, 'ó': 0xf3, 'ź': 0x9f, 'ł': 0xb3 });
    expect(decodeText(polish, 'windows-1250')).toMatchObject({ encoding: 'windows-1250', how: 'declared', text: 'Creator,Name\nkasia,Łódź Małgorzata\n' });
    expect(decodeText(polish)).toMatchObject({ encoding: 'windows-1250', how: 'probable', text: 'Creator,Name\nkasia,Łódź Małgorzata\n' });
    const french = legacy('Creator,Name\nbella,Café Crème £5\n', { 'é': 0xe9, 'è': 0xe8, '£': 0xa3 });
    expect(decodeText(french)).toMatchObject({ encoding: 'windows-1252', how: 'probable', text: 'Creator,Name\nbella,Café Crème £5\n' });
    const thai = legacy('Creator,Name\nnok,สวัสดี\n', Object.fromEntries([...'สวัสดี'].map((char) => [char, char.charCodeAt(0) - 0x0e00 + 0xa0])));
    expect(decodeText(thai)).toMatchObject({ encoding: 'windows-874', text: 'Creator,Name\nnok,สวัสดี\n' });
    // A declared UTF-8 that is not: still decided by the bytes.
    expect(decodeText(french, 'utf-8').encoding).toBe('windows-1252');
  });
});

describe('scanUtf8', () => {
  it('counts well-formed sequences and invalid bytes', () => {
    expect(scanUtf8(utf8('aé😀'))).toEqual({ multiByte: 2, invalid: 0 });
    expect(scanUtf8(Uint8Array.from([0xe9, 0x61, 0xc3]))).toEqual({ multiByte: 0, invalid: 2 });
    expect(scanUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toMatchObject({ multiByte: 0 }); // a surrogate: not UTF-8
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter of a MIME type', () => {
    expect(charsetOf('text/csv; charset=windows-1250')).toBe('windows-1250');
    expect(charsetOf('text/csv;charset="UTF-8"')).toBe('UTF-8');
    expect(charsetOf('text/csv')).toBeUndefined();
    expect(charsetOf(undefined)).toBeUndefined();
  });
});
