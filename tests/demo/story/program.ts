/**
 * The demo program: sixteen weeks of a US beauty shop's creator program, generated relative to the
 * moment the demo runs (`asOf`), as the records Creator Desk stores. The story it tells (each part
 * checked by tests/unit/demo-story.test.ts with the real analytics):
 * - a roster of 55 creators across Tier 3, Tier 2, Tier 1 and prospects (five more are found on
 *   Find creators today, see ./pages.ts), with the seller's agreed posting rates and flat fees;
 * - content velocity rising as mid-program recruits ramp up, while a few Tier 1s fall behind;
 * - one Tier 1 creator (@serumsofia) ready for promotion, a Tier 2 partner slipping to a demotion;
 * - zombies: five creators in an active collaboration who stopped posting over 30 days ago;
 * - the SPF 50 launch: samples out, some overdue, some still within the 14 days;
 * - Spark Ads candidates (videos with hundreds of clicks, ranked by conversion);
 * - briefs with posts tagged to them, and a draft whose claims the checks must stop.
 * Deterministic for a given `asOf`; no Node APIs. Weeks are counted back from `asOf`, so the rolling
 * weeks the analytics use line up with the generated ones whatever the weekday.
 */
import { isoDay, localDayOfTimestamp, parseDay } from '../../../lib/calendar/days';
import type { Brief, BriefTemplate } from '../../../lib/briefs/model';
import type { ContentPiece, Creator, MetricSnapshot } from '../../../lib/model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest, Tier } from '../../../lib/model/program';
import type { Quantity } from '../../../lib/parse/quantity';
import { compact, picker } from '../../bench/browser/random';
import { CAST, creatorIdOf, PRODUCTS, type CastMember, type Role } from './cast';

export const PROGRAM_WEEKS = 16;
const DAY_MS = 86_400_000;
/** Regular posts feature these products; the SPF 50 (the launch) appears only after its samples. */
const REGULAR_PRODUCTS = PRODUCTS.slice(0, 4);
const SPF = PRODUCTS[4]!;
/** How long a creator has to post after a sample arrives (the playbook's default). */
const SAMPLE_CONTENT_DAYS = 14;

export interface DemoTables {
  creators: Creator[];
  content: ContentPiece[];
  snapshots: MetricSnapshot[];
  captureLog: never[];
  collaborations: Collaboration[];
  samples: SampleRequest[];
  orders: AffiliateOrder[];
  programs: CreatorProgram[];
  settings: never[];
  briefTemplates: BriefTemplate[];
}

/** Who plays which part, for the demo's summary and the tests. */
export interface DemoStory {
  asOf: number;
  star: string;
  slippingPartner: string;
  zombies: string[];
  rising: string[];
  falling: string[];
  lowConverters: string[];
  /** Found on Find creators today (not in the stored program yet). */
  newcomers: string[];
  overdueSamples: string[];
  awaitingSamples: string[];
  briefs: { id: string; name: string; taggedPosts: number }[];
  /** The draft brief whose claims the compliance checks flag. */
  riskyBrief: string;
}

export interface DemoProgram {
  tables: DemoTables;
  story: DemoStory;
}

/** Members of the stored program (everyone but today's newcomers), with their cast index. */
export function programMembers(): { member: CastMember; index: number }[] {
  return CAST.map((member, index) => ({ member, index })).filter(({ member }) => member.role !== 'newcomer');
}

const handlesOf = (role: Role) => CAST.filter((m) => m.role === role).map((m) => m.handle);

function tierOf(member: CastMember): Tier {
  if (member.role === 'prospect' || member.followers < 5_000) return 'prospect';
  if (member.followers >= 500_000) return 'tier3';
  if (member.followers >= 100_000) return 'tier2';
  return 'tier1';
}

/** Week (0 = the oldest of the 16, 15 = the 7 days ending today) in which the creator joined. */
function joinWeek(member: CastMember, index: number): number {
  if (member.role === 'rising') return 7 + (index % 3);
  // The roster grew over the first three months (month 1 is roster and seeding, playbook §4).
  if (member.role === 'steady' || member.role === 'prospect' || member.role === 'low-converter') return (index * 5) % 12;
  return 0;
}

