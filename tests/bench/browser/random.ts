/**
 * Deterministic pseudo-random numbers for generated bench data (same data every run), and the
 * vocabulary generated records share: ids, handles, names, titles, quantities as the adapters store them.
 */
import type { Quantity } from '../../../lib/parse/quantity';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  random(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  return {
    random,
    int: (below) => Math.floor(random() * below),
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    chance: (probability) => random() < probability,
  };
}

/** `12.3K`, `1.2M`, `845`: how Seller Center abbreviates counts. */
export function compact(value: number): string {
  if (value >= 1e9) return `${trim(value / 1e9)}B`;
  if (value >= 1e6) return `${trim(value / 1e6)}M`;
  if (value >= 1e3) return `${trim(value / 1e3)}K`;
  return String(Math.round(value));
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

/** An exact count, with the abbreviated text Seller Center shows. */
export function count(value: number): Quantity {
  return { kind: 'exact', value, raw: compact(value) };
}

export function usd(value: number): Quantity {
  return { kind: 'exact', value, unit: 'USD', raw: `$${compact(value)}` };
}

/** A percentage, stored as a fraction. */
export function percent(fraction: number): Quantity {
  return { kind: 'exact', value: fraction, unit: 'percent', raw: `${(fraction * 100).toFixed(1)}%` };
}

/** A creator id shaped like Seller Center's (19 digits), unique per index. */
export function creatorIdFor(index: number): string {
  return `74930${String(index).padStart(14, '0')}`;
}

export const HANDLE_WORDS = [
  'glow', 'chef', 'sakura', 'budget', 'luxe', 'mama', 'gadget', 'fit', 'daily', 'style', 'home', 'pet',
  'skin', 'tech', 'bites', 'lashes', 'deals', 'vibes', 'studio', 'life',
] as const;

export const DISPLAY_NAMES = [
  'Maya ✨ Glow', '🍳 Chef Marcus', 'さくら 美容', 'Budget Bites', 'Luxe Lashes London', 'Mẹ Nhu 👶',
  'Ахмед Гаджеты', 'Hannah Home', 'Fit with Jo', 'Daily Deals Dan', 'Studio Noor', 'Pet Pals',
] as const;

export const CATEGORIES = [
  'Beauty & Personal Care', 'Fashion', 'Food & Beverage', 'Home & Kitchen', 'Phones & Electronics',
  'Baby & Maternity', 'Sports & Outdoor', 'Pet Supplies', 'Health', 'Toys & Hobbies',
] as const;

export function handleFor(index: number, p: Picker): string {
  const separator = p.pick(['', '.', '_'] as const);
  return `${p.pick(HANDLE_WORDS)}${separator}${p.pick(HANDLE_WORDS)}${index}`;
}

/** Video / LIVE titles for generated content. */
export const CONTENT_TITLES = [
  'GRWM with the new glow serum ✨', 'This air fryer changed my weeknights', 'Honest review after 30 days',
  'Unboxing the viral lash kit', '3 outfits, 1 jacket', 'LIVE: weekend flash deals', 'Desk setup tour 2026',
] as const;
