/**
 * The content script's report of one API answer of the page (lib/page-reader/report-message.ts),
 * validated like every content message: bounded text, known outcomes, no values.
 */
import { z } from 'zod';
import type { PageDataSeenMessage } from '../page-reader/report-message';
import { PAGE_KINDS } from '../pages/page-kind';
import { MESSAGE_LIMITS as L } from '../model/limits';
import { PAGE_DATA_OUTCOMES } from '../model/values';

export const PageDataSeenMessageSchema = z.object({
  type: z.literal('page-data-seen'),
  url: z.string().min(1).max(L.url),
  kind: z.enum(PAGE_KINDS),
  region: z
    .string()
    .max(L.region)
    .nullish()
    .transform((region) => region?.trim() || null),
  language: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/).optional(),
  path: z.string().max(256),
  outcome: z.enum(PAGE_DATA_OUTCOMES),
  rowsRead: z.number().int().min(0).max(L.rowsRead).optional(),
  // Key shapes hold field names and type words only.
  shape: z.string().max(2_000).regex(/^[\w{}[\]:,#…\s]*$/u).optional(),
  code: z.string().max(24).optional(),
});

// The sender's type and the schema describe the same message.
type Assert<T extends true> = T;
export type PageDataSchemaMatches = Assert<PageDataSeenMessage extends z.input<typeof PageDataSeenMessageSchema> ? true : false>;
