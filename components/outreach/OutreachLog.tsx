import { useId, useState } from 'react';
import type { ProgramIndex } from '../../lib/analytics/program-index-model';
import { deleteOutreach, editOutreach, logSentElsewhere, markSent } from '../../lib/db/outreach-store';
import { CONTACT_CHANNEL_LABELS } from '../../lib/db/program-store';
import { countNoun } from '../../lib/format/number';
import { OUTREACH_CHANNELS, OUTREACH_KINDS, type OutreachChannel, type OutreachEntry, type OutreachKind } from '../../lib/model/review';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { creatorHref } from '../shell/route';
import { TeamForm } from '../team/TeamForm';

const KIND_LABELS: Record<OutreachKind, string> = { reminder: 'Reminder', update: 'Update', 'shout-out': 'Shout-out', other: 'Other' };
const CONTROL = 'rounded-md border border-neutral-300 bg-white px-1.5 py-0.5 text-sm dark:border-neutral-600 dark:bg-neutral-900';
const BUTTON = 'rounded-md border border-neutral-300 px-2 py-0.5 text-xs font-medium hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800';
const FIRST_SHOWN = 30;

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function EntryEditor({ entry, onDone }: { entry: OutreachEntry; onDone: () => void }) {
  const db = useDb();
  const id = useId();
  const [summary, setSummary] = useState(entry.summary);
  const [text, setText] = useState(entry.text);
  const [channel, setChannel] = useState<OutreachChannel>(entry.channel);
  const [error, setError] = useState('');
  return (
    <TeamForm
      aria-label="Edit log entry"
      className="mt-1 space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        void editOutreach(db, entry.id, { summary, text, channel }).then((r) => (r.ok ? onDone() : setError(r.error)));
      }}
    >
      <label htmlFor={`${id}-summary`} className="block text-xs font-medium">
        What
      </label>
      <input id={`${id}-summary`} className={`${CONTROL} w-full`} value={summary} maxLength={300} onChange={(e) => setSummary(e.target.value)} />
      <label htmlFor={`${id}-channel`} className="block text-xs font-medium">
        Channel
      </label>
      <select id={`${id}-channel`} className={CONTROL} value={channel} onChange={(e) => setChannel(e.target.value as OutreachChannel)}>
        {OUTREACH_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CONTACT_CHANNEL_LABELS[c]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`} className="block text-xs font-medium">
        Message
      </label>
      <textarea id={`${id}-text`} rows={4} className={`${CONTROL} w-full`} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="flex gap-1">
        <button type="submit" className={BUTTON}>
          Save
        </button>
        <button type="button" className={BUTTON} onClick={onDone}>
          Cancel
        </button>
      </div>
      {error ? <p role="alert" className="text-xs text-red-800 dark:text-red-200">{error}</p> : null}
    </TeamForm>
  );
}

function LogEntry({ entry, index }: { entry: OutreachEntry; index: ProgramIndex }) {
  const db = useDb();
  const [editing, setEditing] = useState(false);
  const names = entry.creatorKeys.map((key) => ({ key, name: creatorName(index, key) }));
  return (
    <li className="py-1.5" data-testid="outreach-entry">
      <p className="flex min-w-0 justify-between gap-2 text-sm">
        <span className="truncate font-medium" title={entry.summary}>
          {entry.summary || KIND_LABELS[entry.kind]}
        </span>
        <span className="shrink-0 text-xs">{entry.status === 'sent' ? 'Sent' : 'Copied'}</span>
      </p>
      <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">
        {KIND_LABELS[entry.kind]} · {CONTACT_CHANNEL_LABELS[entry.channel]} · {when(entry.sentAt ?? entry.at)} ·{' '}
        {names.length === 0
          ? 'group'
          : names.slice(0, 3).map((n, i) => (
              <span key={n.key}>
                {i > 0 ? ', ' : ''}
                <a href={creatorHref(n.key)} className="text-sky-700 hover:underline dark:text-sky-300">
                  {n.name}
                </a>
              </span>
            ))}
        {names.length > 3 ? ` and ${countNoun(names.length - 3, 'more')}` : ''}
      </p>
      {editing ? (
        <EntryEditor entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <div className="mt-0.5 flex flex-wrap gap-1">
          {entry.status === 'copied' ? (
            <button type="button" className={BUTTON} onClick={() => void markSent(db, entry.id)}>
              Mark as sent
            </button>
          ) : null}
          <button type="button" className={BUTTON} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className={BUTTON} onClick={() => void deleteOutreach(db, entry.id)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** Logs a message written elsewhere (a call, an email from the inbox) as sent. */
function LogElsewhereForm({ index }: { index: ProgramIndex }) {
  const db = useDb();
  const id = useId();
  const [creator, setCreator] = useState('');
  const [kind, setKind] = useState<OutreachKind>('other');
  const [channel, setChannel] = useState<OutreachChannel>('email');
  const [summary, setSummary] = useState('');
  const [day, setDay] = useState(() => new Date().toLocaleDateString('en-CA'));
  const [status, setStatus] = useState('');
  const options = index.entries.map((e) => ({ key: e.key, name: creatorName(index, e.key) }));
  const submit = async () => {
    const match = options.find((o) => o.name.toLowerCase() === creator.trim().toLowerCase() || `@${o.name.replace(/^@/, '')}`.toLowerCase() === `@${creator.trim().replace(/^@/, '')}`.toLowerCase());
    if (!match) {
      setStatus('Choose a creator from the list.');
      return;
    }
    const sentAt = new Date(`${day}T12:00:00`).getTime();
    if (!Number.isFinite(sentAt)) {
      setStatus('Enter the day it was sent.');
      return;
    }
    const logged = await logSentElsewhere(db, { creatorKeys: [match.key], kind, channel, summary: summary.trim() || KIND_LABELS[kind], text: '' }, sentAt);
    setStatus(logged.ok ? `Logged for ${match.name}.` : logged.error);
    if (logged.ok) setSummary('');
  };
  return (
    <details className="mb-2 rounded-md border border-neutral-200 px-2 py-1 dark:border-neutral-700">
      <summary className="cursor-pointer text-xs font-medium">Log a message sent elsewhere</summary>
      <TeamForm
        aria-label="Log a message sent elsewhere"
        className="mt-1 grid grid-cols-2 gap-1.5 pb-1"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="col-span-2">
          <label htmlFor={`${id}-creator`} className="block text-xs font-medium">
            Creator
          </label>
          <input id={`${id}-creator`} list={`${id}-creators`} className={`${CONTROL} w-full`} value={creator} onChange={(e) => setCreator(e.target.value)} autoComplete="off" />
          <datalist id={`${id}-creators`}>
            {options.map((o) => (
              <option key={o.key} value={o.name} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="block text-xs font-medium">
            Kind
          </label>
          <select id={`${id}-kind`} className={`${CONTROL} w-full`} value={kind} onChange={(e) => setKind(e.target.value as OutreachKind)}>
            {OUTREACH_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-channel`} className="block text-xs font-medium">
            Channel
          </label>
          <select id={`${id}-channel`} className={`${CONTROL} w-full`} value={channel} onChange={(e) => setChannel(e.target.value as OutreachChannel)}>
            {OUTREACH_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CONTACT_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2">
          <label htmlFor={`${id}-summary`} className="block text-xs font-medium">
            What
          </label>
          <input id={`${id}-summary`} className={`${CONTROL} w-full`} value={summary} maxLength={300} onChange={(e) => setSummary(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-day`} className="block text-xs font-medium">
            Sent on
          </label>
          <input id={`${id}-day`} type="date" className={`${CONTROL} w-full`} value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={BUTTON}>
            Log as sent
          </button>
        </div>
        <p role="status" className="col-span-2 text-xs empty:hidden">
          {status}
        </p>
      </TeamForm>
    </details>
  );
}

/** Every update, reminder and shout-out copied from the panel, and messages logged by hand. */
export function OutreachLog({ index, entries }: { index: ProgramIndex; entries: readonly OutreachEntry[] }) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  return (
    <Section title="Outreach log">
      <LogElsewhereForm index={index} />
      {entries.length === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          Nothing logged yet. Reminders, updates and shout-outs you copy from the panel are recorded here; log messages written elsewhere above.
        </p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label={`${countNoun(entries.length, 'message')}, newest first`}>
          {entries.slice(0, shown).map((entry) => (
            <LogEntry key={entry.id} entry={entry} index={index} />
          ))}
        </ul>
      )}
      {entries.length > shown ? (
        <button type="button" className="mt-1 text-sm text-sky-700 underline dark:text-sky-300" onClick={() => setShown((n) => n + 50)}>
          Show more
        </button>
      ) : null}
    </Section>
  );
}
