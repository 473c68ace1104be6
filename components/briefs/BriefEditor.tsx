import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import {
  REGULATED_CATEGORIES,
  REGULATED_CATEGORY_LABELS,
  briefSchema,
  briefsEqual,
  checkBrief,
  countFindings,
  markSubstantiated,
  personaliseBrief,
  replaceFindingText,
  type Brief,
  type BriefTemplate,
  type CheckPart,
  type Finding,
  type RegulatedCategory,
} from '../../lib/briefs/index';
import { restoreTemplateVersion, saveTemplate } from '../../lib/db/brief-store';
import { countNoun } from '../../lib/format/number';
import { Section } from '../common/Section';
import { DraftRestoredNotice } from '../common/DraftRestoredNotice';
import { TimeAgo } from '../common/TimeAgo';
import { useStoredDraft } from '../common/useStoredDraft';
import { briefsTabHref } from './briefs-route';
import { CreatorSection } from './CreatorSection';
import { ExportPanel } from './ExportPanel';
import { FieldFindings } from './FieldFindings';
import { FindingsList } from './FindingsList';
import { CtaPart } from './parts/CtaPart';
import { DontsPart } from './parts/DontsPart';
import { HookPart } from './parts/HookPart';
import { ProofPart } from './parts/ProofPart';
import { TruthsPart } from './parts/TruthsPart';
import type { PartProps } from './parts/types';
import { HINT, INPUT, LABEL, LINK, PRIMARY_BUTTON, SELECT } from './ui';
import { useBriefDb, type CheckSetup } from './useBriefData';
import { useCreatorBriefContext } from './useCreatorBriefContext';
import { useDebouncedValue } from './useDebouncedValue';
import { VersionHistory } from './VersionHistory';
import { TeamForm } from '../team/TeamForm';

/** Checks run once typing pauses this long: light enough to feel live, without work on every key. */
export const CHECK_DELAY_MS = 250;

