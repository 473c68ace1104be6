/**
 * zod schemas for every stored record, as found in a backup file. The fields the extension relies
 * on are checked (types, required keys, finite numbers); fields this version does not know are
 * kept as they are (`looseObject`), so a restore never silently drops part of what was backed up.
 * Arrays that version 1 builds could leave out get their default, as the schema-2 migration does.
 * Unlike the content-script schemas there are no length limits: this is the seller's own data.
 */
import { z } from 'zod';
import { briefTemplateSchema } from '../briefs/model';
import { REPORT_SOURCES } from '../model/reported';
import { PAGE_KINDS } from '../pages/page-kind';
import { OutreachEntrySchema, ProductCostSchema, SparkSpendSchema } from '../model/review';
import { CURRENCY_CODES } from '../parse/quantity';

const Currency = z.enum(CURRENCY_CODES);
const Unit = z.enum(['percent', ...CURRENCY_CODES]);
/** Epoch milliseconds. */
const Time = z.number();
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day');
const Key = z.string().min(1);
const Strings = z.array(z.string());
const NullableNumber = z.number().nullable();

const Quantity = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('exact'), value: z.number(), unit: Unit.optional(), raw: z.string() }),
  z.looseObject({
    kind: z.literal('range'),
    min: NullableNumber,
    max: NullableNumber,
    unit: Unit.optional(),
    raw: z.string(),
  }),
]);
/** Metric name → quantity; names are not restricted (a later version may know more metrics). */
const Metrics = z.record(z.string(), Quantity);
const RejectedCount = z.looseObject({ reason: z.string(), count: z.number() });
const Money = z.looseObject({ amount: z.number(), currency: Currency });
const statusHistory = <S extends z.ZodType<string>>(status: S) => z.array(z.looseObject({ status, at: Time }));
const Tier = z.enum(['prospect', 'tier1', 'tier2', 'tier3']);

const seenTimes = { firstSeen: Time, lastSeen: Time, updatedAt: Time };

export const CreatorRecord = z.looseObject({
  key: Key,
  creatorId: z.string().optional(),
  handle: z.string().optional(),
  handleDisplay: z.string().optional(),
  formerHandles: z.array(z.string()).optional(),
  displayName: z.string().optional(),
  categories: Strings.default([]),
  audience: z
    .looseObject({
      gender: z.enum(['female', 'male']).optional(),
      genderShare: z.number().optional(),
      ageRange: z.string().optional(),
    })
    .optional(),
  metrics: Metrics,
  sources: Strings.default([]),
  region: z.string().optional(),
  ...seenTimes,
});

export const ContentRecord = z.looseObject({
  key: Key,
  contentId: Key,
  type: z.enum(['video', 'live']),
  creatorKey: z.string().optional(),
  creatorHandle: z.string().optional(),
  title: z.string().optional(),
  postDate: z.string().optional(),
  productIds: Strings.default([]),
  metrics: Metrics,
  briefId: z.string().optional(),
  ...seenTimes,
});

export const SnapshotRecord = z.looseObject({ creatorKey: Key, day: Day, metrics: Metrics, updatedAt: Time });

export const CaptureLogRecord = z.looseObject({
  id: z.int().positive(),
  at: Time,
  url: z.string(),
  pageKind: z.enum(PAGE_KINDS),
  region: z.string().optional(),
  status: z.enum(['stored', 'unrecognized', 'failed']),
  entity: z.string().optional(),
  rowsRead: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  reasons: z.array(RejectedCount),
  headers: Strings.optional(),
  message: z.string().optional(),
});

const CollaborationStatus = z.enum(['pending', 'ongoing', 'expiring', 'expired', 'canceled']);
export const CollaborationRecord = z.looseObject({
  id: Key,
  kind: z.enum(['target', 'open']),
  name: z.string().optional(),
  creatorKeys: Strings,
  creatorHandles: Strings.optional(),
  productIds: Strings,
  commissionRate: NullableNumber,
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  status: CollaborationStatus,
  statusHistory: statusHistory(CollaborationStatus),
  ...seenTimes,
});

