import { TimeAgo } from './TimeAgo';

/**
 * Said above a form whose unsaved edits came back after a reload or a closed panel (nothing typed is
 * lost), with the one way to drop them.
 */
export function DraftRestoredNotice({ at, onDiscard, className = '' }: { at: number; onDiscard: () => void; className?: string }) {
  return (
    <p role="status" data-testid="draft-restored" className={`rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100 ${className}`}>
      Your unsaved edits from <TimeAgo at={at} /> are back.{' '}
      <button type="button" className="underline" onClick={onDiscard}>
        Discard them
      </button>
    </p>
  );
}
