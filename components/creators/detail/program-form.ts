/**
 * The creator view's editable fields as form text, and back: what the seller typed becomes
 * validated `ProgramFields` for the store, or a message per field saying what to fix.
 */
import { ProgramFieldsSchema, type ProgramFieldName, type ProgramFields } from '../../../lib/db/program-store';
import { CONTACT_CHANNELS, type ContactChannel, type CreatorProgram } from '../../../lib/model/program';

export interface ProgramFormState {
  agreedPostsPerWeek: string;
  contactChannel: ContactChannel | '';
  contactHandle: string;
  complianceFlagged: boolean;
  complianceNote: string;
  notes: string;
}

export function formFromProgram(program: CreatorProgram | null): ProgramFormState {
  return {
    agreedPostsPerWeek: program?.agreedPostsPerWeek === null || program?.agreedPostsPerWeek === undefined ? '' : String(program.agreedPostsPerWeek),
    contactChannel: program?.contact?.channel ?? '',
    contactHandle: program?.contact?.handle ?? '',
    complianceFlagged: program?.compliance.flagged ?? false,
    complianceNote: program?.compliance.note ?? '',
    notes: program?.notes ?? '',
  };
}

export function sameForm(a: ProgramFormState, b: ProgramFormState): boolean {
  return (Object.keys(a) as (keyof ProgramFormState)[]).every((field) => a[field] === b[field]);
}

/** A stored draft read back: every field of the right type, else null. */
export function parseProgramForm(value: unknown): ProgramFormState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const texts = ['agreedPostsPerWeek', 'contactHandle', 'complianceNote', 'notes'] as const;
  if (!texts.every((field) => typeof v[field] === 'string') || typeof v.complianceFlagged !== 'boolean') return null;
  if (v.contactChannel !== '' && !CONTACT_CHANNELS.includes(v.contactChannel as ContactChannel)) return null;
  return {
    agreedPostsPerWeek: v.agreedPostsPerWeek as string,
    contactChannel: v.contactChannel as ContactChannel | '',
    contactHandle: v.contactHandle as string,
    complianceFlagged: v.complianceFlagged,
    complianceNote: v.complianceNote as string,
    notes: v.notes as string,
  };
}

export type ProgramFormResult =
  | { ok: true; fields: ProgramFields }
  | { ok: false; errors: Partial<Record<ProgramFieldName, string>> };

/** `2,5` and `2.5` are both two and a half. */
export function parseDecimal(text: string): number | null | typeof Number.NaN {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

export function fieldsFromForm(form: ProgramFormState): ProgramFormResult {
  const errors: Partial<Record<ProgramFieldName, string>> = {};
  const agreed = parseDecimal(form.agreedPostsPerWeek);
  if (agreed !== null && Number.isNaN(agreed)) errors.agreedPostsPerWeek = 'Enter a number of posts per week, like 3 or 2.5.';
  const handle = form.contactHandle.trim();
  if (form.contactChannel === '' && handle !== '') errors.contactChannel = 'Choose the channel this handle is for.';
  const fields: ProgramFields = {
    agreedPostsPerWeek: agreed !== null && Number.isNaN(agreed) ? null : agreed,
    contact: form.contactChannel === '' ? null : { channel: form.contactChannel, handle },
    compliance: { flagged: form.complianceFlagged, note: form.complianceNote },
    notes: form.notes,
  };
  const parsed = ProgramFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const byPath: Record<string, ProgramFieldName> = {
      agreedPostsPerWeek: 'agreedPostsPerWeek',
      'contact.channel': 'contactChannel',
      'contact.handle': 'contactHandle',
      'compliance.note': 'complianceNote',
      notes: 'notes',
    };
    for (const issue of parsed.error.issues) {
      const field = byPath[issue.path.join('.')];
      if (field) errors[field] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}
