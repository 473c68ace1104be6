import { formatMoneyValue, formatPace, formatRateValue } from '../../lib/format/metric';
import { formatCount } from '../../lib/format/number';
import { TIER_NAMES } from '../../lib/format/tier';
import { RevealedText } from '../common/RevealedText';
import { ValueText } from '../common/ValueText';
import { creatorHref } from '../shell/route';
import type { CreatorListItem } from './creator-list';

/**
 * Room for the handle, a name line that may wrap once and chips on up to two lines; below the
 * mid width (26rem, where the pace and per-post columns move under the name) also the pace line.
 */
export const CREATOR_ROW_HEIGHT = 88;
export const NARROW_CREATOR_ROW_HEIGHT = 104;
/** The container width (px) from which MID_UP columns show: 26rem. */
export const MID_WIDTH = 416;

/** Container widths (the table's own width, wherever it is placed) at which columns appear. */
export const MID_UP = 'hidden @min-[26rem]:table-cell';
export const WIDE_UP = 'hidden @min-[32rem]:table-cell';
const BELOW_MID = '@min-[26rem]:hidden';
const BELOW_WIDE = '@min-[32rem]:hidden';

const CELL = 'py-1 pr-1.5 text-right align-top text-sm tabular-nums';

/**
 * One creator: handle (a link to the creator view), name, tier and suggestion, flags, and the
 * window's numbers. On narrow panels the numbers of hidden columns move under the name.
 */
export function CreatorListRow({ item, rowIndex, height }: { item: CreatorListItem; rowIndex: number; height: number }) {
  const c = item.card;
  const followers = formatCount(c.followers);
  const pace = formatPace(c.postsPerWeek, c.agreedPostsPerWeek);
  const perPost = formatMoneyValue(c.revenuePerPost, c.currency);
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} className="border-b border-neutral-200 dark:border-neutral-800">
      <th scope="row" className="py-1 pr-2 text-left align-top font-normal">
        <a href={creatorHref(item.key)} className="block truncate text-sm font-medium text-sky-800 hover:underline dark:text-sky-200" title={item.name}>
          <RevealedText text={item.name} />
        </a>
        {/* Followers and the display name wrap onto a second line in a narrow panel rather than being cut. */}
        <span className="line-clamp-2 block text-xs leading-4 break-words text-neutral-600 dark:text-neutral-400">
          <span className={BELOW_WIDE}>
            <ValueText value={followers} />
            <span className="sr-only"> followers</span>
            {item.displayName ? ' · ' : ''}
          </span>
          {item.displayName ? (
            <span title={item.displayName}>
              <RevealedText text={item.displayName} />
            </span>
          ) : null}
        </span>
        {/* Chips wrap onto a second line rather than being cut (the row leaves room for it). */}
        <span className="mt-0.5 flex max-h-[2.125rem] min-w-0 flex-wrap items-center gap-0.5 overflow-hidden text-xs leading-4 whitespace-nowrap">
          <span className="rounded bg-neutral-100 px-1 dark:bg-neutral-800">
            <span className="sr-only">Current tier: </span>
            {c.acceptedTier ? TIER_NAMES[c.acceptedTier] : 'No tier'}
          </span>
          {item.suggestion ? (
            <span className="rounded bg-sky-100 px-1 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100">
              <span aria-hidden="true">→ </span>
              <span className="sr-only">Suggested tier: </span>
              {TIER_NAMES[item.suggestion.toTier]}
            </span>
          ) : null}
          {item.flagLabels.length > 0 ? (
            <span className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100" title={item.flagLabels.join('; ')}>
              <span className="sr-only">Flags: {item.flagLabels.join('; ')}</span>
              <span aria-hidden="true">{item.flagChips.length === 1 ? item.flagChips[0] : `${item.flagChips.length} flags`}</span>
            </span>
          ) : null}
          <span className="shrink-0 text-neutral-600 dark:text-neutral-400" data-testid="last-contacted">
            {item.lastContactedAt === null ? 'Never contacted' : `Contacted ${new Date(item.lastContactedAt).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}`}
          </span>
        </span>
        <span className={`block truncate text-xs leading-4 text-neutral-600 dark:text-neutral-400 ${BELOW_MID}`}>
          <ValueText value={pace} /> posts/wk · <ValueText value={perPost} />
          /post
        </span>
      </th>
      <td className={`${CELL} ${WIDE_UP}`}>
        <ValueText value={followers} />
      </td>
      <td className={`${CELL} ${MID_UP}`}>
        <ValueText value={pace} />
      </td>
      <td className={CELL}>
        <ValueText value={formatRateValue(c.conversionRate)} />
      </td>
      <td className={`${CELL} ${MID_UP}`}>
        <ValueText value={perPost} />
      </td>
      <td className={`${CELL} pr-0`}>
        <ValueText value={formatMoneyValue(c.gmv, c.currency)} />
      </td>
    </tr>
  );
}
