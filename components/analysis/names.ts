/** How creators are named in the program views: `@Handle` as displayed, else the id, else the key. */
import type { ProgramIndex } from '../../lib/analytics/index';
import { creatorHandleText } from '../../lib/format/creator';

export function creatorName(index: ProgramIndex, creatorKey: string): string {
  const entry = index.byKey.get(creatorKey);
  if (entry?.creator) return creatorHandleText(entry.creator);
  if (entry?.handle) return `@${entry.handle}`;
  if (creatorKey.startsWith('id:')) return `ID ${creatorKey.slice(3)}`;
  if (creatorKey.startsWith('h:')) return `@${creatorKey.slice(2)}`;
  return creatorKey;
}
