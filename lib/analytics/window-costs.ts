/**
 * What a creator cost and returned in a window (issue 13): commission, flat fees per post, the cost
 * of the samples shipped in the window and the Spark Ads spend on the videos posted in it, against
 * the window's GMV. The seller's own agreements and entries count as 0 when none is entered (no
 * flat fee agreed, no Spark Ads run); a sample whose cost is unknown makes every sum that needs it
 * unknown, as does an amount in another currency than the shop's.
 */
import { sparkSpendOf } from '../costs/cost-book';
import type { DayRange } from '../calendar/days';
import { sparkPieceByKey } from './spark-pieces';
import { type CreatorEntry, type ProgramIndex } from './program-index-model';
import { ratio } from './stats';
import type { WindowMetrics } from './window-metrics';

export interface WindowCosts {
  /** The agreed commission rate (fraction), when one is entered. */
  agreedCommissionRate: number | null;
  /** Flat fee per post × posts in the window (0 when no fee is agreed). */
  flatFees: number | null;
  /** Samples shipped in the window. */
  samplesReceived: number;
  /** Of those, samples whose content is delivered (by the window's end). */
  samplesWithContent: number;
  /** Cost of the samples shipped in the window (sample, else product, else default cost). */
  sampleCost: number | null;
  /** Spark Ads spend entered on the videos posted in the window (0 when none). */
  sparkAdsSpend: number | null;
  /** GMV of those videos (their lifetime figure as captured); null when none has spend or a GMV is unknown. */
  sparkAdsGmv: number | null;
  /** commission + flat fees + sample cost + Spark Ads spend. */
  totalCost: number | null;
  /** (commission + flat fees) ÷ GMV. */
  commissionToRevenue: number | null;
  /** GMV − total cost. */
  netContribution: number | null;
  /** GMV ÷ sample cost. */
  gmvPerSampleDollar: number | null;
  /** Spark Ads GMV ÷ Spark Ads spend. */
  sparkAdsReturn: number | null;
}

const add = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

/** No Spark Ads spend entered (most sellers, every creator): one answer, not an object per creator. */
const NO_SPARK_ADS: { spend: number | null; gmv: number | null } = Object.freeze({ spend: 0, gmv: null });

function sparkAds(entry: CreatorEntry, range: DayRange, index: ProgramIndex): { spend: number | null; gmv: number | null } {
  const book = index.costs;
  if (!book || book.sparkSpend.size === 0) return NO_SPARK_ADS;
  // Spark spend is per video; the videos come from the Spark Ads read (unknown until it is done).
  const videos = sparkPieceByKey(index);
  if (!videos) return { spend: null, gmv: null };
  let spend: number | null = 0;
  let gmv: number | null = null;
  let gmvUnknown = false;
  for (const key of book.sparkSpend.keys()) {
    const video = videos.get(key);
    if (!video || video.entry?.key !== entry.key || video.day < range.from || video.day > range.to) continue;
    spend = add(spend, sparkSpendOf(key, book, index.currency));
    if (Number.isNaN(video.gmv)) gmvUnknown = true;
    else gmv = (gmv ?? 0) + video.gmv;
  }
  return { spend, gmv: gmvUnknown ? null : gmv };
}

export function windowCosts(
  entry: CreatorEntry,
  range: DayRange,
  index: ProgramIndex,
  m: Pick<WindowMetrics, 'gmv' | 'commission'> & { posts: number | null },
): WindowCosts {
  const program = entry.program;
  const currency = index.currency;

  // A fee in another currency than the shop's cannot be added up: unknown.
  let flatFees: number | null = 0;
  const fee = program?.flatFeePerPost ?? null;
  // Unknown posts (no source covers the window) make a fee per post unknown too.
  if (fee) flatFees = m.posts !== null && (currency === null || fee.currency === currency) ? fee.amount * m.posts : null;

  let samplesReceived = 0;
  let samplesWithContent = 0;
  let sampleCost: number | null = 0;
  for (const s of entry.samples) {
    if (s.shipDay === null || s.shipDay < range.from || s.shipDay > range.to) continue;
    samplesReceived++;
    if (s.deliveredDay !== null && s.deliveredDay <= range.to) samplesWithContent++;
    sampleCost = add(sampleCost, s.cost);
  }

  const spark = sparkAds(entry, range, index);
  const commissionAndFees = add(m.commission, flatFees);
  const totalCost = add(add(commissionAndFees, sampleCost), spark.spend);
  return {
    agreedCommissionRate: program?.agreedCommissionRate ?? null,
    flatFees,
    samplesReceived,
    samplesWithContent,
    sampleCost,
    sparkAdsSpend: spark.spend,
    sparkAdsGmv: spark.gmv,
    totalCost,
    commissionToRevenue: ratio(commissionAndFees, m.gmv),
    netContribution: m.gmv === null || totalCost === null ? null : m.gmv - totalCost,
    gmvPerSampleDollar: ratio(m.gmv, sampleCost),
    sparkAdsReturn: ratio(spark.gmv, spark.spend),
  };
}
