/**
 * Upper bounds for anything a content script sends. A page is untrusted input: these keep a broken
 * or hostile page from filling the database or the background's memory with one message.
 */
export const MESSAGE_LIMITS = {
  rowsPerMessage: 2_000,
  rowsRead: 1_000_000,
  url: 4_096,
  region: 16,
  adapter: 64,
  id: 128,
  handle: 128,
  displayName: 512,
  title: 4_096,
  rawValue: 256,
  category: 128,
  categories: 64,
  productIds: 500,
  ageRange: 32,
  rejectedReasons: 50,
  reason: 256,
  headers: 200,
  header: 256,
  /** Product name, invitation name, campaign, status text, time-left text. */
  label: 1_024,
  /** Products or creators listed in one collaboration row. */
  listItems: 1_000,
  /** The page's date filter text. */
  periodText: 200,
} as const;
