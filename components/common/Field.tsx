import type { ReactNode } from 'react';

/** The look of a form's text, number, date and select inputs (a red border when `aria-invalid`). */
export const FIELD_INPUT =
  'w-full rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600 dark:border-neutral-600 dark:bg-neutral-900 dark:aria-[invalid=true]:border-red-400';

/**
 * A labelled form field: the label, the input given as children, then its hint and error. The input
 * points at them with `aria-describedby` (`${id}-hint`, `${id}-error`).
 */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
    </div>
  );
}
