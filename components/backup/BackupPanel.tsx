import { useId, useRef, useState } from 'react';
import { backupSizeError, type CheckedBackup, createBackupFile, parseBackupText, restoreBackup, type RestoreTarget } from '../../lib/backup';
import { type CreatorDeskDb, openCreatorDeskDb } from '../../lib/db/database';
import { installTeamOutbox, outboxControlOf } from '../../lib/team/outbox';
import { countNoun, formatInteger } from '../../lib/format/number';
import { formatDateTime } from '../../lib/format/time';
import { Section } from '../common/Section';
import { RESTORED_MESSAGE_KEY, useDb, useRestoreWiring, type RestoreWiring } from '../db/DbContext';
import { downloadBlob } from '../export/download';

/** How each table's records are called in sentences. */
const TABLE_NOUNS: Record<string, [string, string]> = {
  creators: ['creator', 'creators'],
  content: ['video or LIVE', 'videos and LIVEs'],
  snapshots: ['daily snapshot', 'daily snapshots'],
  captureLog: ['capture log entry', 'capture log entries'],
  collaborations: ['collaboration', 'collaborations'],
  samples: ['sample request', 'sample requests'],
  orders: ['order line', 'order lines'],
  programs: ['creator program', 'creator programs'],
  settings: ['settings record', 'settings records'],
  briefTemplates: ['brief template', 'brief templates'],
};

/** `5,000 creators, 50,000 videos and LIVEs, …` (empty tables left out). */
function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => {
      const [one, many] = TABLE_NOUNS[table] ?? [`${table} record`, `${table} records`];
      return countNoun(count, one, many);
    });
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

type Busy = { action: 'backup' } | { action: 'checking' | 'restoring'; fileName: string; percent: number };
type Message = { tone: 'ok' | 'error'; text: string } | null;

const BUTTON = 'rounded-md px-3 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const PRIMARY = `${BUTTON} bg-sky-700 text-white hover:bg-sky-800`;
const SECONDARY = `${BUTTON} border border-neutral-300 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800`;

function percentOf(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 100;
}

let restoredMessage: Message | undefined;

/**
 * What was restored, saved before the panel reloaded onto the restored database. Taken from session
 * storage once per page load and kept: the view may mount more than once after the reload (the tree
 * renders again when the stored display locale arrives), and each mount must still say it.
 */
function takeRestoredMessage(): Message {
  if (restoredMessage !== undefined) return restoredMessage;
  const text = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(RESTORED_MESSAGE_KEY);
  if (text !== null) sessionStorage.removeItem(RESTORED_MESSAGE_KEY);
  restoredMessage = text === null ? null : { tone: 'ok', text };
  return restoredMessage;
}

/** The live database, the background's side of the swap, and a staging database with the same team outbox. */
function restoreTarget(db: CreatorDeskDb, wiring: RestoreWiring): RestoreTarget {
  const control = outboxControlOf(db);
  return {
    live: db,
    restore: wiring.restore,
    openStaging: (name) => {
      const staging = openCreatorDeskDb(name);
      if (control) Object.assign(installTeamOutbox(staging), control);
      return staging;
    },
    noteRemovals: control?.armed ?? false,
  };
}

/**
 * One click saves the whole database as a file; a chosen backup is checked first (nothing changes),
 * then, once the seller confirms, replaces everything stored — all of it or, on any error, none.
 */
