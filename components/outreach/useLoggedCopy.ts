import { useCallback, useState } from 'react';
import { logCopied, type OutreachDraft } from '../../lib/db/outreach-store';
import type { Channel } from '../../lib/briefs/channel-text';
import type { OutreachChannel } from '../../lib/model/review';
import { copyText } from '../briefs/clipboard';
import { useDb } from '../db/DbContext';

/** The outreach channel a copy format goes to (plain text and Markdown: somewhere else). */
export function outreachChannelOf(format: Channel): OutreachChannel {
  return format === 'email' || format === 'whatsapp' || format === 'discord' ? format : 'other';
}

/**
 * Copy a message to the clipboard and record it in the outreach log (what, channel, when), with a
 * status line saying both. Nothing is logged when the copy fails.
 */
export function useLoggedCopy(): { status: string; copyAndLog: (what: string, text: string, draft: OutreachDraft) => Promise<boolean> } {
  const db = useDb();
  const [status, setStatus] = useState('');
  const copyAndLog = useCallback(
    async (what: string, text: string, draft: OutreachDraft) => {
      const error = await copyText(text);
      if (error) {
        setStatus(`Could not copy ${what}: ${error}.`);
        return false;
      }
      try {
        const logged = await logCopied(db, draft);
        setStatus(logged.ok ? `Copied ${what} to the clipboard and logged it in Outreach.` : `Copied ${what}, but it was not logged: ${logged.error}`);
      } catch (e) {
        setStatus(`Copied ${what}, but it was not logged: ${e instanceof Error ? e.message : String(e)}`);
      }
      return true;
    },
    [db],
  );
  return { status, copyAndLog };
}
