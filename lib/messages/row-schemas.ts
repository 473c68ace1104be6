/**
 * zod schemas for captured rows (the shapes in lib/model/entities.ts), as received from a content
 * script. Unknown keys are stripped; `null` metrics (unknown on the page) are dropped so they never
 * override a stored value; numbers must be finite (zod 4 rejects NaN and ±Infinity).
 */
import { z } from 'zod';
import {
  AudienceSchema,
  CollaborationRowSchema as CollaborationRowModel,
  CONTENT_METRICS,
  type ContentMetricName,
  ContentRowSchema as ContentRowModel,
  CREATOR_METRICS,
  type CreatorMetricName,
  CreatorRowSchema as CreatorRowModel,
  OrderRowSchema as OrderRowModel,
  ProductRefSchema as ProductRefModel,
  SampleRowSchema as SampleRowModel,
} from '../model/entities';
import { DaySchema, quantitySchema, UnitSchema } from '../model/primitives';
import type { Quantity } from '../parse/quantity';
import { ProductFiguresRowSchema, StoreRatingRowSchema, ViolationRowSchema, withConsistentCounts } from '../model/eligibility';
import { MESSAGE_LIMITS as L } from '../model/limits';

export { UnitSchema };

/** A quantity whose raw text is bounded. */
export const QuantitySchema = quantitySchema(z.string().max(L.rawValue));

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
const Id = shortText(L.id);
const Handle = shortText(L.handle);
const Label = shortText(L.label);
/** Epoch ms: a time the page showed (never before 2000, never centuries ahead). */
const Time = z.number().int().min(946_684_800_000).max(32_503_680_000_000);
const Count = z.number().int().min(0).max(1_000_000);

/*
 * Each row schema is the model's (lib/model/entities.ts) with every text, list and number a page
 * controls bounded: fields not named here cross as the model declares them.
 */

export const CreatorRowSchema = CreatorRowModel.extend({
  creatorId: Id.optional(),
  handle: Handle.optional(),
  displayName: shortText(L.displayName).optional(),
  categories: z.array(shortText(L.category)).max(L.categories).optional(),
  audience: AudienceSchema.extend({ ageRange: shortText(L.ageRange).optional() }).optional(),
  metrics: CreatorMetricsSchema,
});

export const ContentRowSchema = ContentRowModel.extend({
  contentId: Id.min(1),
  creatorId: Id.optional(),
  creatorHandle: Handle.optional(),
  title: shortText(L.title).optional(),
  postDate: DaySchema.optional(),
  productIds: z.array(Id).max(L.productIds).optional(),
  metrics: ContentMetricsSchema,
});

export const ProductRefSchema = ProductRefModel.extend({ id: Id.optional(), name: Label.optional() });

export const CollaborationRowSchema = CollaborationRowModel.extend({
  invitationId: Id.optional(),
  name: Label.optional(),
  products: z.array(ProductRefSchema).max(L.listItems),
  moreProducts: Count.optional(),
  creatorHandles: z.array(Handle).max(L.listItems),
  creatorIds: z.array(Id).max(L.listItems).optional(),
  moreCreators: Count.optional(),
  commissionRate: QuantitySchema.optional(),
  statusText: Label.optional(),
  price: QuantitySchema.optional(),
  creatorCount: QuantitySchema.optional(),
  itemsSold: QuantitySchema.optional(),
});

export const SampleRowSchema = SampleRowModel.extend({
  requestId: Id.optional(),
  creatorHandle: Handle,
  productId: Id,
  productName: Label.optional(),
  sku: Label.optional(),
  stock: QuantitySchema.optional(),
  availableSamples: QuantitySchema.optional(),
  statusText: Label.optional(),
  timeLeft: Label.optional(),
  postRate: QuantitySchema.optional(),
  campaign: Label.optional(),
  requestedAt: Time.optional(),
  commissionRate: QuantitySchema.optional(),
});

export const OrderRowSchema = OrderRowModel.extend({
  orderId: Id.min(1),
  productId: Id.optional(),
  productName: Label.optional(),
  skuId: Id.optional(),
  creatorHandle: Handle.optional(),
  contentId: Id.optional(),
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

/** A row of the account health or product rating page (lib/model/eligibility.ts), its texts bounded. */
export const EligibilityRowSchema = z.discriminatedUnion('kind', [
  StoreRatingRowSchema,
  ViolationRowSchema.extend({ policy: Label.optional() }),
  withConsistentCounts(ProductFiguresRowSchema.extend({ productId: Id.min(1), productName: Label.optional() })),
]);
