/** How a stored creator is named in lists: `@handle` first, the Seller Center id as a last resort. */
import type { Creator } from '../model/entities';

export function creatorHandleText(creator: Pick<Creator, 'handleDisplay' | 'handle' | 'creatorId'>): string {
  const handle = (creator.handleDisplay ?? creator.handle)?.trim().replace(/^@+/, '');
  if (handle) return `@${handle}`;
  if (creator.creatorId) return `ID ${creator.creatorId}`;
  return 'Unnamed creator';
}
