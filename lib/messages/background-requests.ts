/**
 * Requests the extension's own pages (the side panel, or a benchmark page of the extension's origin)
 * may send the background, validated with zod. Content scripts never reach this: their messages
 * come from Seller Center pages and go through content-messages.ts.
 */
import { z } from 'zod';

/** Prepare the saved analysis soon (after the same quiet period as after a capture). */
export const PrepareAnalysisRequestSchema = z.object({ type: z.literal('prepare-analysis') }).strict();

/**
 * A step of a restore the side panel runs (lib/backup/restore.ts): the background journals captures
 * from `begin`, swaps the staging database in at `finish`, deletes it at `abort`.
 */
export const RestoreRequestSchema = z
  .object({
    type: z.literal('restore'),
    step: z.enum(['begin', 'finish', 'abort']),
    staging: z.string().max(200).regex(/^[\w.-]+$/),
  })
  .strict();
export type RestoreRequest = z.infer<typeof RestoreRequestSchema>;

export const BackgroundRequestSchema = z.union([PrepareAnalysisRequestSchema, RestoreRequestSchema]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export function parseBackgroundRequest(input: unknown): BackgroundRequest | null {
  const parsed = BackgroundRequestSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export interface RequestSender {
  /** The sending extension's id. */
  id?: string;
  /** The sending frame's URL. */
  url?: string;
}

/** True for a page of this extension (its id and its origin), never a web page or another extension. */
export function isFromExtensionPage(sender: RequestSender, extensionId: string, extensionOrigin: string): boolean {
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** True for a content message that may have stored rows (a recognized capture, a page-data answer), read after it was handled. */
export function isRecognizedCapture(message: unknown): boolean {
  if (message === null || typeof message !== 'object') return false;
  const { type, result } = message as { type?: unknown; result?: unknown };
  if (type === 'page-data-body') return true;
  return type === 'capture' && result !== null && typeof result === 'object' && (result as { status?: unknown }).status === 'recognized';
}
