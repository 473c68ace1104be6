/**
 * The Overview's action list: who needs the seller's attention this week, grouped by what to do
 * (playbook §4 and §6), each creator with the number that put them there.
 */
import type { ActionFlag, ActionFlagKind, Scorecard } from '../../lib/analytics/index';
import { FLAG_ACTIONS } from '../../lib/analytics/index';
import { formatCountText, formatPercentBeside, formatPercentText } from '../../lib/format/number';
import { suggestionHeadline } from '../../lib/format/tier';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { creatorName } from '../analysis/names';

export type ActionGroupId =
  | 'suggestions'
  | 'behind-pace'
  | 'zombie'
  | 'low-conversion'
  | 'commission-ratio'
  | 'low-hook-retention';

export interface ActionItem {
  creatorKey: string;
  name: string;
  detail: string;
}

export interface ActionGroup {
  id: ActionGroupId;
  title: string;
  /** What the playbook says to do. */
  action: string;
  items: ActionItem[];
  /** The Creators list filter showing the same creators. */
  filter: { flag: string };
}

const SUGGESTION_ORDER = { promote: 0, demote: 1, deprioritise: 2, initial: 3 } as const;

type FlagOf<K extends ActionFlagKind> = Extract<ActionFlag, { kind: K }>;

function flagged<K extends ActionFlagKind>(cards: readonly Scorecard[], kind: K): { card: Scorecard; flag: FlagOf<K> }[] {
  const result: { card: Scorecard; flag: FlagOf<K> }[] = [];
  for (const card of cards) {
    const flag = card.flags.find((f): f is FlagOf<K> => f.kind === kind);
    if (flag) result.push({ card, flag });
  }
  return result;
}

export function actionGroups(view: ProgramAnalysisView): ActionGroup[] {
  const { index } = view;
  const name = (key: string) => creatorName(index, key);

  const open = view.suggestions
    .filter((s) => !s.dismissed)
    .sort((a, b) => SUGGESTION_ORDER[a.kind] - SUGGESTION_ORDER[b.kind] || (a.creatorKey < b.creatorKey ? -1 : 1));
  const zombies = flagged(view.scorecards, 'zombie').sort(
    (a, b) => (b.flag.daysInactive ?? Infinity) - (a.flag.daysInactive ?? Infinity) || (a.card.creatorKey < b.card.creatorKey ? -1 : 1),
  );
  const lowConversion = flagged(view.scorecards, 'low-conversion').sort((a, b) => b.flag.clicks - a.flag.clicks);
  const ratio = flagged(view.scorecards, 'commission-ratio-out-of-range').sort((a, b) => b.flag.gmv - a.flag.gmv);
  const hook = flagged(view.scorecards, 'low-hook-retention').sort((a, b) => a.flag.hookRetention - b.flag.hookRetention);

  return [
    {
      id: 'suggestions',
      title: 'Tier suggestions waiting',
      action: 'Review the reason, then accept or dismiss: you decide every tier.',
      filter: { flag: 'suggestion' },
      items: open.map((s) => ({ creatorKey: s.creatorKey, name: name(s.creatorKey), detail: suggestionHeadline(s) })),
    },
    {
      id: 'behind-pace',
      title: 'Behind agreed pace',
      action: FLAG_ACTIONS['below-agreed-output'],
      filter: { flag: 'below-agreed-output' },
      items: view.velocity.behindPace.map((p) => ({
        creatorKey: p.creatorKey,
        name: name(p.creatorKey),
        detail: `${formatCountText(Number(p.postsPerWeek.toFixed(1)))} of ${formatCountText(p.agreedPostsPerWeek)} posts a week`,
      })),
    },
    {
      id: 'zombie',
      title: 'Inactive (zombies)',
      action: FLAG_ACTIONS.zombie,
      filter: { flag: 'zombie' },
      items: zombies.map(({ card, flag }) => ({
        creatorKey: card.creatorKey,
        name: name(card.creatorKey),
        detail: flag.lastPostDay === null ? 'No content stored' : `No content for ${flag.daysInactive ?? flag.daysSinceLastPost} days`,
      })),
    },
    {
      id: 'low-conversion',
      title: 'Low conversion',
      action: FLAG_ACTIONS['low-conversion'],
      filter: { flag: 'low-conversion' },
      items: lowConversion.map(({ card, flag }) => ({
        creatorKey: card.creatorKey,
        name: name(card.creatorKey),
        detail: `${formatPercentBeside(flag.conversionRate, [flag.threshold])} of ${formatCountText(flag.clicks)} clicks`,
      })),
    },
    {
      id: 'commission-ratio',
      title: 'Commission ratio out of range',
      action: FLAG_ACTIONS['commission-ratio-out-of-range'],
      filter: { flag: 'commission-ratio-out-of-range' },
      items: ratio.map(({ card, flag }) => ({
        creatorKey: card.creatorKey,
        name: name(card.creatorKey),
        detail: `${formatPercentBeside(flag.ratio, [flag.min, flag.max])} of GMV, ${flag.direction} ${formatPercentText(flag.min)}–${formatPercentText(flag.max)}`,
      })),
    },
    {
      id: 'low-hook-retention',
      title: 'Weak hooks',
      action: FLAG_ACTIONS['low-hook-retention'],
      filter: { flag: 'low-hook-retention' },
      items: hook.map(({ card, flag }) => ({
        creatorKey: card.creatorKey,
        name: name(card.creatorKey),
        detail: `${formatPercentBeside(flag.hookRetention, [flag.threshold])} still watching at 3 s`,
      })),
    },
  ];
}
