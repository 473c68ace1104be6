/**
 * Characters that change how text reads without being seen: bidi controls (which can reorder
 * `@maya_official` into something else on screen or in a spreadsheet) and zero-width characters
 * (which make two different names look the same). Names come from Seller Center pages and files,
 * i.e. from anyone: exports drop these characters, the panel shows them as visible marks.
 *
 * Zero-width joiners (U+200C/U+200D) are kept between two non-ASCII characters, where they join
 * emoji sequences (👩‍💻) and shape Indic or Persian letters; elsewhere they are only hiding places.
 */

/** Short labels, as shown in the panel (`⟨RLO⟩`), with the character's name for the tooltip. */
export const INVISIBLE_CHARACTERS: Readonly<Record<string, { label: string; name: string }>> = {
  '\u061C': { label: 'ALM', name: 'Arabic letter mark' },
  '\u200B': { label: 'ZWSP', name: 'Zero-width space' },
  '\u200C': { label: 'ZWNJ', name: 'Zero-width non-joiner' },
  '\u200D': { label: 'ZWJ', name: 'Zero-width joiner' },
  '\u200E': { label: 'LRM', name: 'Left-to-right mark' },
  '\u200F': { label: 'RLM', name: 'Right-to-left mark' },
  '\u202A': { label: 'LRE', name: 'Left-to-right embedding' },
  '\u202B': { label: 'RLE', name: 'Right-to-left embedding' },
  '\u202C': { label: 'PDF', name: 'Pop directional formatting' },
  '\u202D': { label: 'LRO', name: 'Left-to-right override' },
  '\u202E': { label: 'RLO', name: 'Right-to-left override' },
  '\u2060': { label: 'WJ', name: 'Word joiner' },
  '\u2066': { label: 'LRI', name: 'Left-to-right isolate' },
  '\u2067': { label: 'RLI', name: 'Right-to-left isolate' },
  '\u2068': { label: 'FSI', name: 'First strong isolate' },
  '\u2069': { label: 'PDI', name: 'Pop directional isolate' },
  '\uFEFF': { label: 'ZWNBSP', name: 'Zero-width no-break space' },
};

const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** A joiner between two non-ASCII characters (emoji, Indic, Arabic script…) is doing its job. */
function isLegitimateJoiner(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 0x200c && code !== 0x200d) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  return before > 0x7f && after > 0x7f && !INVISIBLE.test(text[index - 1]!) && !INVISIBLE.test(text[index + 1]!);
}

export function hasInvisible(text: string): boolean {
  if (!INVISIBLE.test(text)) return false;
  return invisibleSegments(text).some((segment) => 'mark' in segment);
}

/** The text without bidi controls and stray zero-width characters (for CSV and XLSX cells). */
export function stripInvisible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE_ALL, (char, index: number) => (isLegitimateJoiner(text, index) ? char : ''));
}

export type TextSegment = { text: string } | { mark: string; name: string; code: string };

/** The text cut into plain runs and the invisible characters in it (for showing them visibly). */
export function invisibleSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let plainStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const known = INVISIBLE_CHARACTERS[char];
    if (!known || isLegitimateJoiner(text, index)) continue;
    if (index > plainStart) segments.push({ text: text.slice(plainStart, index) });
    segments.push({ mark: known.label, name: known.name, code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    plainStart = index + 1;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}
