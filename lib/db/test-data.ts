/** Realistic records of every table, for backup tests (not imported by production code). */
import type { BriefTemplate } from '../briefs/model';
import { emptyBrief } from '../briefs/model';
import { backedUpTables, type CreatorDeskDb } from './database';
import type { CaptureLogEntry, ContentPiece, Creator, MetricSnapshot } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import { type ReportedFigures, reportedFiguresId } from '../model/reported';
import type { OutreachEntry, ProductCost, SparkSpend } from '../model/review';
import type { EligibilityRecord } from '../model/eligibility';

const T0 = Date.UTC(2026, 9, 1, 12);
const DAY = 86_400_000;

export function creatorRecord(index: number): Creator {
  const id = `74930000000${String(index).padStart(8, '0')}`;
  return {
    key: index % 5 === 0 ? `h:creator_${index}` : `id:${id}`,
    ...(index % 5 === 0 ? {} : { creatorId: id }),
    handle: `creator_${index}`,
    handleDisplay: `Creator_${index}`,
    displayName: `Creator ${index} <b>"quoted"</b> ✨`,
    categories: index % 2 ? ['Beauty & Personal Care'] : [],
    ...(index % 3 ? { audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' } } : {}),
    metrics: {
      followers: { kind: 'exact', value: 1000 + index * 37, raw: `${1 + index}K` },
      gmv: { kind: 'range', min: 5000, max: index % 4 ? 25000 : null, unit: 'USD', raw: '$5K-$25K' },
      engagementRate: { kind: 'exact', value: 0.034, unit: 'percent', raw: '3.4%' },
    },
    sources: ['find-creators', 'import:creators'],
    region: 'US',
    firstSeen: T0 + index,
    lastSeen: T0 + index * 2,
    updatedAt: T0 + index,
  };
}

export function contentRecord(index: number, creators: number): ContentPiece {
  const contentId = `73${String(index).padStart(17, '0')}`;
  return {
    key: `video:${contentId}`,
    contentId,
    type: 'video',
    creatorKey: creatorRecord(index % creators).key,
    creatorHandle: `creator_${index % creators}`,
    title: `Video ${index}: routine, tips & "tricks" 🎥`,
    postDate: `2026-${String((index % 9) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    productIds: [`17290000000000000${index % 10}`],
    metrics: {
      views: { kind: 'exact', value: index * 11, raw: String(index * 11) },
      gmv: { kind: 'exact', value: (index % 500) + 0.5, unit: 'USD', raw: `$${(index % 500) + 0.5}` },
      ctr: { kind: 'exact', value: 0.012, unit: 'percent', raw: '1.2%' },
    },
    ...(index % 50 === 0 ? { briefId: 'brief-1' } : {}),
    firstSeen: T0,
    lastSeen: T0 + DAY,
    updatedAt: T0,
  };
}

export function orderRecord(index: number, creators: number): AffiliateOrder {
  const orderId = `57${String(Math.floor(index / 2)).padStart(16, '0')}`;
  return {
    key: `${orderId}:sku${index % 2}`,
    orderId,
    creatorKey: creatorRecord(index % creators).key,
    creatorHandle: `creator_${index % creators}`,
    productId: '1729000000000000001',
    skuId: `sku${index % 2}`,
    contentType: index % 3 ? 'video' : 'showcase',
    ...(index % 3 ? { contentId: `73${String(index).padStart(17, '0')}` } : {}),
    paymentAmount: index % 7 ? 19.99 : null,
    currency: 'USD',
    quantity: 1,
    commissionRate: 0.15,
    estCommission: 2.99,
    actualCommission: index % 4 ? null : 2.5,
    status: index % 2 ? 'Completed' : 'Pending',
    statusHistory: [{ status: 'Pending', at: T0 }, ...(index % 2 ? [{ status: 'Completed', at: T0 + DAY }] : [])],
    createdAt: T0 - index * 60_000,
    refunded: index % 10 === 0 ? true : null,
    firstSeen: T0,
    lastSeen: T0 + DAY,
    updatedAt: T0 + DAY,
  };
}

export function snapshotRecord(index: number): MetricSnapshot {
  return { creatorKey: creatorRecord(index).key, day: '2026-10-01', metrics: creatorRecord(index).metrics, updatedAt: T0 };
}

export function reportedRecord(index: number): ReportedFigures {
  const creatorKey = creatorRecord(index).key;
  const period = { from: '2026-07-04', to: '2026-10-01' };
  return {
    id: reportedFiguresId(creatorKey, 'manage-creators', period, '2026-10-01'),
    creatorKey,
    source: 'manage-creators',
    period,
    capturedDay: '2026-10-01',
    capturedAt: T0,
    currency: 'USD',
    metrics: creatorRecord(index).metrics,
  };
}

export function captureLogRecord(index: number): CaptureLogEntry {
  return {
    id: index + 1,
    at: T0 + index,
    url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
    pageKind: 'find-creators',
    region: 'US',
    status: index % 2 ? 'stored' : 'unrecognized',
    ...(index % 2 ? { entity: 'creators' as const } : { headers: ['Creator', 'Whatever'] }),
    rowsRead: 20,
    created: 3,
    updated: 2,
    unchanged: 14,
    rejected: 1,
    reasons: [{ reason: 'no creator id or handle', count: 1 }],
  };
}

export function collaborationRecord(index: number): Collaboration {
  return {
    id: `inv-${index}`,
    kind: index % 2 ? 'target' : 'open',
    name: `Autumn glow ${index}`,
    creatorKeys: [creatorRecord(index).key],
    creatorHandles: [],
    productIds: ['1729000000000000001'],
    commissionRate: 0.15,
    validFrom: '2026-10-01',
    validTo: '2026-12-31',
    status: 'ongoing',
    statusHistory: [
      { status: 'pending', at: T0 },
      { status: 'ongoing', at: T0 + DAY },
    ],
    firstSeen: T0,
    lastSeen: T0 + DAY,
    updatedAt: T0 + DAY,
  };
}

export function sampleRecord(index: number): SampleRequest {
  return {
    id: `sample-${index}`,
    creatorKey: creatorRecord(index).key,
    creatorHandle: `creator_${index}`,
    productId: '1729000000000000001',
    productName: 'Glow serum',
    sku: 'Default',
    status: 'shipped',
    statusHistory: [
      { status: 'requested', at: T0 },
      { status: 'shipped', at: T0 + DAY },
    ],
    requestedAt: T0,
    shippedAt: T0 + DAY,
    sampleCost: index % 2 ? { amount: 12.5, currency: 'USD' } : null,
    firstSeen: T0,
    lastSeen: T0 + DAY,
    updatedAt: T0 + DAY,
  };
}

export function programRecord(index: number): CreatorProgram {
  return {
    creatorKey: creatorRecord(index).key,
    agreedPostsPerWeek: 3,
    flatFeePerPost: index % 2 ? { amount: 150, currency: 'USD' } : null,
    ...(index % 2 ? { agreedCommissionRate: 0.15, startDate: '2026-09-01', exclusivity: { from: '2026-09-01', to: '2026-12-31' } } : {}),
    acceptedTier: 'tier2',
    tierHistory: [{ tier: 'tier2', at: T0, by: 'seller' }],
    dismissedSuggestions: [{ kind: 'promote', fromTier: 'tier2', toTier: 'tier3', at: T0 }],
    compliance: { flagged: index % 3 === 0, ...(index % 3 === 0 ? { note: 'Unsubstantiated claim', at: T0 } : {}) },
    contact: { channel: 'email', handle: `creator${index}@example.com` },
    notes: 'Converts well on problem-agitation hooks.',
    updatedAt: T0,
  };
}

export function briefTemplateRecord(index: number): BriefTemplate {
  const brief = { ...emptyBrief({ productName: 'Glow serum', productId: '1729000000000000001' }), title: `Brief ${index}` };
  return {
    id: `brief-${index}`,
    productName: 'Glow serum',
    productId: '1729000000000000001',
    name: `Glow serum brief ${index}`,
    archived: false,
    createdAt: T0,
    updatedAt: T0,
    starterAngle: null,
    brief,
    versions: [{ version: 1, savedAt: T0, brief }],
  } as BriefTemplate;
}

export function productCostRecord(index: number): ProductCost {
  return { productId: `17290000000000000${10 + index}`, productName: `Product ${index}`, cost: { amount: 4.5 + index, currency: 'USD' }, updatedAt: T0 };
}

export function sparkSpendRecord(index: number): SparkSpend {
  return { contentKey: contentRecord(index, 1).key, creatorKey: creatorRecord(0).key, spend: { amount: 120, currency: 'USD' }, updatedAt: T0 };
}

export function outreachRecord(index: number): OutreachEntry {
  const sent = index % 2 === 0;
  return {
    id: `outreach-${index}`,
    creatorKeys: [creatorRecord(index).key],
    kind: sent ? 'reminder' : 'update',
    channel: sent ? 'whatsapp' : 'email',
    summary: `Message ${index}`,
    text: 'Hi! Just checking in on the sample.',
    at: T0 + index,
    status: sent ? 'sent' : 'copied',
    ...(sent ? { sentAt: T0 + index + 60_000 } : {}),
    origin: 'panel',
    updatedAt: T0 + index,
  };
}

export function eligibilityRecord(index: number): EligibilityRecord {
  const day = `2026-11-${String(10 + (index % 20)).padStart(2, '0')}`;
  return index % 2 === 0
    ? { id: `shop\u0000${day}`, subject: 'shop', day, storeRating: 4.5, counterfeitChecked: true, sources: ['account-health'], updatedAt: T0 + index }
    : { id: `product:17${index}\u0000${day}`, subject: `product:17${index}`, day, productId: `17${index}`, reviews: 40, negativeReviews: 1, sources: ['product-rating'], updatedAt: T0 + index };
}

export interface Sizes {
  creators: number;
  content: number;
  orders: number;
}

/** Fills every table: the given numbers of creators, content and orders, a few of everything else. */
export async function fillDatabase(db: CreatorDeskDb, sizes: Sizes): Promise<void> {
  const range = (n: number) => Array.from({ length: n }, (_, index) => index);
  const small = Math.min(sizes.creators, 50);
  await db.transaction('rw', db.tables, async () => {
    await db.creators.bulkAdd(range(sizes.creators).map(creatorRecord));
    await db.content.bulkAdd(range(sizes.content).map((i) => contentRecord(i, sizes.creators)));
    await db.orders.bulkAdd(range(sizes.orders).map((i) => orderRecord(i, sizes.creators)));
    await db.snapshots.bulkAdd(range(small).map(snapshotRecord));
    await db.captureLog.bulkAdd(range(small).map(captureLogRecord));
    await db.collaborations.bulkAdd(range(small).map(collaborationRecord));
    await db.samples.bulkAdd(range(small).map(sampleRecord));
    await db.programs.bulkAdd(range(small).map(programRecord));
    await db.settings.bulkAdd([
      { id: 'settings', values: { inactiveDays: 30, promoteAfterDays: 90 }, updatedAt: T0 },
      { id: 'brief-checks', values: { rules: ['no medical claims'] }, updatedAt: T0 },
    ]);
    await db.briefTemplates.bulkAdd(range(3).map(briefTemplateRecord));
    await db.reported.bulkAdd(range(small).map(reportedRecord));
    await db.productCosts.bulkAdd(range(3).map(productCostRecord));
    await db.sparkSpend.bulkAdd(range(2).map(sparkSpendRecord));
    await db.outreach.bulkAdd(range(small).map(outreachRecord));
    await db.eligibility.bulkAdd(range(Math.min(small, 20)).map(eligibilityRecord));
  });
}

/** Every table's records, by table name. */
export async function dumpDatabase(db: CreatorDeskDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of backedUpTables(db)) dump[table.name] = await table.toArray();
  return dump;
}
