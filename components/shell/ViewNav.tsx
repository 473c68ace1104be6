import type { ViewDefinition } from './views';

/** Links between views; a narrow panel wraps them onto a second line so every view stays in sight. */
export function ViewNav({ views, activeId }: { views: readonly ViewDefinition[]; activeId: string }) {
  return (
    <nav aria-label="Views" className="-mx-1.5">
      <ul className="flex flex-wrap gap-x-0.5">
        {views.map((view) => {
          const active = view.id === activeId;
          return (
            <li key={view.id}>
              <a
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
    </nav>
  );
}
