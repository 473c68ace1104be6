/**
 * Header text comparison. Seller Center's column wording drifts between pages, regions and releases
 * (`Avg. video views`, `Average video views`, `Affiliate-attributed GMV` → `Creator-attributed GMV`),
 * so headers are compared as normalised keys, never as raw text.
 */

/** Other UI languages' wordings per English header (header-synonyms.ts), once given: see `useHeaderSynonyms`. */
type Synonyms = Readonly<Record<string, readonly string[]>>;
let synonyms: Synonyms = {};

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

/**
 * The other UI languages' header wordings `headerKeys` maps to English. The list lives in
 * header-synonyms.ts, which gives it here when imported; the content script does not import it (it
 * is a tenth of its size, and gzips poorly): the background hands it over through `storage.local`
 * (lib/page-capture/header-synonyms-setting.ts).
 */
export function useHeaderSynonyms(given: Synonyms): void {
  synonyms = given;
  englishByKey = undefined;
}

let englishByKey: Map<string, string> | undefined;
function englishKey(key: string): string | undefined {
  if (!englishByKey) {
    englishByKey = new Map();
    for (const [english, wordings] of Object.entries(synonyms)) {
      for (const synonym of wordings) {
        const normalised = normaliseHeader(synonym);
        if (!englishByKey.has(normalised)) englishByKey.set(normalised, normaliseHeader(english));
      }
    }
  }
  return englishByKey.get(key);
}
