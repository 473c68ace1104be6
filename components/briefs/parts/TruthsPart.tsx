import { useId } from 'react';
import { filledTruths } from '../../../lib/briefs/index';
import { HINT } from '../ui';
import { ListField } from './ListField';
import { PartFieldset } from './PartFieldset';
import type { PartProps } from './types';

/** Part 2: the one or two attributes that connect the hook to the product (more gets a warning). */
export function TruthsPart({ brief, onChange, checked, findings, fieldId }: PartProps) {
  const hintId = useId();
  const count = filledTruths(brief).length;
  return (
    <PartFieldset number={2} part="productTruths">
      <p id={hintId} className={count > 2 ? 'text-xs font-medium text-amber-800 dark:text-amber-200' : HINT}>
        {count > 2
          ? `${count} product truths: more than two turns the brief into a feature list. Keep the one or two that connect best to the hook.`
          : 'One or two, not the full feature list.'}
      </p>
      <ListField
        part="productTruths"
        items={brief.productTruths}
        itemLabel="Product truth"
        placeholder="e.g. Fragrance-free, so it works for sensitive skin"
        addLabel="Add a product truth"
        onItemsChange={(productTruths) => onChange({ ...brief, productTruths })}
        checked={checked}
        findings={findings}
        fieldId={fieldId}
        hintId={hintId}
      />
    </PartFieldset>
  );
}
