/**
 * Zombies (playbook §4: no content for a long stretch) found two ways (issue 13): from captured
 * collaborations (the scorecard's `zombie` flag: in an active collaboration, nothing posted for the
 * setting's days) and from posts alone — a creator in the program (an accepted tier, or a sample
 * shipped to them) who has posted before and not since. Without collaborations captured, the
 * second way still finds the creators who went quiet.
 */
import { localDayOfTimestamp } from '../calendar/days';
import type { ProgramIndex } from '../analytics/program-index-model';
import type { Scorecard } from '../analytics/scorecard';
import { lastPostDayOnOrBefore } from '../analytics/window-metrics';

export interface Zombie {
  creatorKey: string;
  /** Days since the last post (or since the collaboration started, when later); null when nothing is known. */
  daysInactive: number | null;
  /** True when `daysInactive` counts from the collaboration's start (no post, or none since it began). */
  sinceCollaboration: boolean;
  lastPostDay: string | null;
  found: 'collaboration' | 'posts' | 'both';
}

export function findZombies(index: ProgramIndex, scorecards: readonly Scorecard[], options: { asOf: number; settings: { zombieAfterDays: number } }): Zombie[] {
  const asOfDay = localDayOfTimestamp(options.asOf);
  const limit = options.settings.zombieAfterDays;
  const zombies: Zombie[] = [];
  for (const card of scorecards) {
    const flag = card.flags.find((f) => f.kind === 'zombie');
    const entry = index.byKey.get(card.creatorKey);
    let fromPosts = false;
    const lastPost = entry ? lastPostDayOnOrBefore(entry, index, Number.MAX_SAFE_INTEGER - 1) : null;
    if (entry && lastPost !== null) {
      const inProgram =
        (entry.program?.acceptedTier !== null && entry.program?.acceptedTier !== undefined && entry.program.acceptedTier !== 'prospect') ||
        entry.samples.some((s) => s.shipDay !== null);
      fromPosts = inProgram && lastPost <= asOfDay && asOfDay - lastPost >= limit;
    }
    if (!flag && !fromPosts) continue;
    const daysInactive = flag && flag.kind === 'zombie' ? (flag.daysInactive ?? card.daysSinceLastPost) : card.daysSinceLastPost;
    zombies.push({
      creatorKey: card.creatorKey,
      daysInactive,
      sinceCollaboration: daysInactive !== null && (card.daysSinceLastPost === null || daysInactive < card.daysSinceLastPost),
      lastPostDay: card.lastPostDay,
      found: flag && fromPosts ? 'both' : flag ? 'collaboration' : 'posts',
    });
  }
  return zombies.sort((a, b) => (b.daysInactive ?? Infinity) - (a.daysInactive ?? Infinity) || (a.creatorKey < b.creatorKey ? -1 : 1));
}
