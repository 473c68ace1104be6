/**
 * Sample ROI (playbook §2): samples shipped → content delivered within the content window → GMV.
 * GMV after a sample is the creator's affiliate orders for the sampled product created on or after
 * the (first) ship day, up to the day of `asOf`. Only orders carry a product, so without stored
 * orders the GMV is unknown. Canceled samples are not counted.
 */
import { isoDay, localDayOfTimestamp, windowEndingOn } from '../calendar/days';
import { productGmv } from './entry-records';
import type { ProgramIndex } from './program-index-model';
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

  for (const entry of index.entries) {
    // The funnel is made on the first sample shipped in the window: most creators have none (no array per creator).
    let f: CreatorSampleRoi | null = null;
    let firstShipByProduct: Map<string, number> | null = null;
    for (const s of entry.samples) {
      const shipDay = s.shipDay;
      if (shipDay === null || shipDay < range.from || shipDay > range.to) continue;
      if (f === null || firstShipByProduct === null) {
        f = emptyCreatorFunnel(entry.key, entry.handle);
        firstShipByProduct = new Map<string, number>();
      }
      f.shipped++;
      const delivered = s.deliveredDay !== null && s.deliveredDay <= asOfDay ? s.deliveredDay : null;
      if (delivered !== null) {
        if (delivered - shipDay <= contentDays) f.deliveredOnTime++;
        else f.deliveredLate++;
      } else if (asOfDay - shipDay <= contentDays) f.awaiting++;
      else f.overdue++;
      f.sampleCost = f.sampleCost === null || s.cost === null ? null : f.sampleCost + s.cost;
      const first = firstShipByProduct.get(s.productId);
      if (first === undefined || shipDay < first) firstShipByProduct.set(s.productId, shipDay);
    }
    if (f === null || firstShipByProduct === null) continue;
    // One GMV per product, from its first shipment: two samples of a product don't double count.
    if (!index.hasOrders) f.gmv = null;
    else {
      for (const [productId, shipDay] of firstShipByProduct) {
        const gmv = productGmv(entry, productId, shipDay, asOfDay);
        f.gmv = f.gmv === null || gmv === null ? null : f.gmv + gmv;
      }
    }
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
