import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { isPageDataEnabled, PAGE_DATA_SETTING_KEY, setPageDataEnabled } from '../../lib/page-reader/setting';
import { Section } from '../common/Section';

/** The switch for reading the page's own data (exact numbers, ids, any UI language); off = tables only. */
export function PageDataSetting() {
  const id = useId();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void isPageDataEnabled(browser.storage.local).then(setEnabled);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAGE_DATA_SETTING_KEY in changes) void isPageDataEnabled(browser.storage.local).then(setEnabled);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const toggle = async (next: boolean) => {
    setEnabled(next);
    try {
      await setPageDataEnabled(browser.storage.local, next);
      setStatus(next ? 'Page data is read from the next page load.' : 'Only tables are read from the next page load.');
    } catch {
      setEnabled(!next);
      setStatus('Could not save the setting. Try again.');
    }
  };

  return (
    <Section title="Page data">
      <div className="flex items-start gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          className="mt-1"
          checked={enabled ?? true}
          disabled={enabled === null}
          onChange={(event) => void toggle(event.target.checked)}
          aria-describedby={`${id}-help`}
        />
        <div>
          <label htmlFor={id} className="font-medium">
            Read the data Seller Center pages receive
          </label>
          <p id={`${id}-help`} className="text-neutral-600 dark:text-neutral-400">
            Exact numbers and creator ids in any Seller Center language, from what the page itself already received. Creator Desk never
            sends a request. Off: only the tables shown on screen are read.
          </p>
          <p role="status" className="text-neutral-600 dark:text-neutral-400">
            {status}
          </p>
        </div>
      </div>
    </Section>
  );
}
