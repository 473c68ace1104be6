/**
 * Which Seller Center pages (or entries) would sharpen "This week": what is missing from the
 * stored data that the list's rules need, and what each would add.
 */
import type { ProgramIndex } from '../analytics/program-index-model';

export interface Sharpener {
  /** The page (or the panel entry) to open. */
  page: string;
  why: string;
}

export function sharpeners(index: ProgramIndex): Sharpener[] {
  const list: Sharpener[] = [];
  const samples = index.entries.some((e) => e.samples.length > 0);
  const content = index.storedPieces > 0;
  const agreed = index.entries.some((e) => (e.program?.agreedPostsPerWeek ?? 0) > 0);
  if (!content) list.push({ page: 'Video analysis', why: 'posts: who went quiet, pace and Spark Ads candidates' });
  if (index.collaborations.length === 0) list.push({ page: 'Target collaboration', why: 'who is expected to post (zombies in active collaborations)' });
  if (!samples) list.push({ page: 'Sample requests (Shipped tab)', why: 'overdue samples to chase' });
  if (!index.hasOrders) list.push({ page: 'Affiliate orders', why: 'GMV, commission and sales after each sample' });
  if (!agreed) list.push({ page: 'Agreed posts per week (creator view or Creators list)', why: 'who is behind the agreed pace' });
  return list;
}
