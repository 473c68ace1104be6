import { formatInteger } from '../../lib/format/number';
import type { ImportProgress } from './import-runner';

const PHASE_TEXT = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  saving: 'Saving rows',
} as const;

/** The import's progress: a bar screen readers can query (`role="progressbar"`), and its words. */
export function ImportProgressBar({ fileName, progress }: { fileName: string; progress: ImportProgress }) {
  const rows = progress.rows ? ` ${formatInteger(progress.rows.done)} of ${formatInteger(progress.rows.total)}` : '';
  const text = `${PHASE_TEXT[progress.phase]}${rows}… ${progress.percent}%`;
  return (
    <div className="mt-3 text-sm">
      <p className="truncate text-neutral-700 dark:text-neutral-300">
        Importing <span className="font-medium">{fileName}</span>
      </p>
      <div
        role="progressbar"
        aria-label={`Importing ${fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={text}
        className="mt-1.5 h-2 w-full overflow-hidden rounded bg-neutral-200 dark:bg-neutral-700"
      >
        <div className="h-full rounded bg-sky-600 transition-[width] duration-150" style={{ width: `${progress.percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-neutral-600 tabular-nums dark:text-neutral-400">{text}</p>
    </div>
  );
}
