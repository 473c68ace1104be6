import type { Scorecard } from '../../../lib/analytics/index';
import { alternativeTexts } from '../../../lib/analytics/metric-source-text';

/** When sources disagree for the window: the other figures beside the chosen ones. */
export function SourceDisagreements({ card }: { card: Scorecard }) {
  const lines = alternativeTexts(card);
  if (lines.length === 0) return null;
  return (
    <div className="mt-3 rounded-md border border-sky-300 bg-sky-50 px-2.5 py-1.5 text-xs dark:border-sky-800 dark:bg-sky-950/40" data-testid="source-disagreements">
      <p className="font-medium">Sources disagree for this window</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-4">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
