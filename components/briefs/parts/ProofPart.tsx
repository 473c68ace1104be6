import { PROOF_KINDS, PROOF_KIND_GUIDANCE, PROOF_KIND_LABELS, type ProofKind } from '../../../lib/briefs/index';
import { FieldFindings } from '../FieldFindings';
import { HINT, LABEL, SELECT, TEXTAREA } from '../ui';
import { PartFieldset } from './PartFieldset';
import type { PartProps } from './types';

/** Part 3: the proof element: its kind and what the creator should show. */
export function ProofPart({ brief, onChange, checked, findings, fieldId }: PartProps) {
  const proofId = fieldId('proof');
  const kind = brief.proofElement.kind;
  return (
    <PartFieldset number={3} part="proof">
      <div>
        <label htmlFor={`${proofId}-kind`} className={LABEL}>
          Kind of proof
        </label>
        <select
          id={`${proofId}-kind`}
          className={SELECT}
          value={kind ?? ''}
          aria-describedby={kind ? `${proofId}-kind-hint` : undefined}
          onChange={(e) =>
            onChange({
              ...brief,
              proofElement: { ...brief.proofElement, kind: e.target.value === '' ? null : (e.target.value as ProofKind) },
            })
          }
        >
          <option value="">Choose…</option>
          {PROOF_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROOF_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {kind ? (
          <p id={`${proofId}-kind-hint`} className={`mt-0.5 ${HINT}`}>
            {PROOF_KIND_GUIDANCE[kind]}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={proofId} className={LABEL}>
          What to show
        </label>
        <textarea
          id={proofId}
          className={TEXTAREA}
          rows={2}
          value={brief.proofElement.text}
          placeholder="e.g. Show your hair at 9am and again at 6pm, no touch-ups"
          aria-describedby={`${proofId}-findings`}
          onChange={(e) => onChange({ ...brief, proofElement: { ...brief.proofElement, text: e.target.value } })}
        />
        <FieldFindings id={`${proofId}-findings`} brief={checked} findings={findings} part="proof" />
      </div>
    </PartFieldset>
  );
}
