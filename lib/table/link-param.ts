/**
 * Ids carried by links in a row (`…/detail?cid=749…`, `…?request_id=…`): often the only place a row
 * shows the key of what it lists.
 */

const PARAM_PATTERNS = new Map<string, RegExp>();

/**
 * The value of query parameter `name` in the first link under `element` carrying a plausible one
 * (word characters and `-`, 3 to 64 of them); undefined when no link does.
 */
export function linkParam(element: Element, name: string): string | undefined {
  const marker = `${name}=`;
  // The tag collection, not an attribute selector: rows are read by the thousand, and most have no link.
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (!(link.getAttribute('href') ?? '').includes(marker)) continue;
    const id = paramOf(link, name);
    if (id !== undefined) return id;
  }
  return undefined;
}

function paramOf(link: Element, name: string): string | undefined {
  let pattern = PARAM_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`[?&#]${name}=([^&#]+)`);
    PARAM_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(link.getAttribute('href') ?? '');
  if (!match?.[1]) return undefined;
  try {
    const value = decodeURIComponent(match[1]).trim();
    return /^[\w-]{3,64}$/.test(value) ? value : undefined;
  } catch {
    return undefined; // a malformed escape: not an id
  }
}