/** Posts the creator makes in week `w` (weeks are 7-day blocks ending on the day of `asOf`). */
function postsInWeek(member: CastMember, index: number, w: number): number {
  const offBeat = (w + index) % 3 === 0; // most creators skip about one week in three
  switch (member.role) {
    case 'star':
      return 3;
    case 'partner':
      if (tierOf(member) === 'tier3') return 1 + ((w + index) % 4 === 0 ? 1 : 0);
      return offBeat ? 0 : 4;
    case 'slipping-partner':
      return w < 11 ? (offBeat ? 0 : 4) : w === 12 || w === 14 ? 1 : 0;
    case 'steady':
    case 'low-converter':
      return offBeat ? 0 : 2;
    case 'zombie':
      return offBeat ? 0 : 2; // cut off at the last post day (see `lastPostDayOf`)
    case 'rising': {
      const since = w - joinWeek(member, index);
      return since < 0 ? 0 : Math.min(4, 1 + Math.floor(since / 2));
    }
    case 'falling':
      return w < 11 ? 3 : w === 12 || w === 14 ? 1 : 0;
    case 'prospect':
      return (w + index) % 3 === 1 ? 1 : 0;
    case 'newcomer':
      return 0;
  }
}

/** Zombies post until 35–75 days before today, then fall silent. */
function lastPostDayOf(member: CastMember, index: number, today: number): number {
  return member.role === 'zombie' ? today - 35 - ((index * 11) % 40) : today;
}

/** Orders per click: who converts. */
function conversionOf(member: CastMember, index: number): number {
  if (member.role === 'star') return 0.055;
  if (member.role === 'low-converter') return 0.006;
  if (member.role === 'partner' || member.role === 'slipping-partner') return 0.03 + (index % 4) * 0.003;
  if (member.role === 'prospect') return 0.03;
  return 0.012 + ((index * 7) % 20) / 1000;
}

const AGREED_POSTS: Record<Role, number | null> = {
  partner: 2, // Tier 3 partners agree to 1
  'slipping-partner': 2,
  star: 2,
  steady: 1,
  'low-converter': 1,
  zombie: 1,
  rising: 1,
  falling: 2,
  prospect: null,
  newcomer: null,
};

const FLAT_FEE: Partial<Record<Tier, number>> = { tier3: 150, tier2: 40 };
const COMMISSION: Record<Tier, number> = { tier3: 0.1, tier2: 0.12, tier1: 0.15, prospect: 0.15 };

// ---- Quantities as the adapters store them -------------------------------------------------

const exact = (value: number, raw: string, unit?: 'USD' | 'percent'): Quantity =>
  unit ? { kind: 'exact', value, unit, raw } : { kind: 'exact', value, raw };
const count = (value: number) => exact(value, value < 1000 ? String(value) : compact(value));
const usd = (value: number) => exact(value, `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`, 'USD');
const rate = (fraction: number) => exact(fraction, `${(fraction * 100).toFixed(1)}%`, 'percent');
const cents = (value: number) => Math.round(value * 100) / 100;

/** Epoch ms of a local wall time on day number `day`. */
function localTime(day: number, hour: number, minute = 0): number {
  const [y, m, d] = isoDay(day).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
}

// ---- The generator ---------------------------------------------------------------------------

interface Post {
  piece: ContentPiece;
  member: CastMember;
  index: number;
  day: number;
  product: (typeof PRODUCTS)[number];
}

