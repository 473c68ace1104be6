import { useMemo } from 'react';
import { briefDownload, briefToDiscord, briefToEmail, briefToMarkdown, briefToPlainText, briefToWhatsApp, mailtoUrl, type Brief } from '../../lib/briefs/index';
import { downloadText } from './clipboard';
import { BUTTON, HINT, LINK, SMALL_BUTTON } from './ui';
import { useCopyStatus } from './useCopyStatus';

/**
 * The brief out of the panel: copied as plain text or Markdown, downloaded as a file, or formatted
 * for the channels sellers brief creators on (email, WhatsApp, Discord).
 */
export function ExportPanel({ brief, note }: { brief: Brief; note: string }) {
  const { status, copy, say } = useCopyStatus();
  const email = useMemo(() => briefToEmail(brief), [brief]);
  const discord = useMemo(() => briefToDiscord(brief), [brief]);
  const download = (format: 'md' | 'txt') => {
    const file = briefDownload(brief, format);
    downloadText(file.content, file.fileName, file.mimeType);
    say(`Downloaded ${file.fileName}.`);
  };
  return (
    <div className="space-y-3">
      <p className={HINT}>{note}</p>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={BUTTON} onClick={() => void copy('the brief as plain text', briefToPlainText(brief))}>
          Copy as plain text
        </button>
        <button type="button" className={BUTTON} onClick={() => void copy('the brief as Markdown', briefToMarkdown(brief))}>
          Copy as Markdown
        </button>
        <button type="button" className={BUTTON} onClick={() => download('md')}>
          Download .md
        </button>
        <button type="button" className={BUTTON} onClick={() => download('txt')}>
          Download .txt
        </button>
      </div>

      <div>
        <h3 className="text-xs font-semibold">For a channel</h3>
        <ul className="mt-1 space-y-1.5 text-sm">
          <li>
            <p>Email</p>
            <p className={`${HINT} break-words`}>Subject: {email.subject}</p>
            <div className="mt-0.5 flex flex-wrap gap-1.5">
              <button type="button" className={SMALL_BUTTON} onClick={() => void copy('the email subject', email.subject)}>
                Copy email subject
              </button>
              <button type="button" className={SMALL_BUTTON} onClick={() => void copy('the email', email.body)}>
                Copy email body
              </button>
              <a className={`${LINK} text-xs`} href={mailtoUrl(email)}>
                Open in mail app
              </a>
            </div>
          </li>
          <li className="flex items-center justify-between gap-2">
            <p>WhatsApp</p>
            <button type="button" className={SMALL_BUTTON} onClick={() => void copy('the brief for WhatsApp', briefToWhatsApp(brief))}>
              Copy for WhatsApp
            </button>
          </li>
          <li>
            <div className="flex items-center justify-between gap-2">
              <p>Discord</p>
              {discord.length <= 1 ? (
                <button type="button" className={SMALL_BUTTON} onClick={() => void copy('the brief for Discord', discord[0] ?? '')}>
                  Copy for Discord
                </button>
              ) : null}
            </div>
            {discord.length > 1 ? (
              <>
                <p className={HINT}>Longer than one Discord message: paste these {discord.length} in order.</p>
                <div className="mt-0.5 flex flex-wrap gap-1.5">
                  {discord.map((message, i) => (
                    <button
                      key={i}
                      type="button"
                      className={SMALL_BUTTON}
                      onClick={() => void copy(`Discord message ${i + 1} of ${discord.length}`, message)}
                    >
                      Copy Discord message {i + 1} of {discord.length}
                    </button>
                  ))}
                </div>
              </>
            ) : null}
          </li>
        </ul>
      </div>

      <details className="text-xs">
        <summary className="cursor-pointer text-sky-700 dark:text-sky-300">Preview as plain text</summary>
        <pre className="mt-1 max-h-72 overflow-auto rounded-md bg-neutral-50 p-2 font-sans break-words whitespace-pre-wrap dark:bg-neutral-800/60">
          {briefToPlainText(brief)}
        </pre>
      </details>
      <p role="status" className="text-xs empty:hidden">
        {status}
      </p>
    </div>
  );
}
