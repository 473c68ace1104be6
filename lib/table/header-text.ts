/**
 * Header text comparison. Seller Center's column wording drifts between pages, regions and releases
 * (`Avg. video views`, `Average video views`, `Affiliate-attributed GMV` → `Creator-attributed GMV`),
 * so headers are compared as normalised keys, never as raw text.
 */

import { headerSynonyms } from './header-synonyms';

/** Words that mean the same in header text, rewritten to one spelling before comparison. */
const WORD_CANON: Record<string, string> = {
  average: 'avg',
  estimated: 'est',
  estimate: 'est',
  livestream: 'live stream',
  livestreams: 'live streams',
};

/**
 * `Avg. video views` → `avg video views`; `Affiliate-attributed GMV` → `creator attributed gmv`
 * (TikTok renamed "Affiliate-…" columns to "Creator-…" in 2026: both spellings give one key, so
 * adapters list the "Creator-…" wording only).
 * Case, accents-as-composed, spacing and punctuation are ignored; letters of every script are kept.
 */
export function normaliseHeader(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => WORD_CANON[word] ?? word);
  // The 2026 rename changed the leading word only ("Affiliate-attributed GMV", "Affiliate followers").
  if (words[0] === 'affiliate' && words.length > 1) words[0] = 'creator';
  return words.join(' ');
}

/**
 * The keys a header cell can be matched by: the whole text, and the text without a parenthesised
 * note (`Est. commission (USD)`, `GMV (last 30 days)`), so an added unit or period still matches.
 */
export function headerKeys(text: string): string[] {
  const full = normaliseHeader(text);
  const withoutNotes = normaliseHeader(text.replace(/[(（[][^)）\]]*[)）\]]/g, ' '));
  const keys = withoutNotes !== full && withoutNotes !== '' ? [full, withoutNotes] : [full];
  // Another UI language: the English wording the adapters list, when the term is known.
  for (const key of [...keys]) {
    const english = englishKey(key);
    if (english !== undefined && !keys.includes(english)) keys.push(english);
  }
  return keys;
}

let englishByKey: Map<string, string> | undefined;
function englishKey(key: string): string | undefined {
  if (!englishByKey) {
    englishByKey = new Map();
    for (const [english, synonyms] of Object.entries(headerSynonyms())) {
      for (const synonym of synonyms) {
        const normalised = normaliseHeader(synonym);
        if (!englishByKey.has(normalised)) englishByKey.set(normalised, normaliseHeader(english));
      }
    }
  }
  return englishByKey.get(key);
}
