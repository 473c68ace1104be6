import type { ReactNode } from 'react';
import { ViewNav } from './ViewNav';
import type { ViewDefinition } from './views';

/** The panel's banner: name, the view nav, and the active view's toolbar (`children`), if any. */
export function Header({ views, activeId, children }: { views: readonly ViewDefinition[]; activeId: string; children?: ReactNode }) {
  return (
    <header className="border-b border-neutral-200 px-3 pt-2 dark:border-neutral-700">
      <div className="flex items-baseline justify-between gap-2 pb-1">
        <h1 className="text-base font-semibold tracking-tight">Creator Desk</h1>
        <a
          href="/privacy.html"
          target="_blank"
          rel="noopener"
          className="text-xs text-neutral-600 underline-offset-2 hover:underline dark:text-neutral-400"
          title="Privacy policy: what Creator Desk reads and keeps"
        >
          Data stays in this browser
        </a>
      </div>
      {/* A single view needs no nav. */}
      {views.length > 1 ? <ViewNav views={views} activeId={activeId} /> : null}
      {children ? <div className="-mx-3 border-t border-neutral-200 dark:border-neutral-700">{children}</div> : null}
    </header>
  );
}
