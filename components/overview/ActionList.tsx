import { formatInteger } from '../../lib/format/number';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { Section } from '../common/Section';
import { creatorHref, creatorsHref } from '../shell/route';
import { actionGroups } from './action-groups';

const SHOWN_PER_GROUP = 8;

/** Who needs attention, grouped by what to do; each group opens to the creators and the numbers. */
export function ActionList({ view }: { view: ProgramAnalysisView }) {
  const groups = actionGroups(view);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <Section title="Action list">
      {total === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Nothing needs attention in this window. Agreed posting rates (set per creator) make pace checks possible.
        </p>
      ) : null}
      <ul className="divide-y divide-neutral-200 rounded-md border border-neutral-200 dark:divide-neutral-700 dark:border-neutral-700">
        {groups.map((group) => (
          <li key={group.id} data-testid={`action-${group.id}`}>
            {group.items.length === 0 ? (
              <p className="flex justify-between px-2.5 py-2 text-sm text-neutral-500 dark:text-neutral-400">
                <span>{group.title}</span>
                <span className="tabular-nums">
                  <span className="sr-only">: </span>0
                </span>
              </p>
            ) : (
              <details className="group">
                <summary className="flex cursor-pointer justify-between gap-2 px-2.5 py-2 text-sm font-medium">
                  <span>{group.title}</span>
                  <span className="rounded bg-amber-100 px-1.5 text-amber-900 tabular-nums dark:bg-amber-900/50 dark:text-amber-100">
                    <span className="sr-only">: </span>
                    {formatInteger(group.items.length)}
                  </span>
                </summary>
                <div className="px-2.5 pb-2">
                  <p className="mb-1 text-xs text-neutral-600 dark:text-neutral-400">{group.action}</p>
                  <ul className="text-sm">
                    {group.items.slice(0, SHOWN_PER_GROUP).map((item) => (
                      <li key={item.creatorKey} className="flex min-w-0 justify-between gap-2 py-0.5">
                        <a href={creatorHref(item.creatorKey)} className="truncate text-sky-700 hover:underline dark:text-sky-300">
                          {item.name}
                        </a>
                        <span className="shrink-0 text-right text-xs text-neutral-600 dark:text-neutral-400">{item.detail}</span>
                      </li>
                    ))}
                  </ul>
                  <a href={creatorsHref(group.filter)} className="mt-1 inline-block text-xs text-sky-700 hover:underline dark:text-sky-300">
                    {group.items.length > SHOWN_PER_GROUP ? `See all ${formatInteger(group.items.length)} in Creators` : 'See in Creators'}
                  </a>
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