export function generateDemoProgram(asOf: number, seed = 2026): DemoProgram {
  const p = picker(seed);
  const today = localDayOfTimestamp(asOf);
  const start = today - PROGRAM_WEEKS * 7 + 1;
  const members = programMembers();
  const keyOf = (index: number) => `id:${creatorIdOf(index)}`;
  const joinDayOf = (member: CastMember, index: number) => start + joinWeek(member, index) * 7;

  // When each creator posts: 7-day weeks counted back from today.
  const schedule = new Map<number, number[]>();
  for (const { member, index } of members) {
    const lastDay = lastPostDayOf(member, index, today);
    const days: number[] = [];
    for (let w = joinWeek(member, index); w < PROGRAM_WEEKS; w++) {
      const weekStart = start + w * 7;
      const n = postsInWeek(member, index, w);
      for (let k = 0; k < n; k++) {
        const day = weekStart + Math.min(6, Math.max(0, Math.floor(((k + 0.5) * 7) / n) + p.int(3) - 1));
        if (day <= today && day <= lastDay) days.push(day);
      }
    }
    schedule.set(index, days.sort((a, b) => a - b));
  }

  // Samples: a delivered one is the product of the creator's first post after it arrived.
  const samples: SampleRequest[] = [];
  const overdueSamples: string[] = [];
  const awaitingSamples: string[] = [];
  /** Cast index → post day → the sampled product that post features. */
  const sampledPosts = new Map<number, Map<number, (typeof PRODUCTS)[number]>>();
  let sampleSeq = 0;
  const addSample = (index: number, product: (typeof PRODUCTS)[number], shippedDay: number, delivered: boolean) => {
    const member = CAST[index]!;
    const shippedAt = localTime(shippedDay, 11, 30);
    const requestedAt = shippedAt - 2 * DAY_MS;
    const postDay = delivered ? schedule.get(index)!.find((day) => day > shippedDay && day <= shippedDay + SAMPLE_CONTENT_DAYS) : undefined;
    const deliveredAt = postDay === undefined ? undefined : localTime(postDay, 19);
    if (postDay !== undefined) {
      const posts = sampledPosts.get(index) ?? new Map();
      posts.set(postDay, product);
      sampledPosts.set(index, posts);
    }
    samples.push({
      id: `7401${String(880_000_000_000_000 + ++sampleSeq * 37).padStart(15, '0')}`,
      creatorKey: keyOf(index),
      creatorHandle: member.handle,
      productId: product.id,
      productName: product.name,
      sku: 'Default',
      status: deliveredAt ? 'content-delivered' : 'shipped',
      statusHistory: [
        { status: 'requested', at: requestedAt },
        { status: 'shipped', at: shippedAt },
        ...(deliveredAt ? [{ status: 'content-delivered' as const, at: deliveredAt }] : []),
      ],
      requestedAt,
      shippedAt,
      ...(deliveredAt ? { contentDeliveredAt: deliveredAt } : {}),
      sampleCost: { amount: 9.5, currency: 'USD' },
      firstSeen: requestedAt,
      lastSeen: asOf - DAY_MS,
      updatedAt: deliveredAt ?? shippedAt,
    });
  };
  /** Three days before the creator's first post on or after `day`. */
  const shipBeforePostFrom = (index: number, day: number) => {
    const post = schedule.get(index)!.find((d) => d >= day);
    return post === undefined ? null : post - 3;
  };
  for (const { member, index } of members) {
    const tier = tierOf(member);
    if (tier === 'tier3' || tier === 'tier2') continue;
    // Seeding: a sample of the serum when the creator joined.
    const seeded = shipBeforePostFrom(index, joinDayOf(member, index));
    if (seeded !== null && (member.role !== 'prospect' || index % 2 === 0)) addSample(index, PRODUCTS[0]!, seeded, true);
    // The SPF 50 launch, six weeks ago, for the busy ones: posted on time.
    if (member.role === 'star' || ((member.role === 'steady' || member.role === 'rising') && index % 2 === 0)) {
      const launch = shipBeforePostFrom(index, today - 38 + (index % 5));
      if (launch !== null) addSample(index, SPF, launch, true);
    }
  }
  // The chase list: SPF samples to the silent and the slowing, never posted.
  for (const { member, index } of members) {
    if (member.role === 'zombie' || member.role === 'falling') {
      addSample(index, SPF, today - 18 - (index % 9), false);
      overdueSamples.push(member.handle);
    }
  }
  // Still within their 14 days.
  for (const { member, index } of members.filter(({ member }) => member.role === 'rising').slice(0, 3)) {
    addSample(index, SPF, today - 2 - (index % 3), false);
    awaitingSamples.push(member.handle);
  }

  // Content and the orders it brought.
  const posts: Post[] = [];
  let contentSeq = 0;
  for (const { member, index } of members) {
    for (const day of schedule.get(index)!) {
      const week = Math.floor((day - start) / 7);
      const product = sampledPosts.get(index)?.get(day) ?? REGULAR_PRODUCTS[(index + week + p.int(2)) % REGULAR_PRODUCTS.length]!;
      posts.push(makePost(member, index, day, product, ++contentSeq));
    }
  }

  function makePost(member: CastMember, index: number, day: number, product: (typeof PRODUCTS)[number], seq: number): Post {
    const live = member.role === 'partner' && seq % 7 === 0;
    // Views per post: big accounts reach a smaller share of their followers; Tier 1s sit close together.
    const tier = tierOf(member);
    const typical =
      member.role === 'star' ? member.followers * 1.6
      : tier === 'tier3' ? member.followers * 0.2
      : tier === 'tier2' ? member.followers * 0.25
      : tier === 'tier1' ? 15_000 + member.followers * 0.35
      : 6_000 + member.followers;
    const views = Math.round(typical * (0.6 + p.random() * 0.8));
    const impressions = Math.round(views * (0.3 + p.random() * 0.1));
    const ctr = 0.018 + p.random() * 0.02;
    const clicks = Math.round(impressions * ctr);
    const contentId = `748${String(1_200_000_000_000_000 + seq * 104_729).padStart(16, '0')}`;
    const piece: ContentPiece = {
      key: `${live ? 'live' : 'video'}:${contentId}`,
      contentId,
      type: live ? 'live' : 'video',
      creatorKey: keyOf(index),
      creatorHandle: member.handle,
      title: `${p.pick(TITLES)} — ${product.name}`,
      postDate: isoDay(day),
      productIds: [product.id],
      metrics: {
        views: count(views),
        likes: count(Math.round(views * (0.04 + p.random() * 0.05))),
        comments: count(Math.round(views * 0.002)),
        shares: count(Math.round(views * 0.001)),
        productImpressions: count(impressions),
        clicks: count(clicks),
        ctr: rate(clicks / Math.max(1, impressions)),
        completionRate: rate(0.2 + p.random() * 0.3),
        ...(live ? {} : { hookRetention: rate(member.role === 'low-converter' ? 0.16 + p.random() * 0.06 : 0.28 + p.random() * 0.25) }),
      },
      firstSeen: localTime(Math.min(today, day + 1), 9),
      lastSeen: asOf - DAY_MS,
      updatedAt: localTime(Math.min(today, day + 1), 9),
    };
    return { piece, member, index, day, product };
  }

  const orders: AffiliateOrder[] = [];
  let orderSeq = 0;
  for (const post of posts) {
    const tier = tierOf(post.member);
    const expected = Number(exactValueOf(post.piece.metrics.clicks)) * conversionOf(post.member, post.index);
    const wanted = Math.floor(expected) + (p.random() < expected % 1 ? 1 : 0);
    let gmv = 0;
    let placed = 0;
    for (let k = 0; k < wanted; k++) {
      // Most orders come in the first days after the post.
      const day = post.day + Math.min(6, Math.floor(-Math.log(1 - p.random() * 0.95) * 1.5));
      const createdAt = localTime(day, 8 + p.int(14), p.int(60));
      if (createdAt > asOf) continue;
      const quantity = p.chance(0.15) ? 2 : 1;
      const amount = cents(post.product.price * quantity);
      const commissionRate = COMMISSION[tier];
      const estCommission = cents(amount * commissionRate);
      const settled = today - day > 14;
      const orderId = `5776${String(400_000_000_000_000 + ++orderSeq * 7_331).padStart(15, '0')}`;
      const refunded = orderSeq % 61 === 0;
      orders.push({
        key: `${orderId}:${post.product.id}`,
        orderId,
        creatorKey: post.piece.creatorKey,
        creatorHandle: post.member.handle,
        productId: post.product.id,
        contentType: post.piece.type,
        contentId: post.piece.contentId,
        paymentAmount: amount,
        currency: 'USD',
        quantity,
        commissionRate,
        estCommission,
        actualCommission: settled ? (refunded ? 0 : estCommission) : null,
        status: settled ? 'Completed' : 'Shipped',
        createdAt,
        refunded: settled ? refunded : null,
        firstSeen: createdAt,
        lastSeen: asOf - DAY_MS,
        updatedAt: createdAt,
      });
      gmv += amount;
      placed++;
    }
    post.piece.metrics.orders = count(placed);
    post.piece.metrics.itemsSold = count(placed);
    post.piece.metrics.gmv = usd(cents(gmv));
  }

  // Creators as last captured (yesterday), with weekly snapshots of their follower counts.
  const creators: Creator[] = [];
  const snapshots: MetricSnapshot[] = [];
  for (const { member, index } of members) {
    const key = keyOf(index);
    const growth = member.role === 'rising' || member.role === 'star' ? 0.05 : member.role === 'falling' ? 0 : 0.01;
    const followersInWeek = (w: number) => Math.round(member.followers / (1 + growth) ** (PROGRAM_WEEKS - 1 - w));
    const own = orders.filter((o) => o.creatorKey === key);
    const recent = own.filter((o) => o.createdAt > asOf - 90 * DAY_MS);
    const joinDay = joinDayOf(member, index);
    for (let w = joinWeek(member, index); w < PROGRAM_WEEKS; w++) {
      const day = Math.min(today - 1, start + w * 7 + 6);
      const upTo = localTime(day, 23, 59);
      const ordersSoFar = own.filter((o) => o.createdAt <= upTo && o.createdAt > upTo - 90 * DAY_MS).length;
      snapshots.push({
        creatorKey: key,
        day: isoDay(day),
        metrics: {
          followers: count(followersInWeek(w)),
          orders: count(ordersSoFar),
          customers: count(Math.round(ordersSoFar * 0.86)),
        },
        updatedAt: localTime(day, 20),
      });
    }
    const ownPosts = posts.filter((post) => post.index === index);
    const avgViews = ownPosts.length ? Math.round(ownPosts.reduce((s, post) => s + Number(exactValueOf(post.piece.metrics.views)), 0) / ownPosts.length) : 0;
    const gmv90 = cents(recent.reduce((s, o) => s + (o.paymentAmount ?? 0), 0));
    creators.push({
      key,
      creatorId: creatorIdOf(index),
      handle: member.handle,
      handleDisplay: member.handle,
      displayName: member.displayName,
      categories: [member.category],
      audience: { gender: index % 5 === 3 ? 'male' : 'female', genderShare: 0.55 + (index % 7) * 0.05, ageRange: index % 3 ? '18-24' : '25-34' },
      metrics: {
        followers: count(followersInWeek(PROGRAM_WEEKS - 1)),
        gmv: usd(gmv90),
        orders: count(recent.length),
        customers: count(Math.round(recent.length * 0.86)),
        avgVideoViews: count(avgViews),
        engagementRate: rate(0.03 + (index % 6) * 0.006),
        videos: count(ownPosts.filter((post) => post.piece.type === 'video' && post.day > today - 90).length),
      },
      sources: ['find-creators', 'manage-creators'],
      region: 'US',
      firstSeen: localTime(joinDay, 10),
      lastSeen: asOf - DAY_MS,
      updatedAt: asOf - DAY_MS,
    });
  }

  // Target collaborations: who is expected to post, and since when.
  const collaboration = (id: string, name: string, indexes: number[], from: number, to: number, status: Collaboration['status'], commissionRate: number, productIds = REGULAR_PRODUCTS.map((x) => x.id)): Collaboration => ({
    id,
    kind: 'target',
    name,
    creatorKeys: indexes.map(keyOf),
    productIds,
    commissionRate,
    validFrom: isoDay(from),
    validTo: isoDay(to),
    status,
    statusHistory: [{ status: 'ongoing', at: localTime(from, 9) }, ...(status === 'ongoing' ? [] : [{ status, at: localTime(to + 1, 9) }])],
    firstSeen: localTime(from, 9),
    lastSeen: asOf - DAY_MS,
    updatedAt: localTime(from, 9),
  });
  const indexesWhere = (test: (m: CastMember, i: number) => boolean) => members.filter(({ member, index }) => test(member, index)).map(({ index }) => index);
  const tier1 = indexesWhere((m) => tierOf(m) === 'tier1');
  const collaborations: Collaboration[] = [
    collaboration('7299100000000000101', 'Partners 2026', indexesWhere((m) => tierOf(m) === 'tier3' || tierOf(m) === 'tier2'), start, today + 60, 'ongoing', 0.12),
    collaboration('7299100000000000102', 'Glow Squad — Tier 1', tier1.slice(0, 25), start, today + 40, 'ongoing', 0.15),
    collaboration('7299100000000000103', 'Glow Squad — wave 2', [...tier1.slice(25), ...indexesWhere((m) => m.role === 'prospect')], start, today + 40, 'ongoing', 0.15),
    collaboration('7299100000000000104', 'SPF 50 launch', [...new Set(samples.filter((s) => s.productId === SPF.id).map((s) => CAST.findIndex((m) => m.handle === s.creatorHandle)))], today - 42, today + 21, 'ongoing', 0.18, [SPF.id]),
    collaboration('7299100000000000105', 'Holiday gift sets', tier1.slice(0, 20), start, start + 40, 'expired', 0.15),
  ];

  // The seller's own decisions: tiers accepted when each creator joined, agreed rates, fees.
  const programs: CreatorProgram[] = members.map(({ member, index }) => {
    const tier = tierOf(member);
    const at = localTime(joinDayOf(member, index) + 1, 10);
    const fee = FLAT_FEE[tier];
    return {
      creatorKey: keyOf(index),
      agreedPostsPerWeek: tier === 'tier3' ? 1 : AGREED_POSTS[member.role],
      flatFeePerPost: fee ? { amount: fee, currency: 'USD' } : null,
      acceptedTier: tier,
      tierHistory: [{ tier, at, by: 'seller' }],
      dismissedSuggestions: [],
      compliance: { flagged: false },
      ...(index % 4 === 0 ? { contact: { channel: index % 8 === 0 ? 'whatsapp' : 'email', handle: index % 8 === 0 ? `+1 555 01${String(index).padStart(2, '0')}` : `${member.handle.replace(/\W/g, '')}@example.com` } } : {}),
      updatedAt: at,
    } satisfies CreatorProgram;
  });

  const briefTemplates = demoBriefs(start, today);
  // Posts made for the two live briefs: the recent ones featuring each brief's product.
  for (const template of briefTemplates.slice(0, 2)) {
    const tagged = posts
      .filter((post) => post.product.id === template.productId && post.day >= today - 35 && post.piece.type === 'video')
      .slice(-14);
    for (const post of tagged) post.piece.briefId = template.id;
  }

  const content = posts.map((post) => post.piece);
  return {
    tables: { creators, content, snapshots, captureLog: [], collaborations, samples, orders, programs, settings: [], briefTemplates },
    story: {
      asOf,
      star: handlesOf('star')[0]!,
      slippingPartner: handlesOf('slipping-partner')[0]!,
      zombies: handlesOf('zombie'),
      rising: handlesOf('rising'),
      falling: handlesOf('falling'),
      lowConverters: handlesOf('low-converter'),
      newcomers: handlesOf('newcomer'),
      overdueSamples,
      awaitingSamples,
      briefs: briefTemplates.map((t) => ({ id: t.id, name: t.name, taggedPosts: content.filter((c) => c.briefId === t.id).length })),
      riskyBrief: briefTemplates[2]!.name,
    },
  };
}

