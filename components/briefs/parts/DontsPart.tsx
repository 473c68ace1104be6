import { useId } from 'react';
import { WHAT_NOT_TO_SAY_EXAMPLES, foldTerm } from '../../../lib/briefs/index';
import { briefsTabHref } from '../briefs-route';
import { HINT, LINK, SMALL_BUTTON } from '../ui';
import { ListField } from './ListField';
import { PartFieldset } from './PartFieldset';
import type { PartProps } from './types';

const EXAMPLE_GROUPS: { key: keyof typeof WHAT_NOT_TO_SAY_EXAMPLES; label: string }[] = [
  { key: 'claims', label: 'Claims that need substantiation' },
  { key: 'competitors', label: 'Competitor references' },
  { key: 'policy', label: 'Policy-risky language' },
];

/**
 * Part 5: what not to say (claims, competitors, risky words), plus the claims the seller has marked
 * as substantiated and the competitor list the checks use.
 */
export function DontsPart({ brief, onChange, checked, findings, fieldId, competitors }: PartProps & { competitors: readonly string[] }) {
  const hintId = useId();
  const listed = new Set(brief.whatNotToSay.map(foldTerm));
  const add = (item: string) => {
    const kept = brief.whatNotToSay.filter((t) => t.trim() !== '');
    onChange({ ...brief, whatNotToSay: [...kept, item] });
  };
  return (
    <PartFieldset number={5} part="whatNotToSay">
      <p id={hintId} className={HINT}>
        One item per line. Risky words here are not flagged: this list exists to forbid them.
      </p>
      <ListField
        part="whatNotToSay"
        items={brief.whatNotToSay}
        itemLabel="What not to say"
        placeholder="e.g. Do not say it cures, treats or heals anything"
        addLabel="Add an item"
        onItemsChange={(whatNotToSay) => onChange({ ...brief, whatNotToSay })}
        checked={checked}
        findings={findings}
        fieldId={fieldId}
        hintId={hintId}
      />
      <details className="text-xs">
        <summary className="cursor-pointer text-sky-700 dark:text-sky-300">Common items to add</summary>
        <div className="mt-1 space-y-2">
          {EXAMPLE_GROUPS.map((group) => (
            <div key={group.key}>
              <p className="font-medium">{group.label}</p>
              <ul className="mt-0.5 space-y-1">
                {WHAT_NOT_TO_SAY_EXAMPLES[group.key].map((example) => (
                  <li key={example} className="flex items-start justify-between gap-2">
                    <span>{example}</span>
                    <button
                      type="button"
                      className={`${SMALL_BUTTON} shrink-0`}
                      disabled={listed.has(foldTerm(example))}
                      aria-label={`Add "${example}" to what not to say`}
                      onClick={() => add(example)}
                    >
                      Add
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </details>
      <p className={HINT}>
        {competitors.length > 0 ? `Competitor names checked everywhere in the brief: ${competitors.join(', ')}. ` : 'No competitor names listed yet. '}
        <a className={LINK} href={briefsTabHref('rules')}>
          Edit check rules
        </a>
      </p>
      {brief.substantiatedClaims.length > 0 ? (
        <div className="text-xs">
          <p className="font-medium">Marked as substantiated (not flagged)</p>
          <ul className="mt-0.5 space-y-1">
            {brief.substantiatedClaims.map((claim) => (
              <li key={claim} className="flex items-center justify-between gap-2">
                <span>{claim}</span>
                <button
                  type="button"
                  className={SMALL_BUTTON}
                  aria-label={`Stop treating "${claim}" as substantiated`}
                  onClick={() => onChange({ ...brief, substantiatedClaims: brief.substantiatedClaims.filter((c) => c !== claim) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </PartFieldset>
  );
}
