import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Creator } from '../../lib/model/entities';
import { CREATOR_ROW_HEIGHT, CreatorRow, WIDE_ONLY } from './CreatorRow';

const HEADER_CLASSES =
  'sticky top-0 z-10 bg-white py-1.5 text-xs font-medium text-neutral-600 dark:bg-neutral-900 dark:text-neutral-400';

/**
 * The creators table. Only the rows in view are in the DOM (thousands of creators stay smooth); spacer
 * rows keep the scroll height, and aria-rowcount/aria-rowindex tell screen readers the real size.
 */
export function CreatorsTable({ creators, caption }: { creators: readonly Creator[]; caption: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: creators.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CREATOR_ROW_HEIGHT,
    getItemKey: (index) => creators[index]?.key ?? index,
    overscan: 10,
    // Render a first screenful before the container is measured (and in tests without layout).
    initialRect: { width: 360, height: 640 },
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    // Focusable so the keyboard can scroll it.
    <div
      ref={scrollRef}
      tabIndex={0}
      role="group"
      aria-label={caption}
      className="@container min-h-0 flex-1 overflow-y-auto"
    >
      <table className="w-full table-fixed border-collapse" aria-rowcount={creators.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={`${HEADER_CLASSES} text-left`}>
              Creator
            </th>
            <th scope="col" className={`${HEADER_CLASSES} w-[4.25rem] pr-2 text-right`}>
              Followers
            </th>
            <th scope="col" className={`${HEADER_CLASSES} w-[4.75rem] pr-1 text-right`}>
              GMV
            </th>
            <th scope="col" className={`${HEADER_CLASSES} w-[4.5rem] pl-1 text-right ${WIDE_ONLY}`}>
              Last seen
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              {/* One cell: a colSpan would add a column where "Last seen" is hidden. */}
              <td />
            </tr>
          ) : null}
          {items.map((item) => {
            const creator = creators[item.index];
            return creator ? <CreatorRow key={item.key} creator={creator} rowIndex={item.index + 2} /> : null;
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
