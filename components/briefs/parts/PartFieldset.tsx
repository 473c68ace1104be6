import type { ReactNode } from 'react';
import { PART_GUIDANCE, type BriefPart } from '../../../lib/briefs/index';
import { HINT } from '../ui';

/** One of the five parts: numbered legend, the question it answers, guidance and examples on demand. */
export function PartFieldset({
  number,
  part,
  children,
  extraExamples,
}: {
  number: number;
  part: BriefPart;
  children: ReactNode;
  /** Shown inside the guidance instead of the generic examples (e.g. CTA examples with buttons). */
  extraExamples?: ReactNode;
}) {
  const guide = PART_GUIDANCE[part];
  return (
    <fieldset className="border-t border-neutral-200 py-3 dark:border-neutral-800">
      <legend className="text-sm font-semibold">
        {number}. {guide.label}
      </legend>
      <p className={HINT}>{guide.question}</p>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-sky-700 dark:text-sky-300">Guidance and examples</summary>
        <div className="mt-1 space-y-1 rounded-md bg-neutral-50 p-2 dark:bg-neutral-800/60">
          <p>{guide.guidance}</p>
          {extraExamples ?? (
            <>
              <p className="font-medium">Examples</p>
              <ul className="list-disc space-y-0.5 pl-4">
                {guide.examples.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
          <p className="font-medium">Avoid</p>
          <ul className="list-disc space-y-0.5 pl-4">
            {guide.avoid.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      </details>
      <div className="mt-2 space-y-2">{children}</div>
    </fieldset>
  );
}
