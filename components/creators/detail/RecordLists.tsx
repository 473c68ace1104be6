import { useState, type ReactNode } from 'react';
import { type CreatorEntry, type ProgramIndex } from '../../../lib/analytics/index';
import { isoDay } from '../../../lib/calendar/days';
import { formatDayText } from '../../../lib/format/day';
import { formatMoneyValue, formatRateValue } from '../../../lib/format/metric';
import { countNoun, formatCount, formatInteger } from '../../../lib/format/number';
import { orderLineCount, pieceCount } from '../../../lib/analytics/entry-records';
import { newestOrderLines, newestPieces } from '../../../lib/db/creator-records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/DbContext';
import { ValueText } from '../../common/ValueText';
import { SparkSpendEntry } from '../../costs/SparkSpendEntry';

const FIRST_SHOWN = 10;
const MORE_STEP = 25;

function useShown(total: number): [number, ReactNode] {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const more =
    total > shown ? (
      <button type="button" className="mt-1 text-xs text-sky-700 underline dark:text-sky-300" onClick={() => setShown((n) => n + MORE_STEP)}>
        Show {formatInteger(Math.min(MORE_STEP, total - shown))} more of {formatInteger(total - shown)}
      </button>
    ) : null;
  return [shown, more];
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-xs text-neutral-600 dark:text-neutral-400">{children}</p>;
}

const dayText = (day: number | string | null | undefined) =>
  day === null || day === undefined ? '—' : formatDayText(typeof day === 'number' ? isoDay(day) : day, new Date().getFullYear());

/** The creator's videos and LIVEs, newest first, with their lifetime numbers as last captured. */
export function ContentList({ entry, index }: { entry: CreatorEntry; index: ProgramIndex }) {
  const total = pieceCount(entry);
  const [shown, more] = useShown(total);
  const db = useDb();
  const rows = useLiveQuery(
    () => newestPieces(db, entry, shown, { currency: index.currency, hasOrders: index.hasOrders }),
    [db, entry, shown, index.currency, index.hasOrders],
  );
  if (total === 0) {
    return <Empty>No content stored for this creator. Open Video analysis in Seller Center to capture their videos.</Empty>;
  }
  return (
    <>
      <ul className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
        {(rows ?? []).map((p) => (
          <li key={p.piece.key} className="py-1.5">
            <p className="truncate" title={p.piece.title}>
              {p.piece.title || `${p.isVideo ? 'Video' : 'LIVE'} ${p.piece.contentId}`}
            </p>
            <p className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
              {dayText(p.day)} · {p.isVideo ? 'video' : 'LIVE'} · <ValueText value={formatCount(p.views)} /> views ·{' '}
              <ValueText value={formatMoneyValue(p.gmv, index.currency)} /> GMV ·{' '}
              <ValueText value={formatRateValue(p.clicks && p.orders !== null ? p.orders / p.clicks : null)} /> conv.
            </p>
            {p.isVideo ? (
              <SparkSpendEntry
                contentKey={p.piece.key}
                creatorKey={entry.key}
                title={p.piece.title || `video ${p.piece.contentId}`}
                book={index.costs}
                currency={index.currency}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {more}
      {entry.undatedPieces > 0 ? <Empty>{countNoun(entry.undatedPieces, 'piece')} without a post date are not listed.</Empty> : null}
    </>
  );
}

export function CollaborationList({ entry }: { entry: CreatorEntry }) {
  if (entry.collaborations.length === 0) {
    return <Empty>No collaboration stored. Open Target collaboration in the Affiliate Center to capture them.</Empty>;
  }
  return (
    <ul className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
      {entry.collaborations.map((c) => (
        <li key={c.id} className="py-1.5">
          <p className="truncate">{c.name || `${c.kind === 'target' ? 'Target' : 'Open'} collaboration ${c.id}`}</p>
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            {c.kind === 'target' ? 'Target' : 'Open'} · {c.status} · commission <ValueText value={formatRateValue(c.commissionRate)} />
            {c.validTo ? ` · until ${dayText(c.validTo)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

const SAMPLE_STATUS: Record<string, string> = {
  requested: 'Requested',
  approved: 'Approved',
  shipped: 'Shipped',
  'content-delivered': 'Content delivered',
  completed: 'Completed',
  canceled: 'Canceled',
};

export function SampleList({ entry }: { entry: CreatorEntry }) {
  const samples = [...entry.samples].sort((a, b) => (b.shipDay ?? -1) - (a.shipDay ?? -1));
  const [shown, more] = useShown(samples.length);
  if (samples.length === 0) return <Empty>No sample requests stored. Open Sample requests to capture them.</Empty>;
  return (
    <>
      <ul className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
        {samples.slice(0, shown).map((s) => (
          <li key={s.sample.id} className="py-1.5">
            <p className="truncate">{s.sample.productName || `Product ${s.sample.productId}`}</p>
            <p className="text-xs text-neutral-600 dark:text-neutral-400">
              {SAMPLE_STATUS[s.sample.status] ?? s.sample.status}
              {s.shipDay !== null ? ` · shipped ${dayText(s.shipDay)}` : ''}
              {s.deliveredDay !== null ? ` · content ${dayText(s.deliveredDay)}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {more}
    </>
  );
}

/** The creator's affiliate order lines, newest first. */
export function OrderList({ entry, index }: { entry: CreatorEntry; index: ProgramIndex }) {
  const total = orderLineCount(entry);
  const [shown, more] = useShown(total);
  const db = useDb();
  const rows = useLiveQuery(() => newestOrderLines(db, entry, shown, index.currency), [db, entry, shown, index.currency]);
  if (total === 0) return <Empty>No affiliate orders stored. Import the orders export or open Affiliate orders.</Empty>;
  return (
    <>
      <ul className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
        {(rows ?? []).map(({ order, day, amount }) => (
          <li key={order.key} className="flex justify-between gap-2 py-1.5">
            <span className="min-w-0">
              <span className="block truncate">Order {order.orderId}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                {dayText(day)} · {order.status ?? 'status unknown'}
                {order.refunded ? ' · refunded' : ''}
              </span>
            </span>
            <span className="shrink-0 tabular-nums">
              <ValueText value={formatMoneyValue(amount, order.currency ?? index.currency)} />
            </span>
          </li>
        ))}
      </ul>
      {more}
    </>
  );
}
