import { displayHandle, normaliseHandleForKey } from './keys';

describe('handle keys', () => {
  it('normalises handles for keys: trimmed, no leading @, lower case', () => {
    expect(normaliseHandleForKey(' @Glow.With.Mia ')).toBe('glow.with.mia');
    expect(normaliseHandleForKey('@@ Glow')).toBe('glow');
    expect(normaliseHandleForKey('@')).toBeNull();
    expect(normaliseHandleForKey(undefined)).toBeNull();
  });

  it('is idempotent, so stored handles and handles on stored records map to the same key', () => {
    for (const text of [' @Glow.With.Mia ', '@@ x', 'maya_', 'A B']) {
      const once = normaliseHandleForKey(text);
      expect(normaliseHandleForKey(once)).toBe(once);
      expect(normaliseHandleForKey(displayHandle(text))).toBe(once);
    }
  });
});
