import { isQuotaExceeded } from './quota';

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('finds the storage-full error however Dexie wrapped it', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaExceeded({ name: 'DatabaseClosedError', cause: { inner: { failures: [quota()] } } })).toBe(true);
  });

  it('is false for other errors, non-errors and cycles', () => {
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(isQuotaExceeded(new DOMException('dup', 'ConstraintError'))).toBe(false);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x')] })).toBe(false);
    expect(isQuotaExceeded(cyclic)).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });
});
