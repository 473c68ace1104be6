/**
 * Agreement terms on a creator's program record (issue 13): agreed commission rate, flat fee per
 * post, exclusivity window, start date and agreed posts per week, for one creator (the creator
 * view) or many at once (a selection or a tier in the Creators list). A term left out is left as
 * it is; null clears it.
 */
import { z } from 'zod';
import { CreatorProgramSchema, emptyCreatorProgram, type CreatorProgram } from '../model/program';
import { EnteredDaySchema, EnteredMoneySchema } from '../model/review';
import type { CreatorDeskDb } from './database';

const MAX_AGREED_POSTS = 100;

/** The terms of a program record as a form enters them (left out: unchanged; null: cleared). */
export const AgreementTermsSchema = CreatorProgramSchema.pick({
  agreedCommissionRate: true,
  flatFeePerPost: true,
  exclusivity: true,
  startDate: true,
}).extend({
  agreedCommissionRate: z
    .number({ error: 'Enter a commission rate, like 15.' })
    .gt(0, 'A commission rate is more than 0%.')
    .max(1, 'At most 100%.')
    .nullable()
    .optional(),
  flatFeePerPost: EnteredMoneySchema.nullable().optional(),
  exclusivity: z
    .object({ from: EnteredDaySchema, to: EnteredDaySchema })
    .refine((w) => w.from <= w.to, { message: 'The exclusivity window ends before it starts.', path: ['to'] })
    .nullable()
    .optional(),
  startDate: EnteredDaySchema.nullable().optional(),
});
export type AgreementTerms = z.input<typeof AgreementTermsSchema>;
export type AgreementTermName = 'agreedCommissionRate' | 'flatFeePerPost' | 'exclusivity' | 'startDate';

/** zod issue path → the form field it belongs to. */
export const TERM_ISSUE_FIELDS: Record<string, AgreementTermName> = {
  agreedCommissionRate: 'agreedCommissionRate',
  'flatFeePerPost.amount': 'flatFeePerPost',
  'flatFeePerPost.currency': 'flatFeePerPost',
  flatFeePerPost: 'flatFeePerPost',
  'exclusivity.from': 'exclusivity',
  'exclusivity.to': 'exclusivity',
  exclusivity: 'exclusivity',
  startDate: 'startDate',
};

/** The record with the given terms applied (left-out terms unchanged); returns a new record. */
export function applyTerms(program: CreatorProgram, terms: z.output<typeof AgreementTermsSchema>): CreatorProgram {
  const next = { ...program };
  if (terms.agreedCommissionRate !== undefined) next.agreedCommissionRate = terms.agreedCommissionRate;
  if (terms.flatFeePerPost !== undefined) next.flatFeePerPost = terms.flatFeePerPost;
  if (terms.exclusivity !== undefined) next.exclusivity = terms.exclusivity;
  if (terms.startDate !== undefined) next.startDate = terms.startDate;
  return next;
}

export const BulkTermsSchema = AgreementTermsSchema.extend({
  agreedPostsPerWeek: z.number().min(0, 'Posts per week cannot be negative.').max(MAX_AGREED_POSTS, `At most ${MAX_AGREED_POSTS} posts per week.`).nullable().optional(),
});
export type BulkTerms = z.input<typeof BulkTermsSchema>;

export type BulkTermsResult = { ok: true; updated: number } | { ok: false; errors: Partial<Record<AgreementTermName | 'agreedPostsPerWeek', string>> };

/**
 * Applies the same terms to many creators in one transaction: all of them or none. Creators with no
 * program record yet get one.
 */
export async function applyTermsToCreators(
  db: Pick<CreatorDeskDb, 'programs' | 'transaction'>,
  creatorKeys: readonly string[],
  terms: BulkTerms,
  at: number = Date.now(),
): Promise<BulkTermsResult> {
  const parsed = BulkTermsSchema.safeParse(terms);
  if (!parsed.success) {
    const errors: Partial<Record<AgreementTermName | 'agreedPostsPerWeek', string>> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const field = path === 'agreedPostsPerWeek' ? 'agreedPostsPerWeek' : (TERM_ISSUE_FIELDS[path] ?? 'agreedCommissionRate');
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const value = parsed.data;
  const keys = [...new Set(creatorKeys)];
  await db.transaction('rw', db.programs, async () => {
    const current = await db.programs.bulkGet(keys);
    const next = keys.map((key, i) => {
      const program = applyTerms(current[i] ?? emptyCreatorProgram(key, at), value);
      if (value.agreedPostsPerWeek !== undefined) program.agreedPostsPerWeek = value.agreedPostsPerWeek;
      program.updatedAt = at;
      return program;
    });
    await db.programs.bulkPut(next);
  });
  return { ok: true, updated: keys.length };
}
