import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { anglePerformance, bestAngle, briefTagging, type AnglePerformance, type BriefTemplate } from '../../lib/briefs/index';
import { IN_BRIEFS, formatMoneyText, formatPercentText } from '../../lib/format/number';
import { Section } from '../common/Section';
import { newTemplateHref } from './briefs-route';
import { HINT, LINK } from './ui';
import { useBriefDb, useTaggedContent } from './useBriefData';

function Unknown() {
  return (
    <span>
      <span aria-hidden="true">—</span>
      <span className="sr-only">unknown</span>
    </span>
  );
}

function posts(n: number): string {
  return `${n} ${n === 1 ? 'post' : 'posts'}`;
}

/** Conversion and revenue per post by hook angle, from the posts tagged with a brief. */
export function useAngleResults(templates: readonly BriefTemplate[] | undefined): AnglePerformance[] | undefined {
  const tagged = useTaggedContent();
  return useMemo(() => (tagged && templates ? anglePerformance(tagged, templates) : undefined), [tagged, templates]);
}

/**
 * Which hook angle converts: conversion on clicks and revenue per post for each angle, from posts
 * tagged with the brief they answered, so the next brief can start from the winner.
 */
export function AngleResults({ templates }: { templates: readonly BriefTemplate[] }) {
  const db = useBriefDb();
  const tagged = useTaggedContent();
  const results = useAngleResults(templates);
  const total = useLiveQuery(() => db.content.count(), [db]);
  const tagging = useMemo(() => (tagged ? briefTagging(tagged, templates) : null), [tagged, templates]);
  const best = results ? bestAngle(results) : null;

  return (
    <Section title="Results by hook angle">
      {results === undefined || tagging === null ? (
        <p className={HINT}>Loading…</p>
      ) : results.length === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          No posts are tagged with a brief yet. Open a template, pick a creator under “For a creator” and tick the posts that answered it:
          this card then shows which hook angle converts.
        </p>
      ) : (
        <>
          {best ? (
            <p className="mb-2 rounded-md bg-emerald-50 p-2 text-sm dark:bg-emerald-950/50">
              <span className="font-medium">{best.label}</span>{' '}
              {best.basis === 'conversion'
                ? `converts best so far: ${formatPercentText(best.value, IN_BRIEFS)} of clicks became orders.`
                : `earns the most per post so far: ${formatMoneyText(best.value, best.performance.currency, IN_BRIEFS)} (too few clicks yet to compare conversion).`}{' '}
              {best.angle !== 'custom' ? (
                <a className={LINK} href={newTemplateHref(best.angle)}>
                  Start a brief from it
                </a>
              ) : null}
            </p>
          ) : null}
          <table className="w-full text-sm">
            <caption className="sr-only">Conversion and revenue per post by hook angle</caption>
            <thead>
              <tr className="text-left text-xs text-neutral-600 dark:text-neutral-400">
                <th scope="col" className="py-1 font-medium">
                  Angle
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Posts
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Conversion
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Revenue / post
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-neutral-200 dark:divide-neutral-800">
              {results.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="py-1 pr-1 text-left font-normal break-words">
                    {r.label}
                  </th>
                  <td className="py-1 text-right tabular-nums">{r.pieces}</td>
                  <td className="py-1 text-right tabular-nums" title={r.conversion !== null ? `${posts(r.conversionPieces)} with clicks and orders` : undefined}>
                    {r.conversion !== null ? formatPercentText(r.conversion, IN_BRIEFS) : <Unknown />}
                  </td>
                  <td className="py-1 text-right tabular-nums" title={r.revenuePerPost !== null ? `${posts(r.gmvPieces)} with GMV` : undefined}>
                    {r.revenuePerPost !== null ? formatMoneyText(r.revenuePerPost, r.currency, IN_BRIEFS) : r.mixedCurrency ? 'mixed currencies' : <Unknown />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={`mt-2 ${HINT}`}>
            {posts(tagging.tagged)} tagged
            {total !== undefined ? ` of ${total} stored` : ''}
            {tagging.unresolved ? `; ${posts(tagging.unresolved)} tagged with a brief that no longer exists` : ''}. Conversion is orders ÷ clicks
            over posts where both are known; unknown is shown as —, never 0.
          </p>
        </>
      )}
    </Section>
  );
}
