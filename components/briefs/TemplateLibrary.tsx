import { useId, useMemo, useState } from 'react';
import { hookAngleLabel, latestVersionNumber, type BriefTemplate, type NamedHookAngle } from '../../lib/briefs/index';
import { archiveTemplate, duplicateTemplate, unarchiveTemplate } from '../../lib/db/brief-store';
import { Section } from '../common/Section';
import { TimeAgo } from '../common/TimeAgo';
import { editTemplateHref } from './briefs-route';
import { NewTemplateForm } from './NewTemplateForm';
import { HINT, INPUT, LABEL, SELECT, SMALL_BUTTON } from './ui';
import { useBriefDb } from './useBriefData';

const ALL = '';

function productKey(name: string): string {
  return name.trim().toLowerCase();
}

function matches(template: BriefTemplate, query: string): boolean {
  if (!query) return true;
  const haystack = [template.name, template.productName, template.brief.title, hookAngleLabel(template.brief.hookAngle, template.brief.customAngleName)]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The template library: per product, searchable, with create, duplicate, archive and unarchive. */
export function TemplateLibrary({
  templates,
  newStarter,
  bestAngle,
}: {
  templates: readonly BriefTemplate[];
  newStarter: NamedHookAngle | 'scratch' | null;
  bestAngle: NamedHookAngle | null;
}) {
  const db = useBriefDb();
  const id = useId();
  const [product, setProduct] = useState(ALL);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(newStarter !== null || templates.length === 0);
  const [status, setStatus] = useState('');

  const products = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const t of templates) if (!byKey.has(productKey(t.productName))) byKey.set(productKey(t.productName), t.productName.trim() || '(no product)');
    return [...byKey.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [templates]);

  const shown = templates
    .filter((t) => showArchived || !t.archived)
    .filter((t) => product === ALL || productKey(t.productName) === product)
    .filter((t) => matches(t, query.trim()))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const groups = new Map<string, BriefTemplate[]>();
  for (const t of shown) {
    const key = productKey(t.productName);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const archivedCount = templates.filter((t) => t.archived).length;

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setStatus(done);
    } catch (error) {
      setStatus(`Not done: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <>
      <Section
        title="New brief template"
        actions={
          <button type="button" className={SMALL_BUTTON} aria-expanded={creating} aria-controls={`${id}-new`} onClick={() => setCreating((c) => !c)}>
            {creating ? 'Hide' : 'New template'}
          </button>
        }
      >
        <div id={`${id}-new`} hidden={!creating}>
          {creating ? (
            <NewTemplateForm
              initialStarter={newStarter}
              initialProduct={product === ALL ? '' : (products.find(([k]) => k === product)?.[1] ?? '')}
              templateProducts={products.map(([, name]) => name)}
              bestAngle={bestAngle}
            />
          ) : null}
        </div>
        {!creating ? <p className={HINT}>Start from scratch or from one of the four hook angle starters.</p> : null}
      </Section>

      <Section title="Brief templates" className="border-t border-neutral-200 dark:border-neutral-800">
        <div className="grid grid-cols-2 gap-2">
          <div className="min-w-0">
            <label htmlFor={`${id}-product`} className={LABEL}>
              Product
            </label>
            <select id={`${id}-product`} className={`${SELECT} w-full`} value={product} onChange={(e) => setProduct(e.target.value)}>
              <option value={ALL}>All products</option>
              {products.map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-0">
            <label htmlFor={`${id}-search`} className={LABEL}>
              Search
            </label>
            <input id={`${id}-search`} type="search" className={INPUT} value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
        </div>
        <div className="mt-2 flex items-center gap-2">
          <input id={`${id}-archived`} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <label htmlFor={`${id}-archived`} className="text-sm">
            Show archived ({archivedCount})
          </label>
        </div>

        {templates.length === 0 ? (
          <p className="mt-3 rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
            No brief templates yet. Create one above: every brief needs a hook angle, a product truth, a proof element, a call to action
            and what not to say.
          </p>
        ) : shown.length === 0 ? (
          <p className={`mt-3 ${HINT}`}>No template matches.</p>
        ) : (
          <div className="mt-3 space-y-3">
            {[...groups.entries()].map(([key, items]) => (
              <div key={key}>
                <h3 className="text-xs font-semibold text-neutral-700 dark:text-neutral-300">{items[0]?.productName.trim() || '(no product)'}</h3>
                <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
                  {items.map((t) => (
                    <li key={t.id} className="py-1.5">
                      <a href={editTemplateHref(t.id)} className="block truncate text-sm font-medium text-sky-700 hover:underline dark:text-sky-300">
                        {t.name || '(unnamed)'}
                      </a>
                      <p className={HINT}>
                        {hookAngleLabel(t.brief.hookAngle, t.brief.customAngleName)} · version {latestVersionNumber(t)} · updated{' '}
                        <TimeAgo at={t.updatedAt} />
                        {t.archived ? ' · archived' : ''}
                      </p>
                      <div className="mt-1 flex gap-1.5">
                        <button
                          type="button"
                          className={SMALL_BUTTON}
                          aria-label={`Duplicate ${t.name}`}
                          onClick={() => void act(() => duplicateTemplate(db, t.id), `Duplicated ${t.name}.`)}
                        >
                          Duplicate
                        </button>
                        {t.archived ? (
                          <button
                            type="button"
                            className={SMALL_BUTTON}
                            aria-label={`Unarchive ${t.name}`}
                            onClick={() => void act(() => unarchiveTemplate(db, t.id), `${t.name} is back in the library.`)}
                          >
                            Unarchive
                          </button>
                        ) : (
                          <button
                            type="button"
                            className={SMALL_BUTTON}
                            aria-label={`Archive ${t.name}`}
                            onClick={() => void act(() => archiveTemplate(db, t.id), `Archived ${t.name}: tick “Show archived” to see it.`)}
                          >
                            Archive
                          </button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        <p role="status" className="mt-2 text-xs empty:hidden">
          {status}
        </p>
      </Section>
    </>
  );
}