const SampleStatus = z.enum(['requested', 'approved', 'shipped', 'content-delivered', 'completed', 'canceled']);
export const SampleRecord = z.looseObject({
  id: Key,
  creatorKey: z.string().optional(),
  creatorHandle: z.string().optional(),
  productId: z.string(),
  productName: z.string().optional(),
  sku: z.string().optional(),
  status: SampleStatus,
  statusHistory: statusHistory(SampleStatus),
  requestedAt: Time.optional(),
  shippedAt: Time.optional(),
  contentDeliveredAt: Time.optional(),
  sampleCost: Money.nullable().optional(),
  ...seenTimes,
});

export const OrderRecord = z.looseObject({
  key: Key,
  orderId: Key,
  creatorKey: z.string().optional(),
  creatorHandle: z.string().optional(),
  productId: z.string().optional(),
  skuId: z.string().optional(),
  contentType: z.enum(['video', 'live', 'showcase', 'other']),
  contentId: z.string().optional(),
  paymentAmount: NullableNumber,
  currency: Currency.optional(),
  quantity: NullableNumber,
  commissionRate: NullableNumber,
  estCommission: NullableNumber,
  actualCommission: NullableNumber,
  status: z.string().optional(),
  statusHistory: statusHistory(z.string()).optional(),
  createdAt: Time,
  refunded: z.boolean().nullable(),
  ...seenTimes,
});

export const ProgramRecord = z.looseObject({
  creatorKey: Key,
  agreedPostsPerWeek: NullableNumber,
  flatFeePerPost: Money.nullable(),
  agreedCommissionRate: NullableNumber.optional(),
  exclusivity: z.looseObject({ from: Day, to: Day }).nullable().optional(),
  startDate: Day.nullable().optional(),
  acceptedTier: Tier.nullable(),
  tierHistory: z.array(z.looseObject({ tier: Tier, at: Time, by: z.literal('seller') })),
  dismissedSuggestions: z.array(
    z.looseObject({
      kind: z.enum(['initial', 'promote', 'demote', 'deprioritise']),
      fromTier: Tier.nullable(),
      toTier: Tier,
      at: Time,
    }),
  ),
  compliance: z.looseObject({ flagged: z.boolean(), note: z.string().optional(), at: Time.optional() }),
  contact: z.looseObject({ channel: z.string(), handle: z.string() }).optional(),
  notes: z.string().optional(),
  updatedAt: Time,
});

export const SettingsRecordSchema = z.looseObject({ id: Key, values: z.unknown(), updatedAt: Time });

/** Figures a page or file reported for a stated period (lib/model/reported.ts). */
export const ReportedRecord = z.looseObject({
  id: Key,
  creatorKey: Key,
  source: z.enum(REPORT_SOURCES),
  period: z.looseObject({ from: Day, to: Day }),
  capturedDay: Day,
  capturedAt: Time,
  currency: Currency.optional(),
  metrics: Metrics,
});

/** Any record of a table this file has no schema for: an object, nothing more is known. */
export const UnknownRecord = z.record(z.string(), z.unknown());

/** The schema of each table's records, by table name. */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  creators: CreatorRecord,
  content: ContentRecord,
  snapshots: SnapshotRecord,
  captureLog: CaptureLogRecord,
  collaborations: CollaborationRecord,
  samples: SampleRecord,
  orders: OrderRecord,
  programs: ProgramRecord,
  settings: SettingsRecordSchema,
  briefTemplates: briefTemplateSchema,
  reported: ReportedRecord,
  productCosts: ProductCostSchema.loose(),
  sparkSpend: SparkSpendSchema.loose(),
  outreach: OutreachEntrySchema.loose(),
};

export function recordSchemaFor(table: string): z.ZodType {
  return RECORD_SCHEMAS[table] ?? UnknownRecord;
}
