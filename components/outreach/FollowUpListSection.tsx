import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { countNoun } from '../../lib/format/number';
import { FOLLOW_UP_REASON_LABELS, type FollowUpItem } from '../../lib/review/follow-up-list';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { creatorHref } from '../shell/route';
import { ReminderButton } from './ReminderButton';

/** Who to chase: behind pace, an overdue sample or a zombie, and not contacted in the follow-up days. */
export function FollowUpListSection({ view, items }: { view: ProgramAnalysisView; items: readonly FollowUpItem[] }) {
  const days = view.settings.followUpAfterDays;
  return (
    <Section title="Follow-up list">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        Behind the agreed pace, an overdue sample or inactive, and not contacted for {countNoun(days, 'day')} (a setting). Never contacted first.
      </p>
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          Nobody to chase: everyone behind or overdue was contacted in the last {countNoun(days, 'day')}, or nobody is behind.
        </p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label={countNoun(items.length, 'creator') + ' to follow up'}>
          {items.map((item) => (
            <li key={item.creatorKey} className="py-1.5" data-testid="follow-up-item">
              <p className="flex min-w-0 justify-between gap-2 text-sm">
                <a href={creatorHref(item.creatorKey)} className="truncate text-sky-700 hover:underline dark:text-sky-300">
                  {creatorName(view.index, item.creatorKey)}
                </a>
                <span className="shrink-0 text-xs text-neutral-600 dark:text-neutral-400">
                  {item.daysSinceContact === null ? 'Never contacted' : `Contacted ${countNoun(item.daysSinceContact, 'day')} ago`}
                </span>
              </p>
              <p className="text-xs">{item.reasons.map((r) => FOLLOW_UP_REASON_LABELS[r]).join(' · ')}</p>
              {item.overdueSample ? <ReminderButton sample={item.overdueSample} index={view.index} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
