/**
 * The content script's page-data messages (lib/page-reader/report-message.ts), validated like every
 * content message: an answer's text within the page-world reader's bounds; a report with bounded
 * text, known outcomes and no values.
 */
import { z } from 'zod';
import type { PageDataBodyMessage, PageDataSeenMessage } from '../page-reader/report-message';
import { MAX_HANDED_BODY, MAX_REQUEST_BODY } from '../page-reader/protocol';
import { PAGE_KINDS } from '../pages/page-kind';
import { MESSAGE_LIMITS as L } from '../model/limits';
import { PAGE_DATA_OUTCOMES } from '../model/values';

/** The page's UI language (`th-TH`), from the request's `user_language`. */
const LanguageSchema = z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/);
const UrlText = z.string().min(1).max(L.url);
const ApiPath = z.string().max(256);

/** An answer's JSON text, decoded in the background (lib/background-capture/handle-page-data.ts). */
export const PageDataBodyMessageSchema = z.object({
  type: z.literal('page-data-body'),
  url: UrlText,
  path: ApiPath,
  language: LanguageSchema.optional(),
  body: z.string().max(MAX_HANDED_BODY),
  request: z.string().max(MAX_REQUEST_BODY).optional(),
});

export const PageDataSeenMessageSchema = z.object({
  type: z.literal('page-data-seen'),
  url: UrlText,
  kind: z.enum(PAGE_KINDS),
  region: z
    .string()
    .max(L.region)
    .nullish()
    .transform((region) => region?.trim() || null),
  language: LanguageSchema.optional(),
  path: ApiPath,
  outcome: z.enum(PAGE_DATA_OUTCOMES),
  rowsRead: z.number().int().min(0).max(L.rowsRead).optional(),
  // Key shapes hold field names and type words only.
  shape: z.string().max(2_000).regex(/^[\w{}[\]:,#…\s]*$/u).optional(),
  code: z.string().max(24).optional(),
});

// The sender's type and the schema describe the same message.
type Assert<T extends true> = T;
export type PageDataSchemaMatches = Assert<PageDataSeenMessage extends z.input<typeof PageDataSeenMessageSchema> ? true : false>;
export type PageDataBodySchemaMatches = Assert<PageDataBodyMessage extends z.input<typeof PageDataBodyMessageSchema> ? true : false>;