function exactValueOf(quantity: Quantity | undefined): number | null {
  return quantity?.kind === 'exact' ? quantity.value : null;
}

const TITLES = [
  'My 7-day glow check',
  'GRWM: school run edition',
  'Honest review after 30 days',
  'The 3-step routine I actually keep',
  'Dupes vs the real thing',
  'Night routine, no filter',
  'What I wish I knew at 20',
  'Packing my travel kit',
] as const;

function brief(fields: Partial<Brief> & Pick<Brief, 'title' | 'productName'>): Brief {
  return {
    hookAngle: null,
    customAngleName: '',
    hookText: '',
    productTruths: [],
    proofElement: { kind: null, text: '' },
    callToAction: '',
    whatNotToSay: [],
    substantiatedClaims: [],
    regulatedCategory: 'beauty-skincare',
    ...fields,
  };
}

function template(id: string, name: string, product: (typeof PRODUCTS)[number], body: Brief, savedAt: number, starterAngle: BriefTemplate['starterAngle']): BriefTemplate {
  return {
    id,
    productName: product.name,
    productId: product.id,
    name,
    archived: false,
    createdAt: savedAt,
    updatedAt: savedAt,
    starterAngle,
    brief: body,
    versions: [{ version: 1, savedAt, brief: body }],
  };
}

