/**
 * Status words as the Affiliate Center shows them (tab titles, status tags) → the statuses the
 * records keep. Only wordings listed here count; anything else is no status (null), never a guess.
 */
import type { CollaborationStatus, OrderContentType, SampleStatus } from '../model/program';

/** `Ready to ship (4)` → `ready to ship`: lower case, words only. */
export function statusKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[(（[].*?[)）\]]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lookup<S extends string>(table: Readonly<Record<S, readonly string[]>>): (text: string) => S | null {
  const byKey = new Map<string, S>();
  for (const status of Object.keys(table) as S[]) for (const wording of table[status]) byKey.set(wording, status);
  return (text) => byKey.get(statusKey(text)) ?? null;
}

/** Target collaboration tabs (Ongoing / Expiring / Canceled) and collaboration status tags. */
export const collaborationStatusOf = lookup<CollaborationStatus>({
  pending: ['pending', 'pending acceptance', 'awaiting acceptance', 'to be accepted', 'invited', 'not started', 'scheduled', 'upcoming', 'pending review', 'under review'],
  ongoing: ['ongoing', 'active', 'in progress', 'accepted', 'effective', 'running', 'live', 'approved'],
  expiring: ['expiring', 'expiring soon', 'ending soon', 'about to expire'],
  expired: ['expired', 'ended', 'finished', 'inactive', 'closed'],
  canceled: ['canceled', 'cancelled', 'removed', 'terminated', 'withdrawn', 'rejected', 'declined'],
});

/**
 * Sample request tabs and tags. `In progress` is the step after delivery, while the creator makes
 * the content: the sample is out but nothing is delivered yet, so it counts as shipped.
 */
export const sampleStatusOf = lookup<SampleStatus>({
  requested: ['to review', 'pending', 'pending review', 'awaiting review', 'requested', 'under review', 'to be reviewed', 'waiting for approval', 'new request'],
  approved: ['ready to ship', 'approved', 'to ship', 'awaiting shipment', 'to be shipped', 'pending shipment'],
  shipped: ['shipped', 'in transit', 'in progress', 'delivered', 'received', 'awaiting content', 'pending content', 'content pending'],
  'content-delivered': ['content posted', 'video posted', 'live completed', 'content delivered', 'posted', 'fulfilled'],
  completed: ['completed', 'complete', 'done', 'finished'],
  canceled: ['canceled', 'cancelled', 'rejected', 'declined', 'expired', 'closed', 'failed', 'timed out'],
});

/** `Content type` of an order: Video / LIVE / Showcase (also the export's VIDEO / LIVE / SHOP). */
export function orderContentTypeOf(text: string | null): OrderContentType {
  const key = statusKey(text ?? '');
  if (key === '') return 'other';
  if (/^(?:short )?videos?$/.test(key)) return 'video';
  if (/^(?:live|lives|live stream|livestream|live video)$/.test(key)) return 'live';
  if (/^(?:showcase|shop|product card|shop tab|storefront|product showcase)$/.test(key)) return 'showcase';
  return 'other';
}
