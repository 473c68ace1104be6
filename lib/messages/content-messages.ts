/**
 * Messages a content script sends to the background, validated here with zod before anything is
 * stored. The content script imports only the types (`import type`), so zod stays out of its bundle.
 */
import { z } from 'zod';
import { PAGE_KINDS } from '../pages/page-kind';
import { MESSAGE_LIMITS as L } from './limits';
import { PageDataSeenMessageSchema } from './page-data-messages';
import { CollaborationRowSchema, ContentRowSchema, CreatorRowSchema, OrderRowSchema, SampleRowSchema } from './row-schemas';

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

const recognizedFields = {
  status: z.literal('recognized'),
  adapter: z.string().min(1).max(L.adapter),
  rowsRead: z.number().int().min(0).max(L.rowsRead),
  rejected: z.array(RejectedCountSchema).max(L.rejectedReasons),
};

export const CaptureResultSchema = z.discriminatedUnion('status', [
  z.discriminatedUnion('entity', [
    z.object({
      ...recognizedFields,
      entity: z.literal('creators'),
      rows: z.array(CreatorRowSchema).max(L.rowsPerMessage),
    }),
    z.object({
      ...recognizedFields,
      entity: z.literal('content'),
      rows: z.array(ContentRowSchema).max(L.rowsPerMessage),
    }),
    z.object({
      ...recognizedFields,
      entity: z.literal('collaborations'),
      rows: z.array(CollaborationRowSchema).max(L.rowsPerMessage),
    }),
    z.object({
      ...recognizedFields,
      entity: z.literal('samples'),
      rows: z.array(SampleRowSchema).max(L.rowsPerMessage),
    }),
    z.object({
      ...recognizedFields,
      entity: z.literal('orders'),
      rows: z.array(OrderRowSchema).max(L.rowsPerMessage),
    }),
  ]),
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
  result: CaptureResultSchema,
});

export const ContentMessageSchema = z.discriminatedUnion('type', [PageSeenMessageSchema, CaptureMessageSchema, PageDataSeenMessageSchema]);

/** What a content script may send (input shape: optional/nullable fields as the sender writes them). */
export type ContentMessage = z.input<typeof ContentMessageSchema>;
export type PageSeenMessage = z.input<typeof PageSeenMessageSchema>;
export type CaptureMessage = z.input<typeof CaptureMessageSchema>;
export type CaptureResult = z.input<typeof CaptureResultSchema>;

/** A message after validation (unknown keys stripped, null metrics dropped, region normalised). */
export type ValidContentMessage = z.output<typeof ContentMessageSchema>;
export type ValidCaptureMessage = z.output<typeof CaptureMessageSchema>;

/** The background's reply to every content message. */
export interface ContentMessageResponse {
  ok: boolean;
  error?: string;
}

export type ParsedContentMessage = { ok: true; message: ValidContentMessage } | { ok: false; reason: string };

const MAX_REPORTED_ISSUES = 3;

/** Validates an incoming message; the reason names the first few problems by path. */
export function parseContentMessage(input: unknown): ParsedContentMessage {
  const parsed = ContentMessageSchema.safeParse(input);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = parsed.error.issues.length - issues.length;
  return { ok: false, reason: `Invalid message (${issues.join('; ')}${more > 0 ? `; and ${more} more` : ''})` };
}
