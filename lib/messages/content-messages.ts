/**
 * Messages a content script sends to the background, validated here with zod before anything is
 * stored. The content script imports only the types (`import type`), so zod stays out of its bundle.
 *
 * Row by row, never batch by batch: the message itself (page, counts, at most rowsPerMessage rows)
 * must be valid, then each row is checked against its entity's schema on its own. A row that fails
 * is left out and counted as rejected with its reason (field and problem); the others are stored.
 */
import { z } from 'zod';
import { PAGE_KINDS } from '../pages/page-kind';
import { MESSAGE_LIMITS as L } from '../model/limits';
import { PageDataBodyMessageSchema, PageDataSeenMessageSchema } from './page-data-messages';
import { CollaborationRowSchema, ContentRowSchema, CreatorRowSchema, EligibilityRowSchema, OrderRowSchema, SampleRowSchema } from './row-schemas';

const UrlText = z.string().min(1).max(L.url);
const RegionSchema = z
  .string()
  .max(L.region)
  .nullish()
  .transform((region) => region?.trim() || null);
const PageKindSchema = z.enum(PAGE_KINDS);

export const RejectedCountSchema = z.object({
  reason: z.string().max(L.reason),
  count: z.number().int().min(0).max(L.rowsRead),
});

/** Each entity's row schema: rows are checked one by one against it. */
export const ROW_SCHEMAS = {
  creators: CreatorRowSchema,
  content: ContentRowSchema,
  collaborations: CollaborationRowSchema,
  samples: SampleRowSchema,
  orders: OrderRowSchema,
  eligibility: EligibilityRowSchema,
} as const;
export type CaptureEntity = keyof typeof ROW_SCHEMAS;
const ENTITY_NAMES = Object.keys(ROW_SCHEMAS) as [CaptureEntity, ...CaptureEntity[]];

/** A recognized capture as sent: its rows are checked afterwards, one by one. */
const RecognizedEnvelopeSchema = z.object({
  status: z.literal('recognized'),
  adapter: z.string().min(1).max(L.adapter),
  entity: z.enum(ENTITY_NAMES),
  rowsRead: z.number().int().min(0).max(L.rowsRead),
  rejected: z.array(RejectedCountSchema).max(L.rejectedReasons),
  /** Fields the content script cut to their limit in these rows. */
  shortened: z.number().int().min(0).max(L.rowsRead).default(0),
  rows: z.array(z.unknown()).max(L.rowsPerMessage),
});

export const CaptureResultSchema = z.discriminatedUnion('status', [
  RecognizedEnvelopeSchema,
  z.object({
    status: z.literal('unrecognized'),
    headers: z.array(z.string().max(L.header)).max(L.headers),
  }),
]);

export const PageSeenMessageSchema = z.object({
  type: z.literal('page-seen'),
  url: UrlText,
  kind: PageKindSchema,
  region: RegionSchema,
});

export const CaptureMessageSchema = z.object({
  type: z.literal('capture'),
  url: UrlText,
  kind: PageKindSchema,
  region: RegionSchema,
  /** The page's date filter as shown: the period its figures cover. */
  periodText: z.string().max(L.periodText).optional(),
  result: CaptureResultSchema,
});

export const ContentMessageSchema = z.discriminatedUnion('type', [PageSeenMessageSchema, CaptureMessageSchema, PageDataSeenMessageSchema, PageDataBodyMessageSchema]);

type RowInput<E extends CaptureEntity> = z.input<(typeof ROW_SCHEMAS)[E]>;
type RowOutput<E extends CaptureEntity> = z.output<(typeof ROW_SCHEMAS)[E]>;
type RecognizedEnvelopeInput = z.input<typeof RecognizedEnvelopeSchema>;
type RecognizedEnvelope = z.output<typeof RecognizedEnvelopeSchema>;

/** A recognized result as a content script writes it, rows typed by entity. */
export type RecognizedResultInput = {
  [E in CaptureEntity]: Omit<RecognizedEnvelopeInput, 'entity' | 'rows'> & { entity: E; rows: RowInput<E>[] };
}[CaptureEntity];
/** A recognized result after validation: only the rows that passed their schema. */
export type RecognizedResult = {
  [E in CaptureEntity]: Omit<RecognizedEnvelope, 'entity' | 'rows'> & { entity: E; rows: RowOutput<E>[] };
}[CaptureEntity];
type UnrecognizedResult = Extract<z.output<typeof CaptureResultSchema>, { status: 'unrecognized' }>;

/** What a content script may send (input shape: optional/nullable fields as the sender writes them). */
export type PageSeenMessage = z.input<typeof PageSeenMessageSchema>;
export type CaptureResult = RecognizedResultInput | UnrecognizedResult;
export type CaptureMessage = Omit<z.input<typeof CaptureMessageSchema>, 'result'> & { result: CaptureResult };
export type ContentMessage = PageSeenMessage | CaptureMessage | z.input<typeof PageDataSeenMessageSchema> | z.input<typeof PageDataBodyMessageSchema>;

/** A message after validation (unknown keys stripped, null metrics dropped, region normalised, bad rows out). */
export type ValidCaptureMessage = Omit<z.output<typeof CaptureMessageSchema>, 'result'> & { result: RecognizedResult | UnrecognizedResult };
export type ValidContentMessage =
  | z.output<typeof PageSeenMessageSchema>
  | ValidCaptureMessage
  | z.output<typeof PageDataSeenMessageSchema>
  | z.output<typeof PageDataBodyMessageSchema>;

/** The background's reply to every content message. */
export interface ContentMessageResponse {
  ok: boolean;
  error?: string;
  /** A page-data answer was a verification challenge: the content script stops reading page data. */
  stop?: boolean;
}

export type ParsedContentMessage = { ok: true; message: ValidContentMessage } | { ok: false; reason: string };

const MAX_REPORTED_ISSUES = 3;

/** Validates an incoming message, then its rows one by one; the reason names the first few problems by path. */
export function parseContentMessage(input: unknown): ParsedContentMessage {
  const parsed = ContentMessageSchema.safeParse(input);
  if (parsed.success) {
    const message = parsed.data;
    if (message.type === 'capture' && message.result.status === 'recognized') {
      return { ok: true, message: { ...message, result: checkRows(message.result) } };
    }
    return { ok: true, message: message as ValidContentMessage };
  }
  const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = parsed.error.issues.length - issues.length;
  return { ok: false, reason: `Invalid message (${issues.join('; ')}${more > 0 ? `; and ${more} more` : ''})` };
}

/** The reason a row failed its schema, without the row's position (so equal problems add up). */
function rowRejectionReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid row';
  const path = issue.path.map(String).join('.');
  return `invalid row: ${path ? `${path}: ` : ''}${issue.message}`.slice(0, L.reason);
}

/** Keeps the rows that pass their entity's schema; the others are counted as rejected, by reason. */
function checkRows(envelope: RecognizedEnvelope): RecognizedResult {
  const schema: z.ZodType = ROW_SCHEMAS[envelope.entity];
  const rows: unknown[] = [];
  const rejected = new Map<string, number>(envelope.rejected.map(({ reason, count }) => [reason, count]));
  for (const row of envelope.rows) {
    const checked = schema.safeParse(row);
    if (checked.success) rows.push(checked.data);
    else {
      const reason = rowRejectionReason(checked.error);
      rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
    }
  }
  return { ...envelope, rows, rejected: [...rejected].map(([reason, count]) => ({ reason, count })) } as RecognizedResult;
}