export function BackupPanel() {
  const db = useDb();
  const wiring = useRestoreWiring();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [message, setMessage] = useState<Message>(takeRestoredMessage);
  const [pending, setPending] = useState<{ fileName: string; backup: CheckedBackup } | null>(null);

  const download = async () => {
    setBusy({ action: 'backup' });
    setMessage(null);
    try {
      const file = await createBackupFile(db);
      downloadBlob(file.blob, file.fileName);
      setMessage({ tone: 'ok', text: `Downloaded ${file.fileName}: ${describeCounts(file.counts)}.` });
    } catch (error) {
      setMessage({ tone: 'error', text: `The backup could not be made: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  };

  const check = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setPending(null);
    setMessage(null);
    const sizeError = backupSizeError(file.size);
    if (sizeError) {
      setMessage({ tone: 'error', text: `${file.name}: ${sizeError}` });
      return;
    }
    setBusy({ action: 'checking', fileName: file.name, percent: 0 });
    try {
      const result = await parseBackupText(await file.text(), {
        onProgress: (done, total) => setBusy({ action: 'checking', fileName: file.name, percent: percentOf(done, total) }),
      });
      if (result.ok) setPending({ fileName: file.name, backup: result.backup });
      else setMessage({ tone: 'error', text: `${file.name}: ${result.error}` });
    } catch {
      setMessage({ tone: 'error', text: `${file.name} could not be read. Nothing was changed.` });
    } finally {
      setBusy(null);
    }
  };

  const restore = async () => {
    if (!pending) return;
    const { fileName, backup } = pending;
    setPending(null);
    setBusy({ action: 'restoring', fileName, percent: 0 });
    const outcome = await restoreBackup(restoreTarget(db, wiring), backup, {
      onProgress: (done, total) => setBusy({ action: 'restoring', fileName, percent: percentOf(done, total) }),
    });
    setBusy(null);
    if (!outcome.ok) {
      setMessage({ tone: 'error', text: outcome.error });
      return;
    }
    const text = `Restored the backup of ${formatDateTime(backup.exportedAt)}: ${describeCounts(outcome.counts)}.`;
    setMessage({ tone: 'ok', text });
    wiring.swapped(text);
  };

  const working = busy !== null;
  return (
    <Section title="Backup and restore">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        Everything Creator Desk stores, in one file on this computer: creators, content, orders, samples, collaborations, your
        programs, settings and briefs.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={PRIMARY} disabled={working} onClick={() => void download()}>
          Download backup
        </button>
        <label
          htmlFor={inputId}
          className={`${SECONDARY} focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 ${working ? 'pointer-events-none opacity-50' : 'cursor-pointer'}`}
        >
          Restore from backup…
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".json,application/json"
            disabled={working}
            className="sr-only"
            data-testid="restore-file-input"
            onChange={(event) => void check(event.currentTarget.files?.[0])}
          />
        </label>
      </div>

      {busy && busy.action !== 'backup' ? (
        <div className="mt-3 text-sm">
          <p className="truncate">
            {busy.action === 'checking' ? 'Checking' : 'Restoring'} <span className="font-medium">{busy.fileName}</span>
          </p>
          <div
            role="progressbar"
            aria-label={`${busy.action === 'checking' ? 'Checking' : 'Restoring'} ${busy.fileName}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={busy.percent}
            className="mt-1.5 h-2 w-full overflow-hidden rounded bg-neutral-200 dark:bg-neutral-700"
          >
            <div className="h-full rounded bg-sky-600" style={{ width: `${busy.percent}%` }} />
          </div>
        </div>
      ) : null}

      {pending ? (
        <div
          role="group"
          aria-label="Confirm restore"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p>
            <span className="font-medium break-all">{pending.fileName}</span> is a backup of {formatDateTime(pending.backup.exportedAt)} with{' '}
            {describeCounts(pending.backup.counts)} ({formatInteger(pending.backup.total)} records).
          </p>
          <p className="mt-1 font-medium">Restoring replaces everything stored now with this backup.</p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={PRIMARY} onClick={() => void restore()}>
              Restore this backup
            </button>
            <button type="button" className={SECONDARY} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {message ? (
          <p
            data-testid={message.tone === 'ok' ? 'backup-message' : 'backup-error'}
            className={`rounded-md px-3 py-2 text-sm ${
              message.tone === 'ok'
                ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100'
                : 'bg-red-50 text-red-900 dark:bg-red-950/40 dark:text-red-100'
            }`}
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </Section>
  );
}
