import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'creator-desk.draft:';

interface StoredDraft {
  value: unknown;
  at: number;
}

export interface DraftState<T> {
  value: T;
  setValue: Dispatch<SetStateAction<T>>;
  /** When the draft shown was restored from an earlier visit (epoch ms), else null. */
  restoredAt: number | null;
  /** Back to the saved value, forgetting the draft. */
  discard: () => void;
}

function readDraft<T>(key: string, parse: (value: unknown) => T | null): { value: T; at: number } | null {
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (!text) return null;
    const stored = JSON.parse(text) as StoredDraft;
    const value = parse(stored?.value);
    return value === null || typeof stored.at !== 'number' ? null : { value, at: stored.at };
  } catch {
    return null;
  }
}

function writeDraft(key: string, value: unknown | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify({ value, at: Date.now() } satisfies StoredDraft));
  } catch {
    // Storage full or unavailable: the edit still lives in the form until the view closes.
  }
}

/**
 * A form value whose unsaved edits survive leaving the view and reloading the panel: every change
 * that differs from `saved` is kept in the panel's local storage under `key` (this browser only,
 * like everything else), and forgotten once it equals `saved` again (saved, or typed back).
 * `parse` validates what is read back (a draft from an older version may not fit any more).
 */
export function useStoredDraft<T>(
  key: string,
  saved: T,
  equals: (a: T, b: T) => boolean,
  parse: (value: unknown) => T | null,
): DraftState<T> {
  const start = () => {
    const stored = readDraft(key, parse);
    return stored && !equals(stored.value, saved) ? stored : null;
  };
  const [initial] = useState(start);
  const [value, setValue] = useState<T>(initial ? initial.value : saved);
  const [restoredAt, setRestoredAt] = useState<number | null>(initial ? initial.at : null);
  // Another record (key): start again from its saved value or its own draft.
  const [forKey, setForKey] = useState(key);
  if (forKey !== key) {
    const next = start();
    setForKey(key);
    setValue(next ? next.value : saved);
    setRestoredAt(next ? next.at : null);
  }
  const savedRef = useRef(saved);
  savedRef.current = saved;

  // Saved elsewhere (a restore, another panel) while there are no edits here: show what was saved.
  const previousSaved = useRef(saved);
  useEffect(() => {
    const before = previousSaved.current;
    previousSaved.current = saved;
    if (!equals(before, saved)) setValue((current) => (equals(current, before) ? saved : current));
  }, [saved, equals]);

  useEffect(() => {
    if (forKey !== key) return;
    const unchanged = equals(value, savedRef.current);
    writeDraft(key, unchanged ? undefined : value);
    if (unchanged) setRestoredAt(null);
  }, [key, forKey, value, saved, equals]);

  const discard = useCallback(() => {
    writeDraft(key, undefined);
    setRestoredAt(null);
    setValue(savedRef.current);
  }, [key]);

  return { value, setValue, restoredAt, discard };
}

/** Forget a draft without a mounted form (e.g. after the record it belonged to was deleted). */
export function forgetDraft(key: string): void {
  writeDraft(key, undefined);
}
