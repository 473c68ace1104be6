/** Column headers a page showed, as chips. Page text is rendered as React text only. */
export function HeaderList({ headers, className = '' }: { headers: readonly string[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`}>
      {headers.map((header, index) => (
        <li
          // Headers can repeat (two "GMV" columns), so the position is part of the key.
          key={`${index}:${header}`}
          className="max-w-full truncate rounded bg-neutral-100 px-1.5 py-0.5 text-xs dark:bg-neutral-800"
        >
          {header || '(blank)'}
        </li>
      ))}
    </ul>
  );
}
