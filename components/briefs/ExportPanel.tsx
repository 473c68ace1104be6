import { useEffect, useMemo, useRef, useState } from 'react';
import {
  briefDownload,
  briefToDiscord,
  briefToEmail,
  briefToMarkdown,
  briefToPlainText,
  briefToWhatsApp,
  mailtoUrl,
  type Brief,
  type Finding,
} from '../../lib/briefs/index';
import { countNoun } from '../../lib/format/number';
import { downloadText } from './clipboard';
import { findingPlace } from './FindingsList';
import { BUTTON, HINT, LINK, PRIMARY_BUTTON, SMALL_BUTTON } from './ui';
import { useCopyStatus } from './useCopyStatus';

interface PendingAction {
  /** What the seller asked for, e.g. "Copy for WhatsApp". */
  label: string;
  run: () => void;
}

/** Asks before a brief with must-fix findings leaves the panel, naming each finding. */
function ConfirmMustFix({ pending, mustFix, onCancel }: { pending: PendingAction; mustFix: readonly Finding[]; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="must-fix-title"
      aria-describedby="must-fix-list"
      data-testid="confirm-must-fix"
      className="rounded-md border border-red-600 bg-red-50 p-2 text-sm text-red-950 outline-none focus-visible:ring-2 focus-visible:ring-red-600 dark:bg-red-950 dark:text-red-50"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="must-fix-title" className="font-medium">
        This brief still has {countNoun(mustFix.length, 'problem')} marked Must fix. {pending.label} anyway?
      </p>
      <ul id="must-fix-list" className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
        {mustFix.map((f, i) => (
          <li key={i}>
            <span className="font-medium">{findingPlace(f)}</span>
            {f.match ? ` “${f.match}”` : ''}: {f.message}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap gap-1.5">
        <button type="button" className={PRIMARY_BUTTON} onClick={pending.run}>
          {pending.label} anyway
        </button>
        <button type="button" className={BUTTON} onClick={onCancel}>
          Cancel and fix
        </button>
      </div>
    </div>
  );
}

/**
 * The brief out of the panel: copied as plain text or Markdown, downloaded as a file, or formatted
 * for the channels sellers brief creators on (email, WhatsApp, Discord).
 */
export function ExportPanel({ brief, note, mustFix = [] }: { brief: Brief; note: string; mustFix?: readonly Finding[] }) {
  const { status, copy: copyNow, say } = useCopyStatus();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const email = useMemo(() => briefToEmail(brief), [brief]);
  const discord = useMemo(() => briefToDiscord(brief), [brief]);
  /** Runs at once, or after the seller confirms when the brief has must-fix findings. */
  const guarded = (label: string, run: () => void) => {
    if (mustFix.length === 0) return run();
    setPending({
      label,
      run: () => {
        setPending(null);
        run();
      },
    });
  };
  const copy = (label: string, what: string, text: string) => guarded(label, () => void copyNow(what, text));
  const download = (format: 'md' | 'txt') =>
    guarded(`Download .${format}`, () => {
      const file = briefDownload(brief, format);
      downloadText(file.content, file.fileName, file.mimeType);
      say(`Downloaded ${file.fileName}.`);
    });
  return (
    <div className="space-y-3">
      <p className={HINT}>{note}</p>
      {pending ? (
        <ConfirmMustFix
          pending={pending}
          mustFix={mustFix}
          onCancel={() => {
            setPending(null);
            say('Not sent: fix the findings listed under Checks first.');
          }}
        />
      ) : null}
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={BUTTON} onClick={() => copy('Copy as plain text', 'the brief as plain text', briefToPlainText(brief))}>
          Copy as plain text
        </button>
        <button type="button" className={BUTTON} onClick={() => copy('Copy as Markdown', 'the brief as Markdown', briefToMarkdown(brief))}>
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
              <button type="button" className={SMALL_BUTTON} onClick={() => copy('Copy email subject', 'the email subject', email.subject)}>
                Copy email subject
              </button>
              <button type="button" className={SMALL_BUTTON} onClick={() => copy('Copy email body', 'the email', email.body)}>
                Copy email body
              </button>
              <a
                className={`${LINK} text-xs`}
                href={mailtoUrl(email)}
                onClick={(e) => {
                  if (mustFix.length === 0) return;
                  e.preventDefault();
                  guarded('Open in mail app', () => window.open(mailtoUrl(email), '_self'));
                }}
              >
                Open in mail app
              </a>
            </div>
          </li>
          <li className="flex items-center justify-between gap-2">
            <p>WhatsApp</p>
            <button type="button" className={SMALL_BUTTON} onClick={() => copy('Copy for WhatsApp', 'the brief for WhatsApp', briefToWhatsApp(brief))}>
              Copy for WhatsApp
            </button>
          </li>
          <li>
            <div className="flex items-center justify-between gap-2">
              <p>Discord</p>
              {discord.length <= 1 ? (
                <button type="button" className={SMALL_BUTTON} onClick={() => copy('Copy for Discord', 'the brief for Discord', discord[0] ?? '')}>
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
                      onClick={() => copy(`Copy Discord message ${i + 1}`, `Discord message ${i + 1} of ${discord.length}`, message)}
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
