/**
 * The Overview's counts across the whole program, one per flag (playbook §4 and §6): "This week"
 * ranks the few creators to act on now; these say how many there are in all, each a link to the
 * Creators list filtered to the same creators.
 */
import type { ActionFlagKind } from '../../lib/analytics/index';
import { FLAG_ACTIONS } from '../../lib/analytics/index';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { programCounts } from '../../lib/analytics/program-counts';

export type ActionGroupId = 'suggestions' | 'behind-pace' | 'zombie' | 'low-conversion' | 'commission-ratio' | 'low-hook-retention';

export interface ActionGroup {
  id: ActionGroupId;
  title: string;
  /** What the playbook says to do. */
  action: string;
  count: number;
  /** The Creators list filter showing the same creators. */
  filter: { flag: string };
}

export function actionGroups(view: ProgramAnalysisView): ActionGroup[] {
  // A view rebuilt from the saved Overview has the counts, not yet the lists they come from.
  const counts = view.counts ?? programCounts(view);
  const flagged = (kind: ActionFlagKind) => counts.flagged[kind] ?? 0;
  return [
    {
      id: 'suggestions',
      title: 'Tier suggestions waiting',
      action: 'Review the reason, then accept or dismiss: you decide every tier.',
      filter: { flag: 'suggestion' },
      count: counts.suggestions,
    },
    {
      id: 'behind-pace',
      title: 'Behind agreed pace',
      action: FLAG_ACTIONS['below-agreed-output'],
      filter: { flag: 'below-agreed-output' },
      count: counts.behindPace,
    },
    { id: 'zombie', title: 'Inactive (zombies)', action: FLAG_ACTIONS.zombie, filter: { flag: 'zombie' }, count: flagged('zombie') },
    {
      id: 'low-conversion',
      title: 'Low conversion',
      action: FLAG_ACTIONS['low-conversion'],
      filter: { flag: 'low-conversion' },
      count: flagged('low-conversion'),
    },
    {
      id: 'commission-ratio',
      title: 'Commission ratio out of range',
      action: FLAG_ACTIONS['commission-ratio-out-of-range'],
      filter: { flag: 'commission-ratio-out-of-range' },
      count: flagged('commission-ratio-out-of-range'),
    },
    {
      id: 'low-hook-retention',
      title: 'Weak hooks',
      action: FLAG_ACTIONS['low-hook-retention'],
      filter: { flag: 'low-hook-retention' },
      count: flagged('low-hook-retention'),
    },
  ];
}
