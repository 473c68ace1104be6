import { useMemo, type ReactNode } from 'react';
import { bestAngle } from '../../lib/briefs/index';
import { Progress } from '../common/Progress';
import { parseRoute } from '../shell/route';
import { useHash } from '../shell/useHash';
import { AngleResults, useAngleResults } from './AngleResults';
import { BriefEditor } from './BriefEditor';
import { BRIEF_TABS, BRIEF_TAB_LABELS, briefsPlace, briefsTabHref, type BriefTab } from './briefs-route';
import { CheckSettingsPanel } from './CheckSettingsPanel';
import { CreatorUpdates } from './CreatorUpdates';
import { TemplateLibrary } from './TemplateLibrary';
import { HINT, LINK } from './ui';
import { useCheckSetup, useTemplates } from './useBriefData';
import { WeeklyShoutout } from './WeeklyShoutout';

function Tabs({ active }: { active: BriefTab | 'edit' }) {
  return (
    <nav aria-label="Brief builder" className="border-b border-neutral-200 px-3 dark:border-neutral-800">
      <ul className="-mb-px flex gap-3 overflow-x-auto text-sm">
        {BRIEF_TABS.map((tab) => {
          const current = tab === active || (tab === 'templates' && active === 'edit');
          return (
            <li key={tab} className="shrink-0">
              <a
                href={briefsTabHref(tab)}
                aria-current={tab === active ? 'page' : undefined}
                className={`inline-block border-b-2 py-2 ${
                  current
                    ? 'border-sky-700 font-medium text-neutral-900 dark:border-sky-400 dark:text-neutral-100'
                    : 'border-transparent text-neutral-600 hover:text-neutral-900 dark:text-neutral-400 dark:hover:text-neutral-100'
                }`}
              >
                {BRIEF_TAB_LABELS[tab]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The brief builder (playbook §5): five-part creator briefs with live compliance checks, a template
 * library with versions, personalisation, copy/download for every channel, results by hook angle,
 * and creator updates.
 */
export function BriefsView() {
  const route = parseRoute(useHash());
  const place = briefsPlace(route);
  const templates = useTemplates();
  const checks = useCheckSetup();
  const results = useAngleResults(templates);
  const best = useMemo(() => (results ? bestAngle(results) : null), [results]);
  const bestNamed = best && best.angle !== 'custom' ? best.angle : null;

  let body: ReactNode = null;
  if (templates === undefined || checks === undefined) {
    body = <Progress label="Loading briefs…" />;
  } else if (place.tab === 'edit') {
    const template = templates.find((t) => t.id === place.templateId);
    body = template ? (
      <BriefEditor key={template.id} template={template} templates={templates} checks={checks} />
    ) : (
      <div className="p-3 text-sm">
        <p>This brief template does not exist (any more).</p>
        <a className={LINK} href={briefsTabHref('templates')}>
          Back to all templates
        </a>
      </div>
    );
  } else if (place.tab === 'results') {
    body = <AngleResults templates={templates} />;
  } else if (place.tab === 'updates') {
    body = (
      <>
        <CreatorUpdates results={results ?? []} />
        <WeeklyShoutout results={results ?? []} />
      </>
    );
  } else if (place.tab === 'rules') {
    body = <CheckSettingsPanel setup={checks} />;
  } else if (place.tab === 'templates') {
    body = (
      <TemplateLibrary
        key={place.newStarter ?? 'library'}
        templates={templates}
        newStarter={place.newStarter}
        bestAngle={bestNamed}
      />
    );
  }

  return (
    <div>
      <Tabs active={place.tab} />
      {body}
      {place.tab === 'templates' && templates && templates.length > 0 ? (
        <p className={`px-3 pb-4 ${HINT}`}>Templates, versions and tagged posts are stored in this browser and included in backups.</p>
      ) : null}
    </div>
  );
}
