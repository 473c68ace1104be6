import { displayLocale, setDisplayLocale, supportedLocale } from './locale';
import { formatMoneyText } from './number';

afterEach(() => setDisplayLocale(null));

describe('display locale', () => {
  it('follows the browser unless the seller chose one', () => {
    expect(displayLocale()).toBe(supportedLocale(navigator.language) ?? 'en-US');
    setDisplayLocale('de-DE');
    expect(displayLocale()).toBe('de-DE');
    expect(formatMoneyText(9.5, 'EUR')).toMatch(/^9,50\s€$/);
    setDisplayLocale('not a locale');
    expect(displayLocale()).toBe(supportedLocale(navigator.language) ?? 'en-US');
  });
});
