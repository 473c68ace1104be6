import { ViewNav } from './ViewNav';
import type { ViewDefinition } from './views';

export function Header({ views, activeId }: { views: readonly ViewDefinition[]; activeId: string }) {
  return (
    <header className="border-b border-neutral-200 px-3 pt-2 dark:border-neutral-700">
      <div className="flex items-baseline justify-between gap-2 pb-1">
        <h1 className="text-base font-semibold tracking-tight">Creator Desk</h1>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">Data stays in this browser</p>
      </div>
      {/* A single view needs no nav. */}
      {views.length > 1 ? <ViewNav views={views} activeId={activeId} /> : null}
    </header>
  );
}