const sameText = (a: string, b: string) => a === b;
const parseText = (value: unknown) => (typeof value === 'string' ? value : null);
function parseBriefDraft(value: unknown): Brief | null {
  const parsed = briefSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The brief editor for one template: the five parts, live checks, save with versions, and the way out. */
export function BriefEditor({
  template,
  templates,
  checks,
  checkDelayMs = CHECK_DELAY_MS,
}: {
  template: BriefTemplate;
  templates: readonly BriefTemplate[];
  checks: CheckSetup;
  checkDelayMs?: number;
}) {
  const db = useBriefDb();
  const base = `brief${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Unsaved edits outlive the view and a panel reload (stored per template until saved or discarded).
  const briefDraft = useStoredDraft(`brief:${template.id}`, template.brief, briefsEqual, parseBriefDraft);
  const nameDraft = useStoredDraft(`brief-name:${template.id}`, template.name, sameText, parseText);
  const { value: draft, setValue: setDraft } = briefDraft;
  const { value: name, setValue: setName } = nameDraft;
  const restoredAt = briefDraft.restoredAt ?? nameDraft.restoredAt;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [creatorKey, setCreatorKey] = useState<string | null>(null);
  const [personalise, setPersonalise] = useState(true);


  const checked = useDebouncedValue(draft, checkDelayMs);
  const findings = useMemo(
    () => checkBrief(checked, { rules: checks.rules, competitors: checks.settings.competitors }),
    [checked, checks],
  );
  const counts = countFindings(findings);

  const dirty = !briefsEqual(draft, template.brief) || (name.trim() !== '' && name.trim() !== template.name);
  const version = template.versions.at(-1)?.version ?? 1;

  const creator = useCreatorBriefContext(creatorKey, templates);
  const personalised = useMemo(
    () => (creatorKey && creator ? personaliseBrief(draft, creator.personalise) : null),
    [creatorKey, creator, draft],
  );
  const output = personalise && personalised ? personalised : draft;

  const fieldId = useCallback(
    (part: CheckPart, item: number | null = null) => `${base}-${part}${item === null ? '' : `-${item}`}`,
    [base],
  );
  const focusField = (part: CheckPart, item: number | null) => {
    const listPart = part === 'productTruths' || part === 'whatNotToSay';
    const element = document.getElementById(fieldId(part, listPart ? (item ?? 0) : null));
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };

  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await saveTemplate(db, template.id, { brief: draft, name });
      setStatus(result.savedVersion !== null ? `Saved as version ${result.savedVersion}.` : `Nothing new to save: the brief is version ${version}.`);
    } catch (error) {
      setStatus(`Not saved: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (restored: number) => {
    setBusy(true);
    try {
      const result = await restoreTemplateVersion(db, template.id, restored);
      setDraft(result.template.brief);
      setStatus(
        result.savedVersion !== null
          ? `Restored version ${restored} as version ${result.savedVersion}.`
          : `Version ${restored} is the same as the current version.`,
      );
    } catch (error) {
      setStatus(`Not restored: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const apply = (finding: Finding, replacement: string) => {
    const next = replaceFindingText(draft, finding, replacement);
    if (next === draft) {
      setStatus('The text changed since the check ran: try again in a moment.');
      return;
    }
    setDraft(next);
    setStatus(`Replaced “${finding.match}” with “${replacement}”.`);
    focusField(finding.part, finding.item);
  };

  const substantiate = (finding: Finding) => {
    const term = finding.match || (finding.part === 'proof' ? (draft.proofElement.kind ?? '') : '');
    if (!term) return;
    setDraft(markSubstantiated(draft, term));
    setStatus(`“${term}” is marked as substantiated: keep the evidence on file.`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  };

  const partProps: PartProps = { brief: draft, onChange: setDraft, checked, findings, fieldId };
  const titleId = fieldId('title');
  const exportNote = personalised && personalise
    ? `Copies are personalised for ${creator?.personalise.creatorName ?? 'the chosen creator'}; the template stays as it is.`
    : 'Copies use the brief as it is in the editor (not personalised).';

  return (
    <TeamForm
      aria-label={`Brief template ${template.name}`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="px-3 pt-3">
        <a href={briefsTabHref('templates')} className={`${LINK} text-xs`}>
          ← All templates
        </a>
        <h2 className="mt-1 text-sm font-semibold tracking-tight">Edit brief template</h2>
        <p className={HINT}>
          Version {version} · saved <TimeAgo at={template.updatedAt} />
          {template.archived ? ' · archived' : ''}
        </p>
        {restoredAt !== null ? (
          <DraftRestoredNotice
            className="mt-2"
            at={restoredAt}
            onDiscard={() => {
              briefDraft.discard();
              nameDraft.discard();
              setStatus('Unsaved edits discarded: the brief is as last saved.');
            }}
          />
        ) : null}
        <div className="mt-2 space-y-2">
          <div>
            <label htmlFor={`${base}-name`} className={LABEL}>
              Template name
            </label>
            <input id={`${base}-name`} className={INPUT} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${base}-product`} className={LABEL}>
              Product
            </label>
            <input
              id={`${base}-product`}
              className={INPUT}
              value={draft.productName}
              onChange={(e) => setDraft({ ...draft, productName: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={titleId} className={LABEL}>
              Brief title
            </label>
            <input
              id={titleId}
              className={INPUT}
              value={draft.title}
              placeholder="What creators see at the top"
              aria-describedby={`${titleId}-findings`}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
            <FieldFindings id={`${titleId}-findings`} brief={checked} findings={findings} part="title" />
          </div>
          <div>
            <label htmlFor={`${base}-category`} className={LABEL}>
              Regulated category
            </label>
            <select
              id={`${base}-category`}
              className={`${SELECT} w-full`}
              value={draft.regulatedCategory ?? ''}
              aria-describedby={`${base}-category-hint`}
              onChange={(e) => setDraft({ ...draft, regulatedCategory: e.target.value === '' ? null : (e.target.value as RegulatedCategory) })}
            >
              <option value="">Not a regulated category</option>
              {REGULATED_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {REGULATED_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
            <p id={`${base}-category-hint`} className={HINT}>
              Beauty, health and supplements get stricter checks (before/after promises, result timelines).
            </p>
          </div>
        </div>
      </div>

      <div className="px-3">
        <HookPart {...partProps} />
        <TruthsPart {...partProps} />
        <ProofPart {...partProps} />
        <CtaPart {...partProps} />
        <DontsPart {...partProps} competitors={checks.settings.competitors} />
      </div>

      <Section title="Checks" className="border-t border-neutral-200 dark:border-neutral-800">
        <FindingsList
          findings={findings}
          onApply={apply}
          onSubstantiate={substantiate}
          onFocusField={(f) => focusField(f.part, f.item)}
        />
      </Section>

      <Section title="Out of the panel" className="border-t border-neutral-200 dark:border-neutral-800">
        <ExportPanel
          brief={output}
          mustFix={findings.filter((f) => f.severity === 'error')}
          note={dirty ? `${exportNote} Includes unsaved changes.` : exportNote}
        />
      </Section>

      <Section title="For a creator" className="border-t border-neutral-200 dark:border-neutral-800">
        <CreatorSection
          creatorKey={creatorKey}
          onCreatorKey={setCreatorKey}
          context={creator}
          personalise={personalise}
          onPersonalise={setPersonalise}
          personalised={personalised}
          template={template}
          templates={templates}
        />
      </Section>

      <Section title="Version history" className="border-t border-neutral-200 dark:border-neutral-800">
        <VersionHistory template={template} dirty={dirty} busy={busy} onRestore={(v) => void restore(v)} />
      </Section>

      {/* Save stays in reach while scrolling through the parts. */}
      <div className="sticky bottom-0 border-t border-neutral-200 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={PRIMARY_BUTTON} disabled={busy} onClick={() => void save()} aria-keyshortcuts="Control+S">
            Save
          </button>
          <span className="text-xs" aria-hidden="true">
            {counts.errors + counts.warnings === 0 ? 'No problems' : `${countNoun(counts.errors, 'to fix', 'to fix')} · ${countNoun(counts.warnings, 'warning')}`}
          </span>
          {dirty ? <span className="text-xs text-amber-800 dark:text-amber-200">Unsaved changes</span> : null}
        </div>
        <p role="status" className="mt-1 text-xs empty:hidden">
          {status}
        </p>
      </div>
    </TeamForm>
  );
}
