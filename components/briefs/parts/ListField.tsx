import type { Brief, Finding } from '../../../lib/briefs/index';
import { FieldFindings } from '../FieldFindings';
import { INPUT, SMALL_BUTTON } from '../ui';

/**
 * A list part (product truths, what not to say): one input per item, each with its own label and
 * findings. An empty list still shows one input to type into.
 */
export function ListField({
  part,
  items,
  itemLabel,
  placeholder,
  addLabel,
  onItemsChange,
  checked,
  findings,
  fieldId,
  hintId,
}: {
  part: 'productTruths' | 'whatNotToSay';
  items: string[];
  /** "Product truth" → labels "Product truth 1", "Product truth 2"… */
  itemLabel: string;
  placeholder: string;
  addLabel: string;
  onItemsChange: (items: string[]) => void;
  checked: Brief;
  findings: readonly Finding[];
  fieldId: (part: 'productTruths' | 'whatNotToSay', item: number) => string;
  hintId?: string;
}) {
  const shown = items.length > 0 ? items : [''];
  const setItem = (index: number, value: string) => {
    const next = [...shown];
    next[index] = value;
    onItemsChange(next);
  };
  const remove = (index: number) => {
    onItemsChange(shown.filter((_, i) => i !== index));
    // Keep the keyboard in the list: focus the item that took this one's place (or the one before).
    requestAnimationFrame(() => {
      const target = document.getElementById(fieldId(part, Math.min(index, Math.max(0, shown.length - 2))));
      target?.focus();
    });
  };
  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {shown.map((value, index) => {
          const id = fieldId(part, index);
          const label = `${itemLabel} ${index + 1}`;
          return (
            <li key={index}>
              <label htmlFor={id} className="sr-only">
                {label}
              </label>
              <div className="flex items-center gap-1.5">
                <span aria-hidden="true" className="w-4 shrink-0 text-right text-xs text-neutral-500 tabular-nums">
                  {index + 1}.
                </span>
                <input
                  id={id}
                  className={INPUT}
                  value={value}
                  placeholder={index === 0 ? placeholder : undefined}
                  aria-describedby={[hintId, `${id}-findings`].filter(Boolean).join(' ')}
                  onChange={(e) => setItem(index, e.target.value)}
                />
                {shown.length > 1 || value !== '' ? (
                  <button type="button" className={`${SMALL_BUTTON} shrink-0`} aria-label={`Remove ${label.toLowerCase()}`} onClick={() => remove(index)}>
                    Remove
                  </button>
                ) : null}
              </div>
              <div className="pl-5">
                <FieldFindings id={`${id}-findings`} brief={checked} findings={findings} part={part} item={index} />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={SMALL_BUTTON}
        onClick={() => {
          onItemsChange([...shown, '']);
          requestAnimationFrame(() => document.getElementById(fieldId(part, shown.length))?.focus());
        }}
      >
        {addLabel}
      </button>
    </div>
  );
}
