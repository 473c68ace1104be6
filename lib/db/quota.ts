/**
 * Recognising "the browser's storage is full", the one write failure the seller can act on.
 * Dexie wraps the browser's error: in `inner` (transaction aborts), `failures` (bulk writes) or
 * `cause`, sometimes several levels deep.
 */

/** True for a storage-full error, however Dexie wrapped it (inner error, bulk failures, abort cause). */
export function isQuotaExceeded(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    const candidate = value as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (candidate.name === 'QuotaExceededError') return true;
    if (Array.isArray(candidate.failures) && candidate.failures.some(visit)) return true;
    return visit(candidate.inner) || visit(candidate.cause);
  };
  return visit(error);
}
