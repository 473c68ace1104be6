import { useId } from 'react';
import { CUSTOM_ANGLE_GUIDANCE, HOOK_ANGLE_GUIDES, NAMED_HOOK_ANGLES, type HookAngle } from '../../../lib/briefs/index';
import { FieldFindings } from '../FieldFindings';
import { HINT, INPUT, LABEL, SMALL_BUTTON, TEXTAREA } from '../ui';
import { PartFieldset } from './PartFieldset';
import type { PartProps } from './types';

/** Appends an opener to the hook direction as an example, never as a script to read. */
function withOpener(text: string, opener: string): string {
  const example = `e.g. "${opener}"`;
  return text.trim() === '' ? example : `${text.trimEnd()} ${example}`;
}

/** Part 1: the hook angle (four named angles or the seller's own) and the direction for the opening. */
export function HookPart({ brief, onChange, checked, findings, fieldId }: PartProps) {
  const name = useId();
  const angleHeading = useId();
  const hookId = fieldId('hook');
  const selected = brief.hookAngle;
  const guide = selected && selected !== 'custom' ? HOOK_ANGLE_GUIDES[selected] : null;
  const choose = (angle: HookAngle) => onChange({ ...brief, hookAngle: angle });
  return (
    <PartFieldset number={1} part="hook">
      <div role="radiogroup" aria-labelledby={angleHeading}>
        <p id={angleHeading} className={LABEL}>
          Angle
        </p>
        <div className="mt-1 space-y-1">
          {[...NAMED_HOOK_ANGLES, 'custom' as const].map((angle) => {
            const optionId = `${name}-${angle}`;
            return (
              <div key={angle} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={angle}
                  checked={selected === angle}
                  onChange={() => choose(angle)}
                  aria-describedby={`${optionId}-description`}
                  className="mt-1"
                />
                <div className="min-w-0">
                  <label htmlFor={optionId} className="text-sm">
                    {angle === 'custom' ? 'Custom angle' : HOOK_ANGLE_GUIDES[angle].label}
                  </label>
                  <p id={`${optionId}-description`} className={HINT}>
                    {angle === 'custom' ? CUSTOM_ANGLE_GUIDANCE : HOOK_ANGLE_GUIDES[angle].description}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </div>

      {selected === 'custom' ? (
        <div>
          <label htmlFor={`${hookId}-custom`} className={LABEL}>
            Custom angle name
          </label>
          <input
            id={`${hookId}-custom`}
            className={INPUT}
            value={brief.customAngleName}
            placeholder="e.g. Gift idea"
            onChange={(e) => onChange({ ...brief, customAngleName: e.target.value })}
          />
        </div>
      ) : null}

      {guide ? (
        <div className="rounded-md bg-neutral-50 p-2 text-xs dark:bg-neutral-800/60">
          <p className="font-medium">Example openers for {guide.label.toLowerCase()}</p>
          <ul className="mt-1 space-y-1">
            {guide.openers.map((opener) => (
              <li key={opener} className="flex items-start justify-between gap-2">
                <span>“{opener}”</span>
                <button
                  type="button"
                  className={`${SMALL_BUTTON} shrink-0`}
                  aria-label={`Add opener "${opener}" to the hook direction`}
                  onClick={() => onChange({ ...brief, hookText: withOpener(brief.hookText, opener) })}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <label htmlFor={hookId} className={LABEL}>
          Hook direction
        </label>
        <textarea
          id={hookId}
          className={TEXTAREA}
          rows={3}
          value={brief.hookText}
          placeholder="The feeling the first seconds should land, in a sentence or two"
          aria-describedby={`${hookId}-findings`}
          onChange={(e) => onChange({ ...brief, hookText: e.target.value })}
        />
        <FieldFindings id={`${hookId}-findings`} brief={checked} findings={findings} part="hook" />
      </div>
    </PartFieldset>
  );
}
