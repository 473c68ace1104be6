/**
 * zod schemas for captured rows (the shapes in lib/model/entities.ts), as received from a content
 * script. Unknown keys are stripped; `null` metrics (unknown on the page) are dropped so they never
 * override a stored value; numbers must be finite (zod 4 rejects NaN and ±Infinity).
 */
import { z } from 'zod';
import {
  type CollaborationRow,
  CONTENT_METRICS,
  type ContentMetricName,
  type ContentRow,
  CREATOR_METRICS,
  type CreatorMetricName,
  type CreatorRow,
  type OrderRow,
  type SampleRow,
} from '../model/entities';
import { CURRENCY_CODES, type Quantity, type Unit } from '../parse/quantity';
import { MESSAGE_LIMITS as L } from '../model/limits';

export const UnitSchema = z.enum(['percent', ...CURRENCY_CODES]);

export const QuantitySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('exact'),
    value: z.number(),
    unit: UnitSchema.optional(),
    raw: z.string().max(L.rawValue),
  }),
  z.object({
    kind: z.literal('range'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: UnitSchema.optional(),
    raw: z.string().max(L.rawValue),
  }),
]);

const MaybeQuantity = QuantitySchema.nullish();

function metricsSchema<Name extends string>(names: readonly Name[]) {
  const shape = Object.fromEntries(names.map((name) => [name, MaybeQuantity])) as Record<Name, typeof MaybeQuantity>;
  return z
    .object(shape)
    .partial()
    .transform((metrics) => {
      const received = metrics as Partial<Record<Name, Quantity | null>>;
      const known: Partial<Record<Name, Quantity>> = {};
      for (const name of names) {
        const quantity = received[name];
        if (quantity) known[name] = quantity;
      }
      return known;
    });
}

export const CreatorMetricsSchema = metricsSchema<CreatorMetricName>(CREATOR_METRICS);
export const ContentMetricsSchema = metricsSchema<ContentMetricName>(CONTENT_METRICS);

const shortText = (max: number) => z.string().max(max);

export const AudienceSchema = z.object({
  gender: z.enum(['female', 'male']).optional(),
  genderShare: z.number().min(0).max(1).optional(),
  ageRange: shortText(L.ageRange).optional(),
});

export const CreatorRowSchema = z.object({
  creatorId: shortText(L.id).optional(),
  handle: shortText(L.handle).optional(),
  displayName: shortText(L.displayName).optional(),
  categories: z.array(shortText(L.category)).max(L.categories).optional(),
  audience: AudienceSchema.optional(),
  metrics: CreatorMetricsSchema,
});

export const ContentRowSchema = z.object({
  contentId: shortText(L.id).min(1),
  type: z.enum(['video', 'live']),
  creatorId: shortText(L.id).optional(),
  creatorHandle: shortText(L.handle).optional(),
  title: shortText(L.title).optional(),
  postDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day').optional(),
  productIds: z.array(shortText(L.id)).max(L.productIds).optional(),
  metrics: ContentMetricsSchema,
});

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day');
const Id = shortText(L.id).min(1);
const Label = shortText(L.label);
/** Epoch ms: a time the page showed (never before 2000, never centuries ahead). */
const Time = z.number().int().min(946_684_800_000).max(32_503_680_000_000);
const Count = z.number().int().min(0).max(1_000_000);

export const ProductRefSchema = z.object({ id: shortText(L.id).optional(), name: Label.optional() });

export const CollaborationRowSchema = z.object({
  kind: z.enum(['target', 'open']),
  invitationId: shortText(L.id).optional(),
  name: Label.optional(),
  products: z.array(ProductRefSchema).max(L.listItems),
  moreProducts: Count.optional(),
  creatorHandles: z.array(shortText(L.handle)).max(L.listItems),
  creatorIds: z.array(shortText(L.id)).max(L.listItems).optional(),
  moreCreators: Count.optional(),
  commissionRate: QuantitySchema.optional(),
  validFrom: Day.optional(),
  validTo: Day.optional(),
  status: z.enum(['pending', 'ongoing', 'expiring', 'expired', 'canceled']).nullable(),
  statusText: Label.optional(),
  price: QuantitySchema.optional(),
  creatorCount: QuantitySchema.optional(),
  itemsSold: QuantitySchema.optional(),
});

export const SampleRowSchema = z.object({
  requestId: shortText(L.id).optional(),
  creatorHandle: shortText(L.handle),
  productId: shortText(L.id),
  productName: Label.optional(),
  sku: Label.optional(),
  stock: QuantitySchema.optional(),
  availableSamples: QuantitySchema.optional(),
  status: z.enum(['requested', 'approved', 'shipped', 'content-delivered', 'completed', 'canceled']).nullable(),
  statusText: Label.optional(),
  timeLeft: Label.optional(),
  postRate: QuantitySchema.optional(),
  inShowcase: z.boolean().optional(),
  campaign: Label.optional(),
  requestedAt: Time.optional(),
  commissionRate: QuantitySchema.optional(),
});

export const OrderRowSchema = z.object({
  orderId: Id,
  productId: shortText(L.id).optional(),
  productName: Label.optional(),
  skuId: shortText(L.id).optional(),
  creatorHandle: shortText(L.handle).optional(),
  contentType: z.enum(['video', 'live', 'showcase', 'other']),
  contentId: shortText(L.id).optional(),
  price: QuantitySchema.optional(),
  paymentAmount: QuantitySchema.optional(),
  quantity: QuantitySchema.optional(),
  commissionRate: QuantitySchema.optional(),
  estCommission: QuantitySchema.optional(),
  actualCommission: QuantitySchema.optional(),
  status: Label.optional(),
  createdAt: Time,
  createdText: shortText(L.rawValue),
});

// Compile-time proof that the schemas and the shared entity types describe the same rows.
type Assert<T extends true> = T;
export type SchemaMatchesEntities = Assert<
  [
    z.output<typeof UnitSchema> extends Unit ? true : false,
    Unit extends z.output<typeof UnitSchema> ? true : false,
    z.output<typeof QuantitySchema> extends Quantity ? true : false,
    Quantity extends z.input<typeof QuantitySchema> ? true : false,
    z.output<typeof CreatorRowSchema> extends CreatorRow ? true : false,
    CreatorRow extends z.input<typeof CreatorRowSchema> ? true : false,
    z.output<typeof ContentRowSchema> extends ContentRow ? true : false,
    ContentRow extends z.input<typeof ContentRowSchema> ? true : false,
    z.output<typeof CollaborationRowSchema> extends CollaborationRow ? true : false,
    CollaborationRow extends z.input<typeof CollaborationRowSchema> ? true : false,
    z.output<typeof SampleRowSchema> extends SampleRow ? true : false,
    SampleRow extends z.input<typeof SampleRowSchema> ? true : false,
    z.output<typeof OrderRowSchema> extends OrderRow ? true : false,
    OrderRow extends z.input<typeof OrderRowSchema> ? true : false,
  ] extends true[]
    ? true
    : false
>;
