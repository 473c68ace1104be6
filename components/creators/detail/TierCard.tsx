import { useId, useRef, useState } from 'react';
import type { TierSuggestion } from '../../../lib/analytics/index';
import { acceptCreatorTier, dismissTierSuggestion } from '../../../lib/db/program-store';
import { formatDate } from '../../../lib/format/time';
import { TIER_NAMES, suggestionHeadline } from '../../../lib/format/tier';
import { TIERS, type CreatorProgram, type Tier } from '../../../lib/model/program';
import { useNow } from '../../common/now';
import { useDb } from '../../db/DbContext';

const BUTTON = 'rounded-md px-3 py-1 text-sm font-medium disabled:opacity-50';

/**
 * The creator's tier: the accepted one with its history, the open suggestion with the numbers
 * behind it and Accept / Dismiss, and a way to set a tier by hand. Only the seller sets a tier.
 */
export function TierCard({
  creatorKey,
  program,
  suggestion,
}: {
  creatorKey: string;
  program: CreatorProgram | null;
  suggestion: TierSuggestion | null;
}) {
  const db = useDb();
  const now = useNow();
  const headingId = useId();
  const reasonId = useId();
  const manualId = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [manualTier, setManualTier] = useState<Tier | ''>('');
  const messageRef = useRef<HTMLParagraphElement>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      setMessage(done);
      // Accept / Dismiss disappear with the suggestion: focus moves to the result instead of the page body.
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch (error) {
      setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const accept = (tier: Tier, done: string) => act(() => acceptCreatorTier(db, creatorKey, tier), done);

  const accepted = program?.acceptedTier ?? null;
  const history = program?.tierHistory ?? [];
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-neutral-200 p-3 dark:border-neutral-700">
      <h3 id={headingId} className="text-sm font-semibold">
        Tier
      </h3>
      <p className="mt-1 text-sm" data-testid="accepted-tier">
        {accepted ? (
          <>
            <span className="font-medium">{TIER_NAMES[accepted]}</span>
            {history.at(-1) ? <span className="text-neutral-600 dark:text-neutral-400"> · accepted {formatDate(history.at(-1)!.at, now)}</span> : null}
          </>
        ) : (
          'No tier accepted yet.'
        )}
      </p>
      {history.length > 1 ? (
        <p className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">
          History: {history.map((h) => `${TIER_NAMES[h.tier]} (${formatDate(h.at, now)})`).join(' → ')}
        </p>
      ) : null}

      {suggestion && !suggestion.dismissed ? (
        <div className="mt-2 rounded-md bg-sky-50 p-2.5 dark:bg-sky-950/60" data-testid="tier-suggestion">
          <p className="text-sm font-medium">Suggested: {suggestionHeadline(suggestion)}</p>
          <p id={reasonId} className="mt-1 text-sm">
            {suggestion.reason}
          </p>
          <p className="mt-1 text-xs text-neutral-700 dark:text-neutral-300">Compensation at this tier: {suggestion.compensation}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
              disabled={busy}
              aria-describedby={reasonId}
              onClick={() => void accept(suggestion.toTier, `Accepted ${TIER_NAMES[suggestion.toTier]}.`)}
            >
              Accept
            </button>
            <button
              type="button"
              className={`${BUTTON} border border-neutral-300 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800`}
              disabled={busy}
              aria-describedby={reasonId}
              onClick={() =>
                void act(
                  () => dismissTierSuggestion(db, creatorKey, suggestion),
                  'Dismissed. It will not be suggested again until the accepted tier changes.',
                )
              }
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : suggestion?.dismissed ? (
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
          You dismissed “{suggestionHeadline(suggestion)}”. It stays hidden until the accepted tier changes.
        </p>
      ) : (
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">No tier change suggested for now.</p>
      )}

      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-xs text-neutral-700 dark:text-neutral-300">Set a tier by hand</summary>
        <div className="mt-1 flex items-center gap-2">
          <label htmlFor={manualId} className="sr-only">
            Tier to set
          </label>
          <select
            id={manualId}
            value={manualTier}
            onChange={(e) => setManualTier(e.target.value as Tier | '')}
            className="rounded-md border border-neutral-300 bg-white px-1.5 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          >
            <option value="">Choose a tier</option>
            {[...TIERS].reverse().map((tier) => (
              <option key={tier} value={tier}>
                {TIER_NAMES[tier]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`${BUTTON} border border-neutral-300 dark:border-neutral-600`}
            disabled={busy || manualTier === '' || manualTier === accepted}
            onClick={() => manualTier && void accept(manualTier, `Set to ${TIER_NAMES[manualTier]}.`)}
          >
            Set tier
          </button>
        </div>
      </details>
      <p ref={messageRef} tabIndex={-1} role="status" data-testid="tier-message" className="mt-2 text-xs outline-none empty:hidden focus-visible:ring-2 focus-visible:ring-sky-600">
        {message}
      </p>
    </section>
  );
}
