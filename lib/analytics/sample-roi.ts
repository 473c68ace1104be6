/**
 * Sample ROI (playbook §2): samples shipped → content delivered within the content window → GMV.
 * GMV after a sample is the creator's affiliate orders for the sampled product created on or after
 * the (first) ship day, up to the day of `asOf`. Only orders carry a product, so without stored
 * orders the GMV is unknown. Canceled samples are not counted.
 */
import { isoDay, localDayOfTimestamp, windowEndingOn } from '../calendar/days';
import { PERIOD_DAYS } from '../rollups/fields';
import type { CreatorEntry, ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { ratio } from './stats';

export interface SampleFunnel {
  shipped: number;
  /** Content delivered within `sampleContentWindowDays` of shipping. */
  deliveredOnTime: number;
  /** Content delivered, but after the window. */
  deliveredLate: number;
  /** No content yet, window still open. */
  awaiting: number;
  /** No content and the window has closed. */
  overdue: number;
  /** deliveredOnTime ÷ (shipped − awaiting); null when nothing has come due. */
  onTimeRate: number | null;
  /** GMV from the sampled products after shipping; null when unknown. */
  gmv: number | null;
  sampleCost: number | null;
  gmvPerSample: number | null;
  /** GMV ÷ sample cost. */
  gmvPerCost: number | null;
}

export interface CreatorSampleRoi extends SampleFunnel {
  creatorKey: string;
  handle: string | null;
}

export interface SampleRoi {
  window: { days: number; from: string; to: string };
  program: SampleFunnel;
  /** Creators with at least one sample shipped in the window, by key. */
  creators: CreatorSampleRoi[];
}

function emptyFunnel(): SampleFunnel {
  return {
    shipped: 0,
    deliveredOnTime: 0,
    deliveredLate: 0,
    awaiting: 0,
    overdue: 0,
    onTimeRate: null,
    gmv: 0,
    sampleCost: 0,
    gmvPerSample: null,
    gmvPerCost: null,
  };
}

/** A creator's funnel built as one object (not an empty funnel spread into another: hot, every creator with samples). */
function emptyCreatorFunnel(creatorKey: string, handle: string | null): CreatorSampleRoi {
  return {
    creatorKey,
    handle,
    shipped: 0,
    deliveredOnTime: 0,
    deliveredLate: 0,
    awaiting: 0,
    overdue: 0,
    onTimeRate: null,
    gmv: 0,
    sampleCost: 0,
    gmvPerSample: null,
    gmvPerCost: null,
  };
}

/**
 * A creator's sampled products (each with its first ship day) and their GMV: filled creator by
 * creator, one for the whole roster, so no map or array is made per creator.
 */
interface SampledProducts {
  products: string[];
  firstShip: number[];
  gmv: number[];
  unknown: boolean[];
  count: number;
}

/** The position of a product among the creator's sampled ones, or -1 (a creator samples a few). */
function sampledAt(sampled: SampledProducts, productId: string): number {
  const products = sampled.products;
  for (let i = 0; i < sampled.count; i++) if (products[i] === productId) return i;
  return -1;
}

/**
 * GMV of the sampled products' order lines, each product's from its first ship day to `toDay`, in
 * one walk over the creator's products ordered (not one per product); null when any amount counted
 * is unknown. Products are added in the order they were first sampled, each product's lines in
 * record order (the sums `productGmv` gives, added up as before: the same floating-point result).
 */
function sampledProductsGmv(entry: CreatorEntry, sampled: SampledProducts, toDay: number): number | null {
  const { firstShip, gmv, unknown } = sampled;
  let fromDay = Number.POSITIVE_INFINITY;
  for (let i = 0; i < sampled.count; i++) {
    gmv[i] = 0;
    unknown[i] = false;
    fromDay = Math.min(fromDay, firstShip[i]!);
  }
  for (const record of entry.records) {
    // A record holds the days of one period (lib/rollups/fields.ts): one wholly outside the days
    // counted is passed over without reading its products (unpacked on first use).
    const start = record.period * PERIOD_DAYS;
    if (start + PERIOD_DAYS <= fromDay || start > toDay) continue;
    const flat = record.orderProducts;
    for (let i = 0; i + 4 < flat.length; i += 5) {
      const day = flat[i] as number;
      // Days first: a product id is only compared on the days some sampled product counts.
      if (day < fromDay || day > toDay) continue;
      const at = sampledAt(sampled, flat[i + 1] as string);
      if (at < 0 || day < firstShip[at]! || unknown[at]) continue;
      if ((flat[i + 4] as number) > 0) unknown[at] = true;
      else gmv[at]! += flat[i + 3] as number;
    }
  }
  let sum = 0;
  for (let i = 0; i < sampled.count; i++) {
    if (unknown[i]) return null;
    sum += gmv[i]!;
  }
  return sum;
}

function finish(f: SampleFunnel): void {
  f.onTimeRate = ratio(f.deliveredOnTime, f.shipped - f.awaiting);
  f.gmvPerSample = ratio(f.gmv, f.shipped);
  f.gmvPerCost = ratio(f.gmv, f.sampleCost);
}

export function sampleRoi(index: ProgramIndex, options: AnalysisOptions): SampleRoi {
  const { settings } = options;
  const asOfDay = localDayOfTimestamp(options.asOf);
  const range = windowEndingOn(asOfDay, settings.sampleRoiWindowDays);
  const contentDays = settings.sampleContentWindowDays;
  const program = emptyFunnel();
  const creators: CreatorSampleRoi[] = [];
  const sampled: SampledProducts = { products: [], firstShip: [], gmv: [], unknown: [], count: 0 };

  for (const entry of index.entries) {
    // The funnel is made on the first sample shipped in the window: most creators have none (no array per creator).
    let f: CreatorSampleRoi | null = null;
    sampled.count = 0;
    for (const s of entry.samples) {
      const shipDay = s.shipDay;
      if (shipDay === null || shipDay < range.from || shipDay > range.to) continue;
      f ??= emptyCreatorFunnel(entry.key, entry.handle);
      f.shipped++;
      const delivered = s.deliveredDay !== null && s.deliveredDay <= asOfDay ? s.deliveredDay : null;
      if (delivered !== null) {
        if (delivered - shipDay <= contentDays) f.deliveredOnTime++;
        else f.deliveredLate++;
      } else if (asOfDay - shipDay <= contentDays) f.awaiting++;
      else f.overdue++;
      f.sampleCost = f.sampleCost === null || s.cost === null ? null : f.sampleCost + s.cost;
      const at = sampledAt(sampled, s.productId);
      if (at < 0) {
        sampled.products[sampled.count] = s.productId;
        sampled.firstShip[sampled.count] = shipDay;
        sampled.count++;
      } else if (shipDay < sampled.firstShip[at]!) sampled.firstShip[at] = shipDay;
    }
    if (f === null) continue;
    // One GMV per product, from its first shipment: two samples of a product don't double count.
    f.gmv = index.hasOrders ? sampledProductsGmv(entry, sampled, asOfDay) : null;
    finish(f);
    creators.push(f);

    program.shipped += f.shipped;
    program.deliveredOnTime += f.deliveredOnTime;
    program.deliveredLate += f.deliveredLate;
    program.awaiting += f.awaiting;
    program.overdue += f.overdue;
    program.gmv = program.gmv === null || f.gmv === null ? null : program.gmv + f.gmv;
    program.sampleCost = program.sampleCost === null || f.sampleCost === null ? null : program.sampleCost + f.sampleCost;
  }
  if (!index.hasOrders) program.gmv = null;
  finish(program);
  return {
    window: { days: settings.sampleRoiWindowDays, from: isoDay(range.from), to: isoDay(range.to) },
    program,
    creators,
  };
}
