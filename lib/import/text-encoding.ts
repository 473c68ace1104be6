/**
 * Decoding an export file's bytes honestly, file by file:
 * 1. a byte order mark says the encoding (UTF-8, UTF-16 LE/BE);
 * 2. bytes that are valid UTF-8 are UTF-8;
 * 3. bytes that are mostly UTF-8 (at least as many valid multi-byte sequences as invalid bytes) are
 *    UTF-8 with the few bad bytes replaced by U+FFFD and counted — never re-decoded as a legacy
 *    encoding, which would garble every other non-ASCII character of the file ("café" → "cafÃ©");
 * 4. anything else is a legacy encoding: the one the file declares (a `charset`), else the probable
 *    one among the single-byte code pages Excel writes "CSV" in across the sellers' regions.
 * The result says which and how, so the import summary can tell the seller.
 */

import type { DecodedHow } from '../model/values';

export type { DecodedHow };

export interface DecodedText {
  text: string;
  /** WHATWG encoding label: `utf-8`, `utf-16le`, `windows-1252`… */
  encoding: string;
  how: DecodedHow;
  /** Characters that could not be read and were replaced by U+FFFD. */
  replaced: number;
}

/** Legacy code pages tried when a file is not UTF-8 and declares nothing, most common first. */
export const LEGACY_CANDIDATES = ['windows-1252', 'windows-1250', 'windows-1257', 'windows-874', 'windows-1258'] as const;

const REPLACEMENT = 0xfffd;

interface Utf8Scan {
  /** Well-formed sequences of 2–4 bytes. */
  multiByte: number;
  /** Bytes that are not part of a well-formed sequence (each becomes one U+FFFD, per WHATWG). */
  invalid: number;
}

/** Counts well-formed multi-byte sequences and invalid bytes (WHATWG's UTF-8 decoder rules). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let needed = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      invalid += 1;
      index += 1;
      continue;
    }
    let seen = 0;
    let next = index + 1;
    while (seen < needed && next < bytes.length) {
      const byte = bytes[next]!;
      if (byte < lower || byte > upper) break;
      lower = 0x80;
      upper = 0xbf;
      seen += 1;
      next += 1;
    }
    if (seen === needed) multiByte += 1;
    else invalid += 1; // the lead and the continuation bytes read so far make one replacement
    index = next;
  }
  return { multiByte, invalid };
}

/** Replacement characters the decoder wrote (those already in the bytes as EF BF BD are not counted). */
function countReplacements(text: string, alreadyThere: number): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === REPLACEMENT) count += 1;
  return Math.max(0, count - alreadyThere);
}

function literalReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index + 2 < bytes.length; index += 1) {
    if (bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count += 1;
  }
  return count;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Letters and the marks that combine with them (Thai vowels and tone marks are marks). */
const LETTER = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;
const THAI = /\p{Script=Thai}/u;

/**
 * How plausible `text` is as a decoding: non-ASCII letters next to letters of their own script count
 * for it; C1 controls, symbols in the middle of words and script mixes inside a word count against.
 */
function plausibility(text: string): number {
  let score = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code < 0x80) continue;
    const char = sample[index]!;
    if (code < 0xa0 || code === REPLACEMENT) {
      score -= 3;
      continue;
    }
    const before = sample[index - 1] ?? ' ';
    const after = sample[index + 1] ?? ' ';
    if (!LETTER.test(char)) {
      // A symbol (², ¬, ³…) between two letters is a letter of another code page.
      if (LETTER.test(before) && LETTER.test(after)) score -= 2;
      continue;
    }
    const script = LATIN.test(char) ? LATIN : THAI.test(char) ? THAI : null;
    const neighbours = [before, after].filter((neighbour) => LETTER.test(neighbour));
    if (script && neighbours.some((neighbour) => script.test(neighbour))) score += 1;
    if (neighbours.some((neighbour) => !(script ?? LATIN).test(neighbour))) score -= 2;
  }
  return score;
}

/** The bytes as text, with the encoding that was used and how it was chosen. */
export function decodeText(input: Uint8Array, declared?: string): DecodedText {
  if (input[0] === 0xff && input[1] === 0xfe) return fromUtf16(input.subarray(2), 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return fromUtf16(input.subarray(2), 'utf-16be');
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = hasBom ? input.subarray(3) : input;
  const scan = scanUtf8(bytes);
  if (hasBom || scan.invalid === 0 || (scan.multiByte > 0 && scan.invalid <= scan.multiByte)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const how: DecodedHow = hasBom ? 'bom' : scan.invalid === 0 ? 'utf-8' : 'mostly-utf-8';
    return { text, encoding: 'utf-8', how, replaced: scan.invalid === 0 ? 0 : countReplacements(text, literalReplacements(bytes)) };
  }
  const label = declared?.trim().toLowerCase();
  if (label && !/^utf-?8$/.test(label) && isSupported(label)) {
    const decoder = new TextDecoder(label);
    const text = decoder.decode(bytes);
    return { text, encoding: decoder.encoding, how: 'declared', replaced: countReplacements(text, 0) };
  }
  let best: DecodedText | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of LEGACY_CANDIDATES) {
    const text = new TextDecoder(candidate).decode(bytes);
    const score = plausibility(text);
    if (score > bestScore) {
      best = { text, encoding: candidate, how: 'probable', replaced: countReplacements(text, 0) };
      bestScore = score;
    }
  }
  return best!;
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, how: 'bom', replaced: countReplacements(text, 0) };
}

/** `text/csv; charset=windows-1250` → `windows-1250`. */
export function charsetOf(mimeType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(mimeType ?? '')?.[1];
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western European)',
  'windows-1250': 'Windows-1250 (Central European)',
  'windows-1257': 'Windows-1257 (Baltic)',
  'windows-874': 'Windows-874 (Thai)',
  'windows-1258': 'Windows-1258 (Vietnamese)',
};

/**
 * What the import summary says about how a file was read; null for plain UTF-8 read in full
 * (nothing worth saying).
 */
export function describeDecoding(text: Pick<DecodedText, 'encoding' | 'how' | 'replaced'>): string | null {
  const name = ENCODING_NAMES[text.encoding] ?? text.encoding;
  const unreadable =
    text.replaced > 0
      ? ` ${text.replaced === 1 ? '1 character' : `${text.replaced} characters`} could not be read and show as �; ` +
        'values already stored were not replaced by text with �.'
      : '';
  switch (text.how) {
    case 'utf-8':
    case 'bom':
      return text.replaced > 0 || text.encoding !== 'utf-8' ? `Read as ${name}.${unreadable}` : null;
    case 'mostly-utf-8':
      return `Read as ${name}: the file is UTF-8 apart from a few bytes.${unreadable}`;
    case 'declared':
      return `Read as ${name}, as the file declares.${unreadable}`;
    case 'probable':
      return `Read as ${name}: the file is not UTF-8, and this is the most likely encoding. If names look wrong, save the file as "CSV UTF-8" and import it again.${unreadable}`;
  }
}
