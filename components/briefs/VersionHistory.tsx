import { useState } from 'react';
import { briefSections, getBriefVersion, hookAngleLabel, type BriefTemplate } from '../../lib/briefs/index';
import { TimeAgo } from '../common/TimeAgo';
import { BUTTON, HINT, SMALL_BUTTON } from './ui';

/** A saved version, read-only, the way creators would read it. */
function VersionText({ template, version }: { template: BriefTemplate; version: number }) {
  const found = getBriefVersion(template, version);
  if (!found) return null;
  const brief = found.brief;
  return (
    <div className="space-y-1.5 text-sm">
      <p className="font-medium">{brief.title.trim() || '(no title)'}</p>
      {briefSections(brief).map((section) => (
        <div key={section.part}>
          <p className="text-xs font-semibold">
            {section.number}. {section.heading}
            {section.detail ? `: ${section.detail}` : ''}
          </p>
          {section.items !== null ? (
            section.items.length > 0 ? (
              <ul className="list-disc pl-4">
                {section.items.map((item, i) => (
                  <li key={i} className="break-words">
                    {item}
                  </li>
                ))}
              </ul>
            ) : (
              <p className={HINT}>(not set)</p>
            )
          ) : (
            <p className="break-words whitespace-pre-wrap">{section.text || <span className={HINT}>(not set)</span>}</p>
          )}
        </div>
      ))}
    </div>
  );
}

/** Every save of the template, newest first: open one to read it, restore it as the new version. */
export function VersionHistory({
  template,
  dirty,
  busy,
  onRestore,
}: {
  template: BriefTemplate;
  /** The editor has unsaved changes (restoring replaces them). */
  dirty: boolean;
  busy: boolean;
  onRestore: (version: number) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const current = template.versions.at(-1)?.version ?? 0;
  const versions = [...template.versions].reverse();
  return (
    <div>
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Saved versions, newest first">
        {versions.map((v) => {
          const isOpen = open === v.version;
          const panelId = `version-${template.id}-${v.version}`;
          return (
            <li key={v.version} className="py-1.5">
              <div className="flex items-center gap-2">
                <p className="min-w-0 flex-1 text-sm">
                  <span className="font-medium">Version {v.version}</span>
                  {v.version === current ? <span className={HINT}> (current)</span> : null}
                  <span className={`block ${HINT}`}>
                    Saved <TimeAgo at={v.savedAt} />{' '}
                    · {hookAngleLabel(v.brief.hookAngle, v.brief.customAngleName)}
                  </span>
                </p>
                <button
                  type="button"
                  className={SMALL_BUTTON}
                  aria-expanded={isOpen}
                  aria-controls={panelId}
                  onClick={() => setOpen(isOpen ? null : v.version)}
                >
                  {isOpen ? `Close version ${v.version}` : `Open version ${v.version}`}
                </button>
              </div>
              {isOpen ? (
                <div id={panelId} role="region" aria-label={`Version ${v.version}`} className="mt-1.5 rounded-md border border-neutral-200 p-2 dark:border-neutral-700">
                  <VersionText template={template} version={v.version} />
                  {v.version !== current ? (
                    <div className="mt-2">
                      <button type="button" className={BUTTON} disabled={busy} onClick={() => onRestore(v.version)}>
                        Restore version {v.version}
                      </button>
                      <p className={`mt-0.5 ${HINT}`}>
                        Saves it as version {current + 1}; nothing is lost.{dirty ? ' Your unsaved changes in the editor will be replaced.' : ''}
                      </p>
                    </div>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
