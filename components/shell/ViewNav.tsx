import { useEffect, useRef } from 'react';
import type { ViewDefinition } from './views';

/**
 * Links between views, on one row. When the panel is too narrow for every label, the row scrolls
 * sideways like a tab list (the active view is scrolled into sight, and a fade at the edge says
 * there is more); labels are never cut or wrapped onto a second line.
 */
export function ViewNav({ views, activeId }: { views: readonly ViewDefinition[]; activeId: string }) {
  const activeRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activeId]);
  return (
    <nav aria-label="Views" className="relative -mx-3">
      <ul className="flex scroll-px-5 gap-x-0.5 overflow-x-auto px-1.5 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden">
        {views.map((view) => {
          const active = view.id === activeId;
          return (
            <li key={view.id} className="shrink-0">
              <a
                ref={active ? activeRef : undefined}
                href={`#${view.id}`}
                aria-current={active ? 'page' : undefined}
                className={`block border-b-2 px-1 py-1.5 text-sm whitespace-nowrap ${
                  active
                    ? 'border-sky-600 font-medium text-neutral-900 dark:border-sky-400 dark:text-neutral-50'
                    : 'border-transparent text-neutral-600 hover:text-neutral-900 dark:text-neutral-400 dark:hover:text-neutral-100'
                }`}
              >
                {view.label}
              </a>
            </li>
          );
        })}
      </ul>
      {/* More to the right: a fade over the last few pixels, under the pointer's notice only. */}
      <span
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 right-0 w-4 bg-gradient-to-l from-white dark:from-neutral-900"
      />
    </nav>
  );
}
