/**
 * The side panel bench's dataset: stored records as the extension keeps them (creators, content,
 * snapshots, orders, samples, collaborations, programs), dated relative to `asOf` so the panel's
 * windows (which end today) have data in them. Deterministic from a seed; no Node APIs.
 */
import { isoDay, localDayOfTimestamp } from '../../../lib/calendar/days';
import type { ContentPiece, Creator, MetricSnapshot } from '../../../lib/model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest, Tier } from '../../../lib/model/program';
import { CATEGORIES, CONTENT_TITLES, count, creatorIdFor, DISPLAY_NAMES, handleFor, percent, picker, usd } from './random';

export interface PanelDataSize {
  /** Days of history the content and orders spread over (default 120). */
  days?: number;
  creators: number;
  content: number;
  snapshotsPerCreator: number;
  orders: number;
  samples: number;
  collaborations: number;
  /** Creators with a program record (accepted tier, agreed posts…). */
  programs: number;
}

export interface PanelData {
  creators: Creator[];
  content: ContentPiece[];
  snapshots: MetricSnapshot[];
  orders: AffiliateOrder[];
  samples: SampleRequest[];
  collaborations: Collaboration[];
  programs: CreatorProgram[];
}

const DAY_MS = 86_400_000;
/** Content and orders spread over this many days before `asOf`. */
const DEFAULT_DAYS = 120;


