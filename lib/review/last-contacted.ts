/** When each creator was last contacted, from the outreach log (sent time, else copied time). */
import { contactedAt, type OutreachEntry } from '../model/review';

export function lastContactedByCreator(entries: Iterable<OutreachEntry>): Map<string, number> {
  const last = new Map<string, number>();
  for (const entry of entries) {
    const at = contactedAt(entry);
    for (const key of entry.creatorKeys) {
      const seen = last.get(key);
      if (seen === undefined || at > seen) last.set(key, at);
    }
  }
  return last;
}

/** Whole local days since a contact (0 the same day); null when never contacted. */
export function daysSinceContact(lastContacted: number | undefined, asOf: number): number | null {
  if (lastContacted === undefined) return null;
  const a = new Date(lastContacted);
  const b = new Date(asOf);
  const dayA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const dayB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.max(0, Math.round((dayB - dayA) / 86_400_000));
}
