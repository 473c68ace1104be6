/**
 * Addresses inside the panel, all in the hash so reloads and back/forward keep the place:
 * `#creators`, `#creators/<creator key>`, `#creators?flag=zombie`, `#print/<creator key>?w=28`.
 */
export interface Route {
  viewId: string;
  /** Segments after the view id, decoded. */
  path: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const queryAt = text.indexOf('?');
  const pathText = queryAt === -1 ? text : text.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : text.slice(queryAt + 1));
  const [viewId = '', ...rest] = pathText.split('/');
  const path = rest.filter((s) => s !== '').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { viewId: viewId.toLowerCase(), path, params };
}

/** Views that start the analysis as they open (the others may never read the stored data). */
const ANALYSIS_VIEWS = new Set(['', 'overview', 'creators']);

/** Whether the panel, opened at `hash`, starts the analysis at once. */
export function opensOnAnalysis(hash: string): boolean {
  return ANALYSIS_VIEWS.has(parseRoute(hash).viewId);
}

export function creatorHref(creatorKey: string): string {
  return `#creators/${encodeURIComponent(creatorKey)}`;
}

/** The creators list, optionally filtered (`flag`: a flag kind, `suggestion` or `compliance`; `tier`). */
export function creatorsHref(filter: { flag?: string; tier?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.flag) params.set('flag', filter.flag);
  if (filter.tier) params.set('tier', filter.tier);
  const query = params.toString();
  return query ? `#creators?${query}` : '#creators';
}

/** Every creator's printable scorecard, one per page (`#print?w=28`). */
export function printAllHref(windowDays: number, autoprint = true): string {
  const params = new URLSearchParams({ w: String(windowDays) });
  if (autoprint) params.set('autoprint', '1');
  return `#print?${params.toString()}`;
}

/** Opens a panel address (`#print/…`) in a tab of its own. */
export function openInTab(href: string): void {
  window.open(`${window.location.pathname}${href}`, '_blank', 'noopener');
}

/** The printable scorecard page, opened in its own tab (`autoprint` opens the print dialog). */
export function printHref(creatorKey: string, windowDays: number, autoprint = true): string {
  const params = new URLSearchParams({ w: String(windowDays) });
  if (autoprint) params.set('autoprint', '1');
  return `#print/${encodeURIComponent(creatorKey)}?${params.toString()}`;
}