/** Two briefs creators work from, and a draft whose claims the compliance checks must stop. */
function demoBriefs(start: number, today: number): BriefTemplate[] {
  const [serum, , drops, lipOil] = PRODUCTS as [(typeof PRODUCTS)[number], unknown, (typeof PRODUCTS)[number], (typeof PRODUCTS)[number]];
  return [
    template(
      'brief-demo-serum',
      'Hydra Glow Serum — the 7-day glow',
      serum,
      brief({
        title: 'Hydra Glow Serum: show the 7-day glow',
        productName: serum.name,
        productId: serum.id,
        hookAngle: 'transformation-reveal',
        hookText: 'Open on your bare skin in daylight: the before you were not sure about.',
        productTruths: ['Hyaluronic acid at three weights, so it sinks in under makeup', 'Fragrance-free'],
        proofElement: { kind: 'before-after', text: 'Day 1 and day 7, same window light, no filter.' },
        callToAction: 'Grab it directly from my TikTok Shop — I’ll have the link pinned.',
        whatNotToSay: ['No medical claims (cures, treats, heals)', 'No comparisons with named brands'],
      }),
      localTime(start + 3, 16),
      'transformation-reveal',
    ),
    template(
      'brief-demo-lip-oil',
      'Silk Lip Oil — the 3-second trick',
      lipOil,
      brief({
        title: 'Silk Lip Oil: the trick nobody expects',
        productName: lipOil.name,
        productId: lipOil.id,
        hookAngle: 'curiosity-gap',
        hookText: 'Start mid-swipe: “I did not expect a lip oil to do this.”',
        productTruths: ['Non-sticky finish that lasts through coffee'],
        proofElement: { kind: 'demonstration', text: 'Blot on a tissue after one hour.' },
        callToAction: 'Tap the product card and grab it from my TikTok Shop.',
        whatNotToSay: ['No “plumping” claims'],
      }),
      localTime(start + 30, 11),
      'curiosity-gap',
    ),
    template(
      'brief-demo-vitamin-c-draft',
      'Vitamin C Drops — draft (needs review)',
      drops,
      brief({
        title: 'Vitamin C Drops: clear skin fast',
        productName: drops.name,
        productId: drops.id,
        hookAngle: 'problem-agitation',
        hookText: 'I struggled with breakouts for years until these drops, clinically proven to cure acne.',
        productTruths: ['15% vitamin C', 'Works overnight', 'Dermatologist approved', 'Cheaper than Brand X'],
        proofElement: { kind: 'result', text: '100% of users saw results.' },
        callToAction: 'Link in bio!',
        whatNotToSay: [],
      }),
      localTime(today - 2, 15),
      'problem-agitation',
    ),
  ];
}

/** The day number of a `YYYY-MM-DD` day (for tests and pages). */
export function dayOf(text: string): number {
  const day = parseDay(text);
  if (day === null) throw new Error(`not a day: ${text}`);
  return day;
}
