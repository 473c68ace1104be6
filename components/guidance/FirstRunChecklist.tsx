import { checklistProgress } from '../../lib/guidance/checklist';
import type { StoredCounts } from '../data/useStoredCounts';
import { FileList, PageLinks } from './PageLinks';
import { useShopRegion } from './useShopRegion';

/**
 * Getting started, step by step: each step ticks itself when its data is stored (captured from a
 * page or imported). Shown until every step is done.
 */
export function FirstRunChecklist({ counts }: { counts: StoredCounts | undefined }) {
  const [region] = useShopRegion();
  if (!counts) return null;
  const progress = checklistProgress(counts);
  if (progress.completed === progress.total) return null;
  return (
    <section aria-labelledby="first-run-title" data-testid="first-run-checklist" className="px-3 py-3 text-sm">
      <h2 id="first-run-title" className="font-semibold">
        Getting started <span className="font-normal text-neutral-600 dark:text-neutral-400">· {progress.completed} of {progress.total} done</span>
      </h2>
      <ol className="mt-2 space-y-2">
        {progress.steps.map((step) => (
          <li key={step.id} className="flex gap-2" data-testid={`first-run-${step.id}`} data-done={step.complete}>
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full border text-[10px] ${
                step.complete ? 'border-emerald-600 bg-emerald-600 text-white' : 'border-neutral-400'
              }`}
            >
              {step.complete ? '✓' : ''}
            </span>
            <div className="min-w-0">
              <p className={step.complete ? 'text-neutral-600 line-through dark:text-neutral-400' : 'font-medium'}>
                {step.label}
                <span className="sr-only">{step.complete ? ' (done)' : ' (to do)'}</span>
              </p>
              {!step.complete && step.pages.length > 0 ? <PageLinks pages={step.pages} region={region} /> : null}
              {!step.complete && step.files.length > 0 ? (
                <div className="text-xs">
                  or import <FileList files={step.files} />
                </div>
              ) : null}
              {!step.complete && step.id === 'tiers' ? (
                <p className="text-xs text-neutral-600 dark:text-neutral-400">
                  On{' '}
                  <a href="#creators" className="text-sky-700 underline dark:text-sky-300">
                    Creators
                  </a>
                  , open a creator and accept the suggested tier.
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
