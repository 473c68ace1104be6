/**
 * What feeds each side-panel view: the Affiliate Center pages whose tables are read as the seller
 * browses them, and the export files that can be imported instead. The empty views and the
 * first-run checklist say this to a seller who has nothing stored yet.
 */
import type { DetectableKind } from '../pages/detect';

export type ExportFile = 'creator-data' | 'video-data' | 'affiliate-orders';

export const EXPORT_FILES: Record<ExportFile, { name: string; where: string }> = {
  'creator-data': { name: 'Creator data', where: 'Affiliate Center → Data → Creator analysis → Export' },
  'video-data': { name: 'Video data', where: 'Affiliate Center → Data → Video analysis → Export' },
  'affiliate-orders': { name: 'Affiliate orders', where: 'Affiliate Center → Affiliate orders → Export' },
};

/** What each page gives Creator Desk, in a few words. */
export const PAGE_GIVES: Partial<Record<DetectableKind, string>> = {
  'find-creators': 'creators, followers, GMV, engagement',
  'manage-creators': 'your creators and their 90-day figures',
  'creator-analysis': 'orders, clicks and customers per creator',
  'video-analysis': 'each video: post date, views, clicks, orders, GMV',
  'affiliate-orders': 'order lines by creator and video',
  'sample-requests': 'samples requested, shipped and delivered',
  'target-collaboration': 'who is in which collaboration, and until when',
};

export interface ViewSources {
  /** What the view will show once the data is there. */
  shows: string;
  pages: DetectableKind[];
  files: ExportFile[];
}

export type GuidedView = 'overview' | 'creators' | 'spark-ads' | 'briefs' | 'data';

export const VIEW_SOURCES: Record<GuidedView, ViewSources> = {
  overview: {
    shows: 'content velocity per week, roster health per tier, who to follow up (zombies, behind pace, samples to chase) and the week’s leaderboard',
    pages: ['find-creators', 'video-analysis', 'affiliate-orders', 'target-collaboration', 'sample-requests'],
    files: ['video-data', 'affiliate-orders'],
  },
  creators: {
    shows: 'every creator’s scorecard (posts, GMV, conversion, revenue per post, commission), tier suggestions and flags',
    pages: ['find-creators', 'manage-creators', 'creator-analysis', 'video-analysis', 'affiliate-orders'],
    files: ['creator-data', 'video-data', 'affiliate-orders'],
  },
  'spark-ads': {
    shows: 'videos with enough clicks, ranked by click-to-purchase conversion',
    pages: ['video-analysis', 'affiliate-orders'],
    files: ['video-data', 'affiliate-orders'],
  },
  briefs: {
    shows: 'which hook angles convert, from the posts you tag to each brief',
    pages: ['video-analysis'],
    files: ['video-data'],
  },
  data: {
    shows: 'what was captured from each page, what is stored, imports and backups',
    pages: ['find-creators', 'video-analysis', 'affiliate-orders', 'sample-requests', 'target-collaboration'],
    files: ['creator-data', 'video-data', 'affiliate-orders'],
  },
};

export function isGuidedView(id: string): id is GuidedView {
  return Object.hasOwn(VIEW_SOURCES, id);
}

/** The views an imported file feeds (those that list it among their sources), in nav order. */
export function viewsFedBy(file: ExportFile): GuidedView[] {
  return (Object.keys(VIEW_SOURCES) as GuidedView[]).filter((view) => view !== 'data' && VIEW_SOURCES[view].files.includes(file));
}
