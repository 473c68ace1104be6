import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { bestAngleFor, type BestAngle, type BriefTemplate, type PersonaliseInput } from '../../lib/briefs/index';
import { creatorHandleText } from '../../lib/format/creator';
import { tierName } from '../../lib/format/tier';
import type { ContentPiece, Creator } from '../../lib/model/entities';
import { useDb } from '../db/DbContext';

export interface CreatorBriefContext {
  creator: Creator | null;
  /** "Tier 2" when the seller has accepted a tier, else null. */
  tier: string | null;
  /** The creator's stored videos and LIVEs, newest first. */
  pieces: ContentPiece[];
  best: BestAngle | null;
  /** What `personaliseBrief` needs. */
  personalise: PersonaliseInput;
}

function byNewest(a: ContentPiece, b: ContentPiece): number {
  return (b.postDate ?? '').localeCompare(a.postDate ?? '') || b.lastSeen - a.lastSeen;
}

/** Everything the brief needs about one creator: name, tier, content and best-converting angle. */
export function useCreatorBriefContext(creatorKey: string | null, templates: readonly BriefTemplate[]): CreatorBriefContext | undefined {
  const db = useDb();
  const data = useLiveQuery(async () => {
    if (!creatorKey) return null;
    const [creator, program, pieces] = await Promise.all([
      db.creators.get(creatorKey),
      db.programs.get(creatorKey),
      db.content.where('creatorKey').equals(creatorKey).toArray(),
    ]);
    return { creator: creator ?? null, program: program ?? null, pieces: pieces.sort(byNewest) };
  }, [db, creatorKey]);

  return useMemo(() => {
    if (data === undefined) return undefined;
    if (data === null || !creatorKey) return undefined;
    const { creator, program, pieces } = data;
    const best = bestAngleFor(creatorKey, pieces, templates);
    const tier = tierName(program?.acceptedTier);
    const handle = creator ? (creator.handleDisplay ?? creator.handle ?? null) : null;
    return {
      creator,
      tier,
      pieces,
      best,
      personalise: {
        creatorName: creator?.displayName?.trim() || (creator ? creatorHandleText(creator) : null),
        handle,
        tier,
        bestAngle: best,
      },
    };
  }, [data, creatorKey, templates]);
}
