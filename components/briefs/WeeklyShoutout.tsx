import { useId, useMemo, useState } from 'react';
import { CHANNELS, CHANNEL_LABELS, weeklyLeaderboardFrom, weeklyShoutout, whatConvertsTip, type AnglePerformance, type Channel } from '../../lib/briefs/index';
import { useProgramAnalysis } from '../analysis/AnalysisContext';
import { Progress } from '../common/Progress';
import { Section } from '../common/Section';
import { HINT, LABEL, SELECT, SMALL_BUTTON } from './ui';
import { outreachChannelOf, useLoggedCopy } from '../outreach/useLoggedCopy';

/** The week's shout-out for the group chat, built from the program leaderboard. */
export function WeeklyShoutout({ results }: { results: readonly AnglePerformance[] }) {
  const id = useId();
  const state = useProgramAnalysis();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [withTip, setWithTip] = useState(true);
  const { status, copyAndLog } = useLoggedCopy();
  const tip = useMemo(() => whatConvertsTip(results), [results]);

  const text = useMemo(() => {
    if (state.status !== 'ready') return null;
    const { index, leaderboard } = state.view;
    const board = weeklyLeaderboardFrom(leaderboard, {
      lookup: (key) => {
        const entry = index.byKey.get(key);
        return entry ? { handle: entry.creator?.handleDisplay ?? entry.handle, displayName: entry.displayName } : undefined;
      },
      currency: index.currency,
    });
    return weeklyShoutout(board, { channel, tip: withTip ? tip : null });
  }, [state, channel, withTip, tip]);

  return (
    <Section title="Weekly shout-out" className="border-t border-neutral-200 dark:border-neutral-800">
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          The leaderboard could not be computed: {state.message}
        </p>
      ) : state.status === 'loading' || text === null ? (
        <Progress label="Computing this week's leaderboard…" />
      ) : (
        <div className="space-y-2">
          <p className={HINT}>The top creators of the last 7 days by GMV and by conversion, as the Overview leaderboard shows them.</p>
          <div className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor={`${id}-channel`} className={LABEL}>
                Format for
              </label>
              <select id={`${id}-channel`} className={SELECT} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
            {tip ? (
              <div className="flex items-center gap-1.5 text-sm">
                <input id={`${id}-tip`} type="checkbox" checked={withTip} onChange={(e) => setWithTip(e.target.checked)} />
                <label htmlFor={`${id}-tip`}>Add what converts</label>
              </div>
            ) : null}
          </div>
          <pre className="max-h-72 overflow-auto rounded-md border border-neutral-200 p-2 font-sans text-sm break-words whitespace-pre-wrap dark:border-neutral-700" data-testid="shoutout-text">
            {text}
          </pre>
          <button
            type="button"
            className={SMALL_BUTTON}
            onClick={() => {
              if (state.status !== 'ready') return;
              // Every creator the shout-out names is recorded as contacted.
              const { byGmv, byConversion } = state.view.leaderboard;
              const creatorKeys = [...byGmv, ...byConversion].map((row) => row.creatorKey);
              void copyAndLog('the shout-out', text, { creatorKeys, kind: 'shout-out', channel: outreachChannelOf(channel), summary: 'Weekly shout-out', text });
            }}
          >
            Copy shout-out
          </button>
          <p role="status" className="text-xs empty:hidden">
            {status}
          </p>
        </div>
      )}
    </Section>
  );
}
