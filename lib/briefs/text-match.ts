/**
 * Matching that survives how people actually type: case, accents, curly quotes, odd dashes,
 * non-breaking or zero-width spaces, full-width letters. Text is folded to a plain lower-case form
 * for matching, and every folded character remembers where it came from so findings point at the
 * original text.
 */

export interface FoldedText {
  /** Lower case, accents removed, quotes and dashes made plain, zero-width characters dropped. */
  text: string;
  /** For each code unit of `text`, the start of the original character(s) it came from. */
  starts: number[];
  /** For each code unit of `text`, the end of the original character(s) it came from. */
  ends: number[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const MARKS = /\p{M}/gu;
/** A base character with its combining marks, or stray marks: the unit folding works on. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function foldCluster(cluster: string): string {
  return cluster
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .toLowerCase();
}

// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = /^[\x00-\x5F\x61-\x7F]*$/;

export function foldText(original: string): FoldedText {
  // Fast path (checks run per keystroke): plain ASCII without a backtick folds to itself, lower-cased.
  if (PLAIN_ASCII.test(original)) {
    const starts = Array.from({ length: original.length }, (_, i) => i);
    return { text: original.toLowerCase(), starts, ends: starts.map((i) => i + 1) };
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    const folded = m[0].length === 1 && m[0] < '\x80' && m[0] !== '`' ? m[0].toLowerCase() : foldCluster(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** The folded form of a term (for comparing terms with each other). */
export function foldTerm(term: string): string {
  return foldText(term).text.trim().replace(/[\s-]+/g, ' ');
}

/** Maps a `[start, end)` span of folded text back to the original text. */
export function toOriginalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = folded.starts[start] ?? folded.ends.at(-1) ?? 0;
    return { start: at, end: at };
  }
  return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? 0 };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';
/** Words in a phrase may be separated by any run of spaces or hyphens ("risk-free" = "risk free"). */
const WORD_GAP = '[\\s\\-]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Regex source for a phrase pattern: whole words only (where the phrase starts or ends with a
 * letter or digit), any spaces/hyphens between words, and `*` at the end of a word for "any
 * ending" (`permanent*` matches permanent and permanently). Null for a blank pattern.
 */
export function phraseSource(pattern: string): string | null {
  const tokens = foldText(pattern).text.split(/[\s-]+/).filter((t) => t !== '' && t !== '*');
  if (tokens.length === 0) return null;
  let endsInWord = false;
  const parts = tokens.map((token) => {
    if (token.length > 1 && token.endsWith('*')) {
      endsInWord = true;
      return `${escapeRegExp(token.slice(0, -1))}[\\p{L}\\p{N}_]*`;
    }
    endsInWord = WORD_CHAR.test(token.at(-1) ?? '');
    return escapeRegExp(token);
  });
  const first = tokens[0]?.[0] ?? '';
  const prefix = WORD_CHAR.test(first) ? NOT_AFTER_WORD : '';
  const suffix = endsInWord ? NOT_BEFORE_WORD : '';
  return `${prefix}${parts.join(WORD_GAP)}${suffix}`;
}

const phraseCache = new Map<string, RegExp | null>();
const PHRASE_CACHE_LIMIT = 200;

/**
 * One regex matching any of the phrases, longest first so the fullest phrase wins at a position.
 * Memoised: checks run on every keystroke with the same competitor and claim lists.
 */
export function compilePhrases(patterns: readonly string[]): RegExp | null {
  const cacheKey = patterns.join('\u0001');
  const cached = phraseCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const sources = [...new Set(patterns.map((p) => foldText(p).text.trim()).filter((p) => p !== ''))]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .filter((s): s is string => s !== null);
  const re = sources.length === 0 ? null : new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'giu');
  if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(cacheKey, re);
  return re;
}

/** A seller-written regex, or null when it does not compile. Applied to folded (lower-case) text. */
export function compileRegex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'giu');
  } catch {
    return null;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** All non-empty matches of a global regex, as spans of the text it ran on. */
export function matchSpans(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** A sticky matcher for "directly followed by one of these phrases" (see `followedBy`). */
export function followedByMatcher(phrases: readonly string[]): RegExp | null {
  const re = compilePhrases(phrases);
  return re ? new RegExp(`[\\s\\-]*(?:${re.source})`, 'iuy') : null;
}

/** An anchored matcher for "directly preceded by one of these phrases" (see `precededBy`). */
export function precededByMatcher(phrases: readonly string[]): RegExp | null {
  const re = compilePhrases(phrases);
  return re ? new RegExp(`(?:${re.source})[\\s\\-]*$`, 'iu') : null;
}

/** Whether a phrase sits right after `end` (only spaces/hyphens between). */
export function followedBy(text: string, end: number, matcher: RegExp | null): boolean {
  if (!matcher) return false;
  matcher.lastIndex = end;
  return matcher.test(text);
}

/** Whether a phrase sits right before `start` (only spaces/hyphens between). */
export function precededBy(text: string, start: number, matcher: RegExp | null): boolean {
  return matcher ? matcher.test(text.slice(0, start)) : false;
}
