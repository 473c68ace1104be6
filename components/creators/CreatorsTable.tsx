import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CreatorListItem, SortDirection, SortKey } from './creator-list';
import { CREATOR_ROW_HEIGHT, CreatorListRow, MID_UP, MID_WIDTH, NARROW_CREATOR_ROW_HEIGHT, WIDE_UP } from './CreatorRow';

const HEADER_CLASSES =
  'sticky top-0 z-10 bg-white py-1.5 text-xs font-medium text-neutral-600 dark:bg-neutral-900 dark:text-neutral-400';

/** Where the list was scrolled, so coming back from a creator lands in the same place. */
let savedScrollTop = 0;

interface Column {
  key: SortKey | null;
  label: string;
  className: string;
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'Creator', className: 'text-left' },
  { key: 'followers', label: 'Followers', className: `w-[4.25rem] pr-1.5 text-right ${WIDE_UP}` },
  { key: 'postsPerWeek', label: 'Posts/wk', className: `w-[4.25rem] pr-1.5 text-right ${MID_UP}` },
  { key: 'conversionRate', label: 'Conv.', className: 'w-[3.5rem] pr-1.5 text-right' },
  { key: 'revenuePerPost', label: 'Per post', className: `w-[4.5rem] pr-1.5 text-right ${MID_UP}` },
  { key: 'gmv', label: 'GMV', className: 'w-[4.5rem] text-right' },
];

/**
 * The creators table. Only the rows in view are in the DOM (5,000 creators stay smooth); spacer
 * rows keep the scroll height, and aria-rowcount/aria-rowindex tell screen readers the real size.
 * Column headers sort (click again to reverse).
 */
export function CreatorsTable({
  items,
  caption,
  sort,
  dir,
  onSort,
}: {
  items: readonly CreatorListItem[];
  caption: string;
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Narrow tables carry one more line per row (the pace under the name): taller rows.
  const [narrow, setNarrow] = useState(true);
  const rowHeight = narrow ? NARROW_CREATOR_ROW_HEIGHT : CREATOR_ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 8,
    initialOffset: () => savedScrollTop,
    // Render a first screenful before the container is measured (and in tests without layout).
    initialRect: { width: 360, height: 640 },
    useFlushSync: false,
  });
  useEffect(() => {
    const element = scrollRef.current;
    return () => {
      savedScrollTop = element?.scrollTop ?? 0;
    };
  }, []);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setNarrow(element.clientWidth < MID_WIDTH));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);

  return (
    // Focusable so the keyboard can scroll it.
    <div ref={scrollRef} tabIndex={0} role="group" aria-label={caption} className="@container min-h-0 flex-1 overflow-y-auto">
      <table className="w-full table-fixed border-collapse" aria-rowcount={items.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = column.key === sort;
              return (
                <th
                  key={column.label}
                  scope="col"
                  className={`${HEADER_CLASSES} ${column.className}`}
                  aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.key ? (
                    <button
                      type="button"
                      className={`inline-flex items-center gap-0.5 hover:text-neutral-900 dark:hover:text-neutral-100 ${active ? 'text-neutral-900 dark:text-neutral-100' : ''}`}
                      onClick={() => column.key && onSort(column.key)}
                    >
                      {column.label}
                      <span aria-hidden="true" className="w-2">
                        {active ? (dir === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              {/* One cell: a colSpan would add columns where some are hidden. */}
              <td />
            </tr>
          ) : null}
          {rows.map((row) => {
            const item = items[row.index];
            return item ? <CreatorListRow key={row.key} item={item} rowIndex={row.index + 2} height={rowHeight} /> : null;
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: paddingBottom }}>
              <td />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
