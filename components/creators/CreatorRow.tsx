import { creatorHandleText } from '../../lib/format/creator';
import { formatQuantity } from '../../lib/format/number';
import type { Creator } from '../../lib/model/entities';
import { TimeAgo } from '../common/TimeAgo';
import { ValueText } from '../common/ValueText';

export const CREATOR_ROW_HEIGHT = 48;

/**
 * Shown only when the table is wide enough for its own "Last seen" column; narrower, the time moves
 * under the handle. Container widths, so the rule holds wherever the table is placed.
 */
export const WIDE_ONLY = 'hidden @min-[22rem]:table-cell';
const NARROW_ONLY = '@min-[22rem]:hidden';

/** One creator: handle and name, followers, GMV, last seen. */
export function CreatorRow({ creator, rowIndex }: { creator: Creator; rowIndex: number }) {
  const handle = creatorHandleText(creator);
  return (
    <tr
      aria-rowindex={rowIndex}
      style={{ height: CREATOR_ROW_HEIGHT }}
      className="border-b border-neutral-200 dark:border-neutral-800"
    >
      <th scope="row" className="py-1 pr-2 text-left font-normal">
        <span className="block truncate text-sm font-medium" title={handle}>
          {handle}
        </span>
        <span className="flex min-w-0 gap-1 text-xs text-neutral-600 dark:text-neutral-400">
          {creator.displayName ? (
            <span className="truncate" title={creator.displayName}>
              {creator.displayName}
            </span>
          ) : null}
          {/* The name gives way before the time does. */}
          <span className={`shrink-0 whitespace-nowrap ${NARROW_ONLY}`}>
            {creator.displayName ? '· ' : ''}
            <TimeAgo at={creator.lastSeen} />
          </span>
        </span>
      </th>
      <td className="py-1 pr-2 text-right text-sm tabular-nums">
        <ValueText value={formatQuantity(creator.metrics.followers)} />
      </td>
      <td className="py-1 pr-1 text-right text-sm tabular-nums">
        <ValueText value={formatQuantity(creator.metrics.gmv)} />
      </td>
      <td className={`py-1 pl-1 text-right text-xs whitespace-nowrap text-neutral-600 dark:text-neutral-400 ${WIDE_ONLY}`}>
        <TimeAgo at={creator.lastSeen} />
      </td>
    </tr>
  );
}
