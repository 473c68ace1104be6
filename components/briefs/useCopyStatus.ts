import { useCallback, useState } from 'react';
import { copyText } from './clipboard';

/** Copy with a status line the panel shows in a `role="status"` element ("Copied Markdown."). */
export function useCopyStatus(): { status: string; copy: (what: string, text: string) => Promise<void>; say: (status: string) => void } {
  const [status, setStatus] = useState('');
  const copy = useCallback(async (what: string, text: string) => {
    const error = await copyText(text);
    setStatus(error ? `Could not copy ${what}: ${error}.` : `Copied ${what} to the clipboard.`);
  }, []);
  return { status, copy, say: setStatus };
}
