import { Section } from '../common/Section';
import { CaptureLogItem } from './CaptureLogItem';
import { useRecentCaptures } from './useRecentCaptures';

/** The latest captures, newest first. */
export function CaptureLog() {
  const entries = useRecentCaptures();
  return (
    <Section title="Capture log">
      {entries === undefined ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No captures yet.</p>
      ) : (
        <ol
          aria-label={`Latest ${entries.length} captures, newest first`}
          className="divide-y divide-neutral-200 dark:divide-neutral-700"
        >
          {entries.map((entry) => (
            <CaptureLogItem key={entry.id ?? `${entry.at}:${entry.url}`} entry={entry} />
          ))}
        </ol>
      )}
    </Section>
  );
}
