import { useId, type ReactNode } from 'react';

/** A named region of a view: `<section>` labelled by its own heading, so tests and screen readers find it. */
export function Section({
  title,
  actions,
  children,
  className = '',
}: {
  title: string;
  /** Small controls or links shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`px-3 py-3 ${className}`}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold tracking-tight">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
