import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { importInWorker } from './import-in-worker';
import type { ImportFileOutcome, ImportProgress } from './import-runner';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportOutcomeView } from './ImportResult';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
/** Results kept on screen (latest first). */
const MAX_RESULTS = 10;

interface Running {
  fileName: string;
  progress: ImportProgress;
}

interface ShownOutcome {
  id: number;
  outcome: ImportFileOutcome;
}

/**
 * Import of the export files sellers download from the Affiliate Center: drop files on the area or
 * choose them. Files are imported one after another; each gets a summary (rows imported, merged,
 * rejected with reasons) or a clear message, in which case nothing of it was stored.
 */
export function ImportPanel() {
  const db = useDb();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusNewest = useRef(false);
  const [running, setRunning] = useState<Running | null>(null);
  const [dragging, setDragging] = useState(false);
  const [results, setResults] = useState<ShownOutcome[]>([]);
  const busy = running !== null;

  const importFiles = async (files: readonly File[]) => {
    if (busy || files.length === 0) return;
    for (const file of files) {
      setRunning({ fileName: file.name, progress: { phase: 'reading', percent: 0 } });
      const outcome = await importInWorker(db, file, {
        onProgress: (progress) => setRunning({ fileName: file.name, progress }),
      });
      const id = nextId.current++;
      setResults((shown) => [{ id, outcome }, ...shown].slice(0, MAX_RESULTS));
    }
    setRunning(null);
    if (input.current) input.current.value = '';
    focusNewest.current = true;
  };

  // Focus follows the result: the newest summary, read out by screen readers — once it is rendered
  // (a frame callback could run before React commits the results under load).
  useEffect(() => {
    if (busy || !focusNewest.current) return;
    focusNewest.current = false;
    resultsRef.current?.querySelector<HTMLElement>('li')?.focus();
  }, [busy, results]);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    if (!busy) setDragging(true);
  };

  return (
    <Section title="Import export files">
      <div
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
        className={`rounded-md border-2 border-dashed px-3 py-4 text-center text-sm transition-colors ${
          dragging ? 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' : 'border-neutral-300 dark:border-neutral-700'
        } ${busy ? 'opacity-60' : ''}`}
      >
        <p id={hintId} className="text-neutral-700 dark:text-neutral-300">
          Drop Creator data, Video data or Affiliate orders exports here (.xlsx or .csv), or
        </p>
        <label
          htmlFor={inputId}
          className={`mt-2 inline-block rounded-md bg-sky-700 px-3 py-1 font-medium text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 ${
            busy ? 'cursor-not-allowed' : 'cursor-pointer hover:bg-sky-800'
          }`}
        >
          Choose files
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={ACCEPT}
            multiple
            disabled={busy}
            aria-describedby={hintId}
            className="sr-only"
            data-testid="import-file-input"
            onChange={(event) => void importFiles([...(event.currentTarget.files ?? [])])}
          />
        </label>
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
          Rows merge with what was captured: the same creator, video or order line stays one record. Files stay on this computer.
        </p>
      </div>
      {running ? <ImportProgressBar fileName={running.fileName} progress={running.progress} /> : null}
      <div ref={resultsRef} role="status" aria-live="polite" className="mt-3 empty:hidden">
        {results.length > 0 ? (
          <ul className="space-y-2" aria-label="Import results">
            {results.map(({ id, outcome }) => (
              <ImportOutcomeView key={id} outcome={outcome} />
            ))}
          </ul>
        ) : null}
      </div>
    </Section>
  );
}
