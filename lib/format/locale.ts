/**
 * The locale numbers and dates are shown in: the seller's choice (Settings → Display), else the
 * browser's own language, else US English. One place, read by every formatter that is not given a
 * locale explicitly.
 */
const FALLBACK_LOCALE = 'en-US';
let chosen: string | null = null;

/** A locale tag Intl can format with, or null (`'de-DE'` yes, `'xx-nonsense'` no). */
export function supportedLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag])[0] ?? null;
  } catch {
    return null;
  }
}

let browser: { language: string | undefined; locale: string | null } | null = null;

/** The browser's preferred language, when it runs in one (looked up again only when it changes). */
function browserLocale(): string | null {
  const language = typeof navigator !== 'undefined' ? navigator.language : undefined;
  if (browser === null || browser.language !== language) browser = { language, locale: supportedLocale(language) };
  return browser.locale;
}

/** Sets the seller's choice; null (or an unsupported tag) goes back to the browser's locale. */
export function setDisplayLocale(tag: string | null): void {
  chosen = supportedLocale(tag);
}

export function displayLocale(): string {
  return chosen ?? browserLocale() ?? FALLBACK_LOCALE;
}
