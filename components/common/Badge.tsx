import type { ReactNode } from 'react';
import type { StatusTone } from '../../lib/tab-status/tab-status-view';

const TONE_CLASSES: Record<StatusTone, string> = {
  ok: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  idle: 'bg-neutral-100 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200',
};

/** A small label; the text always says the state, colour only repeats it. */
export function Badge({ tone, children, label }: { tone: StatusTone; children: ReactNode; label?: string }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONE_CLASSES[tone]}`}
      title={label}
    >
      {children}
    </span>
  );
}
