import { bestAngleNote, type Brief, type BriefTemplate } from '../../lib/briefs/index';
import { IN_BRIEFS, formatMoneyText, formatPercentText } from '../../lib/format/number';
import { ContentTagger } from './ContentTagger';
import { CreatorPicker } from './CreatorPicker';
import type { CreatorBriefContext } from './useCreatorBriefContext';
import { HINT } from './ui';

/**
 * Personalising the brief for one creator (name, tier, their best-converting angle) without
 * touching the template, and tagging that creator's posts with the brief.
 */
export function CreatorSection({
  creatorKey,
  onCreatorKey,
  context,
  personalise,
  onPersonalise,
  personalised,
  template,
  templates,
}: {
  creatorKey: string | null;
  onCreatorKey: (key: string | null) => void;
  context: CreatorBriefContext | undefined;
  personalise: boolean;
  onPersonalise: (on: boolean) => void;
  /** The brief personalised for the creator (null without one). */
  personalised: Brief | null;
  template: BriefTemplate;
  templates: readonly BriefTemplate[];
}) {
  const best = context?.best ?? null;
  const note = personalised ? bestAngleNote(personalised) : null;
  return (
    <div className="space-y-3">
      <CreatorPicker value={creatorKey} onChange={onCreatorKey} />
      {creatorKey && context ? (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            <dt className={HINT}>Name</dt>
            <dd>{context.personalise.creatorName ?? 'Unknown'}</dd>
            <dt className={HINT}>Tier</dt>
            <dd>{context.tier ?? 'No tier accepted yet'}</dd>
            <dt className={HINT}>Best angle</dt>
            <dd>
              {best
                ? `${best.label} (${best.basis === 'conversion' ? `${formatPercentText(best.value, IN_BRIEFS)} of clicks became orders` : `${formatMoneyText(best.value, best.performance.currency, IN_BRIEFS)} per post`})`
                : 'Not known yet: tag their posts with briefs below'}
            </dd>
          </dl>
          <div className="flex items-start gap-2">
            <input
              id={`personalise-${template.id}`}
              type="checkbox"
              className="mt-1"
              checked={personalise}
              onChange={(e) => onPersonalise(e.target.checked)}
              aria-describedby={`personalise-${template.id}-hint`}
            />
            <div>
              <label htmlFor={`personalise-${template.id}`} className="text-sm">
                Personalise copies and downloads for this creator
              </label>
              <p id={`personalise-${template.id}-hint`} className={HINT}>
                Adds their name, tier and best angle to what you copy; the template itself does not change.
                {note ? ` ${note}` : ''}
              </p>
            </div>
          </div>
          <div>
            <h3 className="text-xs font-semibold">Their content answering this brief</h3>
            <ContentTagger template={template} templates={templates} pieces={context.pieces} />
          </div>
        </>
      ) : null}
    </div>
  );
}
