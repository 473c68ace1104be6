import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** A value of `chrome.storage.local`, kept current (undefined while loading, null when absent). */
export function useExtensionStorage(key: string): unknown {
  const [value, setValue] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(key).then((items) => {
      if (live) setValue(items[key] ?? null);
    });
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue(changes[key]?.newValue ?? null);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [key]);
  return value;
}
