/**
 * The seller's writes to a creator's program record (`programs` table, key `creatorKey`): accept
 * or dismiss a tier suggestion, edit the agreed fields. Each write reads and writes in one
 * transaction, so two quick clicks never lose one another. Only the seller's action sets a tier:
 * accepting appends to the tier history; suggestions are never stored as the accepted tier.
 */
import { z } from 'zod';
import {
  CONTACT_CHANNELS,
  acceptTier,
  dismissSuggestion,
  emptyCreatorProgram,
  type ContactChannel,
  type CreatorProgram,
  type SuggestionKind,
  type Tier,
} from '../model/program';
import type { CreatorDeskDb } from './database';
import { AgreementTermsSchema, applyTerms, TERM_ISSUE_FIELDS, type AgreementTermName } from './program-terms';

/** What these functions need of the database: its `programs` table (and transactions over it). */
export type ProgramDb = Pick<CreatorDeskDb, 'programs' | 'transaction'>;

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  email: 'Email',
  whatsapp: 'WhatsApp',
  discord: 'Discord',
  slack: 'Slack',
  geneva: 'Geneva',
  tiktok: 'TikTok messages',
  other: 'Other',
};

export const MAX_AGREED_POSTS_PER_WEEK = 100;

/** The fields the seller edits in the creator view, validated before they are stored. */
export const ProgramFieldsSchema = z.object({
  agreedPostsPerWeek: z
    .number({ error: 'Enter a number of posts per week.' })
    .min(0, 'Posts per week cannot be negative.')
    .max(MAX_AGREED_POSTS_PER_WEEK, `At most ${MAX_AGREED_POSTS_PER_WEEK} posts per week.`)
    .nullable(),
  contact: z
    .object({
      channel: z.enum(CONTACT_CHANNELS),
      handle: z.string().trim().min(1, 'Enter the handle, address or number for this channel.').max(200, 'At most 200 characters.'),
    })
    .nullable(),
  compliance: z.object({
    flagged: z.boolean(),
    note: z.string().trim().max(2000, 'At most 2,000 characters.'),
  }),
  notes: z.string().max(10_000, 'At most 10,000 characters.'),
  // Agreement terms (issue 13): left out = unchanged, null = none agreed.
  ...AgreementTermsSchema.shape,
});

export type ProgramFields = z.input<typeof ProgramFieldsSchema>;
export type ProgramFieldName =
  | 'agreedPostsPerWeek'
  | 'contactChannel'
  | 'contactHandle'
  | 'complianceNote'
  | 'notes'
  | AgreementTermName;

export type ProgramFieldsResult =
  | { ok: true; program: CreatorProgram }
  | { ok: false; errors: Partial<Record<ProgramFieldName, string>> };

/** The stored record, or null when the seller has not agreed anything with this creator yet. */
export async function getProgram(db: ProgramDb, creatorKey: string): Promise<CreatorProgram | null> {
  return (await db.programs.get(creatorKey)) ?? null;
}

export async function updateProgram(
  db: ProgramDb,
  creatorKey: string,
  at: number,
  change: (program: CreatorProgram) => CreatorProgram,
): Promise<CreatorProgram> {
  return db.transaction('rw', db.programs, async () => {
    const current = (await db.programs.get(creatorKey)) ?? emptyCreatorProgram(creatorKey, at);
    const next = change(current);
    await db.programs.put(next);
    return next;
  });
}

/** The seller accepts a tier (a suggestion's, or one chosen by hand): recorded with its history. */
export function acceptCreatorTier(db: ProgramDb, creatorKey: string, tier: Tier, at: number = Date.now()): Promise<CreatorProgram> {
  return updateProgram(db, creatorKey, at, (program) => acceptTier(program, tier, at));
}

/** The seller dismisses a suggestion: it stays hidden until the accepted tier changes. */
export function dismissTierSuggestion(
  db: ProgramDb,
  creatorKey: string,
  suggestion: { kind: SuggestionKind; fromTier: Tier | null; toTier: Tier },
  at: number = Date.now(),
): Promise<CreatorProgram> {
  return updateProgram(db, creatorKey, at, (program) => dismissSuggestion(program, suggestion, at));
}

const ISSUE_FIELDS: Record<string, ProgramFieldName> = {
  agreedPostsPerWeek: 'agreedPostsPerWeek',
  'contact.channel': 'contactChannel',
  'contact.handle': 'contactHandle',
  'compliance.note': 'complianceNote',
  notes: 'notes',
  ...TERM_ISSUE_FIELDS,
};

/** Validates the edited fields and stores them; invalid input changes nothing and says why, per field. */
export async function updateProgramFields(
  db: ProgramDb,
  creatorKey: string,
  fields: ProgramFields,
  at: number = Date.now(),
): Promise<ProgramFieldsResult> {
  const parsed = ProgramFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const errors: Partial<Record<ProgramFieldName, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = ISSUE_FIELDS[issue.path.join('.')] ?? 'notes';
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const value = parsed.data;
  const program = await updateProgram(db, creatorKey, at, (current) => {
    const next: CreatorProgram = {
      ...current,
      agreedPostsPerWeek: value.agreedPostsPerWeek,
      compliance: {
        flagged: value.compliance.flagged,
        // When the flag was last raised or cleared: unchanged if only the note changed.
        at: value.compliance.flagged !== current.compliance.flagged ? at : current.compliance.at,
      },
      updatedAt: at,
    };
    if (value.compliance.note) next.compliance.note = value.compliance.note;
    if (next.compliance.at === undefined) delete next.compliance.at;
    if (value.contact) next.contact = { channel: value.contact.channel, handle: value.contact.handle };
    else delete next.contact;
    if (value.notes.trim()) next.notes = value.notes;
    else delete next.notes;
    return applyTerms(next, value);
  });
  return { ok: true, program };
}
