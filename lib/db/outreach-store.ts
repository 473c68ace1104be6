/**
 * The outreach log (`outreach` table): every update, reminder and shout-out copied from the panel,
 * and messages written elsewhere that the seller logs by hand ("mark as sent"). Entries are
 * validated before they are written; an invalid edit changes nothing and says why.
 */
import { MAX_OUTREACH_TEXT, OutreachEntrySchema, type OutreachChannel, type OutreachEntry, type OutreachKind } from '../model/review';
import type { CreatorDeskDb } from './database';

export type OutreachDb = Pick<CreatorDeskDb, 'outreach' | 'transaction'>;
export type OutreachResult = { ok: true; entry: OutreachEntry } | { ok: false; error: string };

export interface OutreachDraft {
  creatorKeys: readonly string[];
  kind: OutreachKind;
  channel: OutreachChannel;
  summary: string;
  text: string;
}

function newId(at: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `${at.toString(36)}-${random}`;
}

function checked(entry: OutreachEntry): OutreachResult {
  const parsed = OutreachEntrySchema.safeParse(entry);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  if (field === 'text') return { ok: false, error: `The message is too long to log (at most ${MAX_OUTREACH_TEXT.toLocaleString('en-US')} characters).` };
  return { ok: false, error: `Not logged: ${field ? `${field}: ` : ''}${issue?.message ?? 'invalid entry'}.` };
}

async function add(db: OutreachDb, entry: OutreachEntry): Promise<OutreachResult> {
  const result = checked(entry);
  if (result.ok) await db.outreach.add(result.entry);
  return result;
}

/** Records a message copied from the panel (not yet confirmed sent). */
export function logCopied(db: OutreachDb, draft: OutreachDraft, at: number = Date.now()): Promise<OutreachResult> {
  return add(db, { id: newId(at), ...draft, creatorKeys: [...new Set(draft.creatorKeys)], at, status: 'copied', origin: 'panel', updatedAt: at });
}

/** Logs a message written elsewhere, as sent at `sentAt`. */
export function logSentElsewhere(db: OutreachDb, draft: OutreachDraft, sentAt: number, at: number = Date.now()): Promise<OutreachResult> {
  return add(db, { id: newId(at), ...draft, creatorKeys: [...new Set(draft.creatorKeys)], at: sentAt, status: 'sent', sentAt, origin: 'manual', updatedAt: at });
}

async function change(db: OutreachDb, id: string, edit: (entry: OutreachEntry) => OutreachEntry): Promise<OutreachResult> {
  return db.transaction('rw', db.outreach, async () => {
    const current = await db.outreach.get(id);
    if (!current) return { ok: false, error: 'This entry is no longer in the log.' } as const;
    const result = checked(edit(current));
    if (result.ok) await db.outreach.put(result.entry);
    return result;
  });
}

/** Edits what an entry says (kind, channel, summary, text). */
export function editOutreach(
  db: OutreachDb,
  id: string,
  fields: Partial<Pick<OutreachEntry, 'kind' | 'channel' | 'summary' | 'text'>>,
  at: number = Date.now(),
): Promise<OutreachResult> {
  return change(db, id, (entry) => ({ ...entry, ...fields, updatedAt: at }));
}

/** The seller confirms a copied message went out. */
export function markSent(db: OutreachDb, id: string, at: number = Date.now()): Promise<OutreachResult> {
  return change(db, id, (entry) => ({ ...entry, status: 'sent', sentAt: entry.sentAt ?? at, updatedAt: at }));
}

export async function deleteOutreach(db: OutreachDb, id: string): Promise<void> {
  await db.outreach.delete(id);
}
