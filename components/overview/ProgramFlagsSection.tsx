import { formatInteger } from '../../lib/format/number';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { Section } from '../common/Section';
import { creatorsHref } from '../shell/route';
import { actionGroups } from './action-groups';

/**
 * How many creators carry each flag across the program. "This week" above names the few to act on
 * now; each count here opens the Creators list filtered to all of them, and says what the playbook
 * advises (on hover and to screen readers).
 */
export function ProgramFlagsSection({ view }: { view: ProgramAnalysisView }) {
  const groups = actionGroups(view);
  return (
    <Section title="Across the program">
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-x-4 text-sm">
        {groups.map((group) => (
          <li key={group.id} data-testid={`action-${group.id}`} className="flex justify-between gap-2 border-b border-neutral-200 py-1 dark:border-neutral-800">
            {group.count === 0 ? (
              <span className="text-neutral-600 dark:text-neutral-400">{group.title}</span>
            ) : (
              <a href={creatorsHref(group.filter)} title={group.action} className="text-sky-700 hover:underline dark:text-sky-300">
                {group.title}
                <span className="sr-only">. {group.action}</span>
              </a>
            )}
            <span className={`tabular-nums ${group.count === 0 ? 'text-neutral-600 dark:text-neutral-400' : 'font-medium'}`}>
              <span className="sr-only">: </span>
              {formatInteger(group.count)}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
