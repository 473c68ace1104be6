import { CTA_EXAMPLES } from '../../../lib/briefs/index';
import { FieldFindings } from '../FieldFindings';
import { INPUT, LABEL, SMALL_BUTTON } from '../ui';
import { PartFieldset } from './PartFieldset';
import type { PartProps } from './types';

/** Part 4: exactly how the creator points at the purchase, with good examples one click away. */
export function CtaPart({ brief, onChange, checked, findings, fieldId }: PartProps) {
  const ctaId = fieldId('callToAction');
  return (
    <PartFieldset number={4} part="callToAction">
      <div>
        <label htmlFor={ctaId} className={LABEL}>
          Call to action
        </label>
        <input
          id={ctaId}
          className={INPUT}
          value={brief.callToAction}
          placeholder="e.g. Grab it directly from my TikTok Shop"
          aria-describedby={`${ctaId}-findings`}
          onChange={(e) => onChange({ ...brief, callToAction: e.target.value })}
        />
        <FieldFindings id={`${ctaId}-findings`} brief={checked} findings={findings} part="callToAction" />
      </div>
      <div className="text-xs">
        <p className="font-medium">Calls to action that work on TikTok Shop</p>
        <ul className="mt-1 space-y-1">
          {CTA_EXAMPLES.map((example) => (
            <li key={example} className="flex items-start justify-between gap-2">
              <span>“{example}”</span>
              <button
                type="button"
                className={`${SMALL_BUTTON} shrink-0`}
                aria-label={`Use "${example}" as the call to action`}
                onClick={() => onChange({ ...brief, callToAction: example })}
              >
                Use
              </button>
            </li>
          ))}
        </ul>
      </div>
    </PartFieldset>
  );
}
