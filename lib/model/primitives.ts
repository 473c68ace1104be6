/**
 * The zod building blocks the entity schemas share: quantities as pages show them, money, calendar
 * days, status histories. The model states shapes only; the bounds a boundary needs (lengths from a
 * page, plausible times) are added where the data crosses it (lib/messages, lib/import).
 */
import { z } from 'zod';
import { CURRENCY_CODES, type Quantity, type Unit } from '../parse/quantity';

export const CurrencySchema = z.enum(CURRENCY_CODES);
export const UnitSchema = z.enum(['percent', ...CURRENCY_CODES]);

/** `Quantity` (lib/parse/quantity, zod-free for the content script) as a schema; kept in step below. */
export function quantitySchema(raw: z.ZodString = z.string()) {
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('exact'), value: z.number(), unit: UnitSchema.optional(), raw }),
    z.object({
      kind: z.literal('range'),
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: UnitSchema.optional(),
      raw,
    }),
  ]);
}
export const QuantitySchema = quantitySchema();

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A local calendar day, `YYYY-MM-DD`. */
export const DaySchema = z.string().regex(DAY_PATTERN, 'expected a YYYY-MM-DD day');

/** A period of local calendar days, both ends included. */
export const DayPeriodSchema = z.object({ from: DaySchema, to: DaySchema });
export type DayPeriod = z.infer<typeof DayPeriodSchema>;

/** An amount of money in one currency. */
export const MoneySchema = z.object({ amount: z.number(), currency: CurrencySchema });
export type Money = z.infer<typeof MoneySchema>;

/** One entry of a status history: the status seen (or set) and when (epoch ms). */
export const statusChangeSchema = <S extends z.ZodType<string>>(status: S) => z.object({ status, at: z.number() });
export interface StatusChange<S extends string> {
  status: S;
  at: number;
}

/** When a stored record was first and last seen, and last changed (epoch ms). */
export const seenTimes = { firstSeen: z.number(), lastSeen: z.number(), updatedAt: z.number() };

// Compile-time proof that the schemas describe lib/parse's zod-free types.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type QuantityTypesAgree = Assert<Same<z.infer<typeof QuantitySchema>, Quantity> & Same<z.infer<typeof UnitSchema>, Unit>>;
