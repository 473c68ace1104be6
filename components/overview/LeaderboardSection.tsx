import type { LeaderboardRow } from '../../lib/analytics/index';
import { formatDayText } from '../../lib/format/day';
import { formatMoneyValue } from '../../lib/format/metric';
import { formatPercentText } from '../../lib/format/number';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { creatorHref } from '../shell/route';

function Movement({ row }: { row: LeaderboardRow }) {
  if (row.rankChange === null) return <span className="text-xs text-sky-700 dark:text-sky-300">new</span>;
  if (row.rankChange === 0) return <span className="sr-only">same place</span>;
  const up = row.rankChange > 0;
  return (
    <span className={`text-xs ${up ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}`}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'}
        {Math.abs(row.rankChange)}
      </span>
      <span className="sr-only">
        {up ? 'up' : 'down'} {Math.abs(row.rankChange)}
      </span>
    </span>
  );
}

function Board({ title, rows, value, view }: { title: string; rows: LeaderboardRow[]; value: (n: number) => string; view: ProgramAnalysisView }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1 text-xs font-medium text-neutral-600 dark:text-neutral-400">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-xs text-neutral-600 dark:text-neutral-400">No one qualifies this week yet.</p>
      ) : (
        <ol className="text-sm">
          {rows.map((row) => (
            <li key={row.creatorKey} className="flex min-w-0 items-baseline gap-1.5 py-0.5">
              <span className="w-5 shrink-0 text-right text-xs text-neutral-600 tabular-nums dark:text-neutral-400">{row.rank}.</span>
              <a href={creatorHref(row.creatorKey)} className="min-w-0 truncate hover:underline">
                {creatorName(view.index, row.creatorKey)}
              </a>
              <span className="ml-auto shrink-0 tabular-nums">{value(row.value)}</span>
              <span className="w-7 shrink-0 text-right">
                <Movement row={row} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The week's top creators (playbook §9: share wins), with places moved since last week. */
export function LeaderboardSection({ view }: { view: ProgramAnalysisView }) {
  const board = view.leaderboard;
  const currency = view.index.currency;
  const year = Number(board.week.to.slice(0, 4));
  return (
    <Section title="This week's leaderboard">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        {formatDayText(board.week.from, year)} – {formatDayText(board.week.to, year)}, against the 7 days before.
      </p>
      <div className="grid gap-3 @min-[26rem]:grid-cols-2">
        <Board title="By GMV" rows={board.byGmv} value={(n) => formatMoneyValue(n, currency).text} view={view} />
        <Board
          title={`By conversion (≥ ${view.settings.leaderboardMinClicks} clicks)`}
          rows={board.byConversion}
          value={formatPercentText}
          view={view}
        />
      </div>
    </Section>
  );
}
