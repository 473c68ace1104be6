/** Class names shared by the brief builder's controls, sized for a 320–400 px panel. */

export const INPUT =
  'w-full min-w-0 rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600 dark:border-neutral-600 dark:bg-neutral-900 dark:aria-[invalid=true]:border-red-400';

export const TEXTAREA = `${INPUT} min-h-16 resize-y`;

export const SELECT =
  'min-w-0 rounded-md border border-neutral-300 bg-white px-1.5 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900';

export const PRIMARY_BUTTON =
  'rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50';

export const BUTTON =
  'rounded-md border border-neutral-300 px-2 py-1 text-sm disabled:opacity-50 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800';

export const SMALL_BUTTON =
  'rounded border border-neutral-300 px-1.5 py-0.5 text-xs disabled:opacity-50 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800';

export const LINK = 'text-sky-700 underline dark:text-sky-300';

export const HINT = 'text-xs text-neutral-600 dark:text-neutral-400';

export const LABEL = 'block text-sm font-medium';