export function generatePanelData(size: PanelDataSize, asOf: number, seed = 5100): PanelData {
  const DAYS = size.days ?? DEFAULT_DAYS;
  const p = picker(seed);
  const asOfDay = localDayOfTimestamp(asOf);
  const now = asOf;

  const creators: Creator[] = [];
  const snapshots: MetricSnapshot[] = [];
  for (let i = 0; i < size.creators; i++) {
    const creatorId = creatorIdFor(i);
    const handle = handleFor(i, p);
    const followers = Math.round(1000 * 10 ** (p.random() * 3.5));
    creators.push({
      key: `id:${creatorId}`,
      creatorId,
      handle: handle.toLowerCase(),
      handleDisplay: handle,
      displayName: p.pick(DISPLAY_NAMES),
      categories: [p.pick(CATEGORIES)],
      metrics: {
        followers: i % 10 === 0 ? { kind: 'range', min: 10_000, max: 50_000, raw: '10K-50K' } : count(followers),
        gmv: usd(Math.round(p.random() * 500_000)),
        itemsSold: count(p.int(50_000)),
        avgVideoViews: count(200 + p.int(2_000_000)),
        engagementRate: percent(0.005 + p.random() * 0.09),
        orders: count(50 + p.int(100)),
        customers: count(40 + p.int(40)),
      },
      sources: ['find-creators'],
      firstSeen: now - DAYS * DAY_MS,
      lastSeen: now - p.int(20) * DAY_MS,
      updatedAt: now,
    });
    for (let s = 0; s < size.snapshotsPerCreator; s++) {
      snapshots.push({
        creatorKey: `id:${creatorId}`,
        day: isoDay(asOfDay - s * 7 - p.int(7)),
        metrics: { followers: count(followers), orders: count(20 + p.int(50)), customers: count(15 + p.int(20)) },
        updatedAt: now,
      });
    }
  }
  // Snapshot keys are [creatorKey+day]: drop the rare same-day duplicates the random days make.
  const seen = new Set<string>();
  const uniqueSnapshots = snapshots.filter((s) => {
    const key = `${s.creatorKey} ${s.day}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const content: ContentPiece[] = [];
  for (let i = 0; i < size.content; i++) {
    const creator = creators[p.int(creators.length)]!;
    const live = i % 8 === 0;
    const views = 500 + p.int(3_000_000);
    const clicks = p.int(400);
    content.push({
      key: `${live ? 'live' : 'video'}:73${String(i).padStart(17, '0')}`,
      contentId: `73${String(i).padStart(17, '0')}`,
      type: live ? 'live' : 'video',
      creatorKey: creator.key,
      creatorHandle: creator.handle,
      title: `${p.pick(CONTENT_TITLES)} #${i}`,
      postDate: i % 200 === 0 ? undefined : isoDay(asOfDay - p.int(DAYS)),
      productIds: [`17299${String(p.int(400)).padStart(14, '0')}`],
      metrics: {
        views: count(views),
        likes: count(Math.round(views * 0.05 * p.random())),
        comments: count(p.int(2_000)),
        shares: count(p.int(1_500)),
        gmv: usd(Math.round(p.random() * 20_000 * 100) / 100),
        orders: count(Math.floor(clicks * p.random() * 0.05)),
        itemsSold: count(p.int(800)),
        clicks: count(clicks),
        ctr: percent(p.random() * 0.05),
        ...(live ? {} : { hookRetention: percent(0.1 + p.random() * 0.5) }),
      },
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const orders: AffiliateOrder[] = [];
  for (let i = 0; i < size.orders; i++) {
    const piece = content[p.int(content.length)]!;
    const amount = Math.round((5 + p.random() * 80) * 100) / 100;
    const orderId = String(5_700_000_000 + i);
    orders.push({
      key: `${orderId}:${i}`,
      orderId,
      creatorKey: piece.creatorKey,
      creatorHandle: piece.creatorHandle,
      productId: piece.productIds[0],
      skuId: String(i),
      contentType: piece.type,
      contentId: piece.contentId,
      paymentAmount: amount,
      currency: 'USD',
      quantity: 1,
      commissionRate: 0.15,
      estCommission: Math.round(amount * 15) / 100,
      actualCommission: i % 2 === 0 ? Math.round(amount * 15) / 100 : null,
      status: 'Completed',
      createdAt: asOf - Math.floor(p.random() * DAYS * DAY_MS),
      refunded: i % 50 === 0,
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const samples: SampleRequest[] = [];
  for (let i = 0; i < size.samples; i++) {
    const creator = creators[p.int(creators.length)]!;
    const shippedAt = asOf - p.int(DAYS) * DAY_MS;
    const delivered = p.chance(0.6);
    samples.push({
      id: `sample-${i}`,
      creatorKey: creator.key,
      creatorHandle: creator.handle,
      productId: `17299${String(i % 400).padStart(14, '0')}`,
      status: delivered ? 'content-delivered' : 'shipped',
      statusHistory: [{ status: 'shipped', at: shippedAt }],
      shippedAt,
      contentDeliveredAt: delivered ? shippedAt + p.int(25) * DAY_MS : undefined,
      sampleCost: i % 4 === 0 ? null : { amount: 12, currency: 'USD' },
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const collaborations: Collaboration[] = [];
  const perCollaboration = Math.max(1, Math.floor(creators.length / Math.max(1, size.collaborations)));
  for (let c = 0; c < size.collaborations; c++) {
    collaborations.push({
      id: `inv-${c}`,
      kind: 'target',
      name: `Campaign ${c}`,
      creatorKeys: creators.slice(c * perCollaboration, (c + 1) * perCollaboration).map((creator) => creator.key),
      productIds: [`17299${String(c % 400).padStart(14, '0')}`],
      commissionRate: 0.15,
      validFrom: isoDay(asOfDay - 100),
      validTo: isoDay(asOfDay + 30),
      status: c % 10 === 0 ? 'canceled' : 'ongoing',
      statusHistory: [],
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const tiers: (Tier | null)[] = [null, 'prospect', 'tier1', 'tier1', 'tier1', 'tier2', 'tier3'];
  const programs: CreatorProgram[] = [];
  for (let i = 0; i < Math.min(size.programs, creators.length); i++) {
    const acceptedTier = tiers[i % tiers.length] ?? null;
    programs.push({
      creatorKey: creators[i]!.key,
      agreedPostsPerWeek: i % 3 === 0 ? null : 1 + (i % 4),
      flatFeePerPost: acceptedTier === 'tier2' || acceptedTier === 'tier3' ? { amount: 50 + (i % 5) * 25, currency: 'USD' } : null,
      acceptedTier,
      tierHistory: acceptedTier ? [{ tier: acceptedTier, at: now - (30 + p.int(200)) * DAY_MS, by: 'seller' }] : [],
      dismissedSuggestions: [],
      compliance: { flagged: i % 97 === 0 },
      updatedAt: now,
    });
  }

  return { creators, content, snapshots: uniqueSnapshots, orders, samples, collaborations, programs };
}
