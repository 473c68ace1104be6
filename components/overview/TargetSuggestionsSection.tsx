import { decideTargetInvite } from '../../lib/db/target-invite-store';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { formatPercentText } from '../../lib/format/number';
import type { TargetSuggestion } from '../../lib/review/open-to-target';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { creatorHref } from '../shell/route';

const BUTTON = 'rounded-md border border-neutral-300 px-2 py-0.5 text-xs font-medium hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800';

/** Open → target: creators from open collaboration worth a target invitation, with Accept / Dismiss. */
export function TargetSuggestionsSection({ view, suggestions }: { view: ProgramAnalysisView; suggestions: readonly TargetSuggestion[] }) {
  const db = useDb();
  const open = suggestions.filter((s) => !s.dismissed);
  if (open.length === 0) return null;
  return (
    <Section title="Open → target">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        Creators who came through open collaboration and convert above the program median with at least {view.settings.openToTargetMinClicks} clicks.
        Accepting records the plan; send the invitation in Target collaboration.
      </p>
      <ul className="space-y-2">
        {open.map((s) => (
          <li key={s.creatorKey} className="rounded-md border border-neutral-200 px-2.5 py-1.5 text-sm dark:border-neutral-700" data-testid="target-suggestion">
            <a href={creatorHref(s.creatorKey)} className="font-medium text-sky-700 hover:underline dark:text-sky-300">
              {creatorName(view.index, s.creatorKey)}
            </a>
            <p className="text-xs">{s.reason}</p>
            {s.accepted ? (
              <p className="text-xs font-medium">Accepted: invite at {formatPercentText(s.suggestedRate)}.</p>
            ) : (
              <div className="mt-1 flex gap-1">
                <button type="button" className={BUTTON} onClick={() => void decideTargetInvite(db, s.creatorKey, { status: 'accepted', rate: s.suggestedRate, conversionRate: s.conversionRate })}>
                  Accept
                </button>
                <button type="button" className={BUTTON} onClick={() => void decideTargetInvite(db, s.creatorKey, { status: 'dismissed', rate: s.suggestedRate, conversionRate: s.conversionRate })}>
                  Dismiss
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
