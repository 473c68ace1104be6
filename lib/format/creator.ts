/**
 * How a stored creator is named in lists: `@handle` first; a creator without a handle by display
 * name (with the Seller Center id as secondary text); the id alone as a last resort.
 */
import type { Creator } from '../model/entities';

type Names = Pick<Creator, 'handleDisplay' | 'handle' | 'creatorId'> & { displayName?: string | null };

function handleOf(creator: Names): string | undefined {
  return (creator.handleDisplay ?? creator.handle)?.trim().replace(/^@+/, '') || undefined;
}

export function creatorHandleText(creator: Names): string {
  const handle = handleOf(creator);
  if (handle) return `@${handle}`;
  const name = creator.displayName?.trim();
  if (name) return name;
  if (creator.creatorId) return `ID ${creator.creatorId}`;
  return 'Unnamed creator';
}

/** The line under the name: the display name beside a handle, the id beside a display name. */
export function creatorSecondaryText(creator: Names): string | null {
  if (handleOf(creator)) return creator.displayName?.trim() || null;
  if (creator.displayName?.trim() && creator.creatorId) return `ID ${creator.creatorId}`;
  return null;
}
