/**
 * The creator brief (playbook §5): five parts, minimum — hook angle, product truth, proof element,
 * call to action, what not to say. Plain data only (stored in IndexedDB and in backups), so every
 * stored shape has a zod schema here; parsing fills defaults so older backups still load.
 */
import { z } from 'zod';

export const NAMED_HOOK_ANGLES = [
  'problem-agitation',
  'transformation-reveal',
  'social-proof',
  'curiosity-gap',
] as const;
export type NamedHookAngle = (typeof NAMED_HOOK_ANGLES)[number];

export const HOOK_ANGLES = [...NAMED_HOOK_ANGLES, 'custom'] as const;
export type HookAngle = (typeof HOOK_ANGLES)[number];

export const PROOF_KINDS = ['result', 'before-after', 'comparison', 'demonstration'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

/**
 * Categories whose claims platforms police hardest. `other` is "regulated, but none of these"
 * (e.g. baby products). A brief with `regulatedCategory: null` is not in a regulated category.
 */
export const REGULATED_CATEGORIES = ['beauty-skincare', 'health', 'supplements', 'other'] as const;
export type RegulatedCategory = (typeof REGULATED_CATEGORIES)[number];

/** The five parts, in the order a brief presents them. */
export const BRIEF_PARTS = ['hook', 'productTruths', 'proof', 'callToAction', 'whatNotToSay'] as const;
export type BriefPart = (typeof BRIEF_PARTS)[number];

export interface ProofElement {
  /** Null until the seller picks one. */
  kind: ProofKind | null;
  text: string;
}

/** Who a brief was personalised for (set by `personaliseBrief`, never on a template's brief). */
export interface BriefPersonalisation {
  creatorName?: string;
  /** Handle without `@`. */
  handle?: string;
  /** Free label as the roster shows it: `1` → "Tier 1"; strings are shown as given. */
  tier?: string | number;
  /** The creator's best-converting angle so far (see `bestAngleFor`), when known. */
  bestAngle?: AngleRef;
}

/** A hook angle with the name of a custom one. */
export interface AngleRef {
  angle: HookAngle;
  customAngleName?: string;
}

export interface Brief {
  title: string;
  productName: string;
  /** Seller Center product id, when the brief is tied to a captured product. */
  productId?: string;
  /** Null until the seller picks one. */
  hookAngle: HookAngle | null;
  /** Name of the seller's own angle when `hookAngle` is `custom`. */
  customAngleName: string;
  /** The direction for the opening: an emotional entry point, not a script. */
  hookText: string;
  /** One or two attributes that connect the hook to the product (more gets a warning). */
  productTruths: string[];
  proofElement: ProofElement;
  callToAction: string;
  /** Claims needing substantiation, competitors to avoid, policy-risky language: one per item. */
  whatNotToSay: string[];
  /** Terms the seller holds evidence for: risky-claim checks do not flag them. */
  substantiatedClaims: string[];
  regulatedCategory: RegulatedCategory | null;
  personalisation?: BriefPersonalisation;
}

export interface BriefVersion {
  /** 1, 2, 3… in save order. */
  version: number;
  savedAt: number;
  brief: Brief;
}

export interface BriefTemplate {
  id: string;
  productName: string;
  productId?: string;
  /** Library name (the brief's title is what creators see). */
  name: string;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
  /** The built-in angle starter it was created from; null for from-scratch. */
  starterAngle: NamedHookAngle | null;
  /** Template this one was duplicated from. */
  duplicatedFrom?: string;
  /** The latest saved brief; always equal to the last entry of `versions`. */
  brief: Brief;
  /** Every save, oldest first. */
  versions: BriefVersion[];
}

const angleRefSchema = z.object({
  angle: z.enum(HOOK_ANGLES),
  customAngleName: z.string().optional(),
});

export const briefPersonalisationSchema = z.object({
  creatorName: z.string().optional(),
  handle: z.string().optional(),
  tier: z.union([z.string(), z.number()]).optional(),
  bestAngle: angleRefSchema.optional(),
});

export const briefSchema: z.ZodType<Brief> = z.object({
  title: z.string().default(''),
  productName: z.string().default(''),
  productId: z.string().optional(),
  hookAngle: z.enum(HOOK_ANGLES).nullable().default(null),
  customAngleName: z.string().default(''),
  hookText: z.string().default(''),
  productTruths: z.array(z.string()).default([]),
  proofElement: z
    .object({ kind: z.enum(PROOF_KINDS).nullable().default(null), text: z.string().default('') })
    .default({ kind: null, text: '' }),
  callToAction: z.string().default(''),
  whatNotToSay: z.array(z.string()).default([]),
  substantiatedClaims: z.array(z.string()).default([]),
  regulatedCategory: z.enum(REGULATED_CATEGORIES).nullable().default(null),
  personalisation: briefPersonalisationSchema.optional(),
});

export const briefVersionSchema: z.ZodType<BriefVersion> = z.object({
  version: z.number().int().positive(),
  savedAt: z.number(),
  brief: briefSchema,
});

export const briefTemplateSchema: z.ZodType<BriefTemplate> = z
  .object({
    id: z.string().min(1),
    productName: z.string().default(''),
    productId: z.string().optional(),
    name: z.string().default(''),
    archived: z.boolean().default(false),
    createdAt: z.number(),
    updatedAt: z.number(),
    starterAngle: z.enum(NAMED_HOOK_ANGLES).nullable().default(null),
    duplicatedFrom: z.string().optional(),
    brief: briefSchema,
    versions: z.array(briefVersionSchema).min(1),
  })
  .refine(
    (t) => t.versions.every((v, i) => i === 0 || v.version > (t.versions[i - 1]?.version ?? 0)),
    { message: 'versions must be in increasing order', path: ['versions'] },
  );

/** A brief with nothing filled in. */
export function emptyBrief(product: { productName: string; productId?: string }): Brief {
  return {
    title: '',
    productName: product.productName,
    ...(product.productId !== undefined ? { productId: product.productId } : {}),
    hookAngle: null,
    customAngleName: '',
    hookText: '',
    productTruths: [],
    proofElement: { kind: null, text: '' },
    callToAction: '',
    whatNotToSay: [],
    substantiatedClaims: [],
    regulatedCategory: null,
  };
}

/** The non-blank product truths, trimmed. */
export function filledTruths(brief: Brief): string[] {
  return brief.productTruths.map((t) => t.trim()).filter((t) => t !== '');
}

/** The non-blank what-not-to-say items, trimmed. */
export function filledDonts(brief: Brief): string[] {
  return brief.whatNotToSay.map((t) => t.trim()).filter((t) => t !== '');
}

/** The brief's angle as an `AngleRef`, or null when none is chosen. */
export function angleRefOf(brief: Brief): AngleRef | null {
  if (brief.hookAngle === null) return null;
  if (brief.hookAngle !== 'custom') return { angle: brief.hookAngle };
  return { angle: 'custom', customAngleName: brief.customAngleName.trim() };
}

/**
 * Key that groups results by angle: the angle id, or `custom:<lower-case name>` so two custom
 * angles with different names are counted apart.
 */
export function angleKey(ref: AngleRef): string {
  if (ref.angle !== 'custom') return ref.angle;
  return `custom:${(ref.customAngleName ?? '').trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Stable comparison of two briefs (key order does not matter). */
export function briefsEqual(a: Brief, b: Brief): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
