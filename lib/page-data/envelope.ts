/**
 * The parts every Affiliate Center answer shares: `{ code: 0, message, … }` on success, another
 * `code` on errors (30004009: a verification challenge), and lists of items that become rows or are
 * counted as rejected with a short reason.
 */
import type { Entity, EntityRowTypes } from '../adapters/types';
import type { RejectedCount } from '../model/entities';
import { isObject, numeric, text, type Json } from './json-values';
import { keyShape } from './key-shape';
import type { DecodedBatch, DecodeResult } from './types';

export const CHALLENGE_CODE = 30004009;

/**
 * Checks the answer's `code`, then lets `read` find its lists. `read` returns undefined when the body
 * is not the shape it knows: the result is then `unrecognized` with the body's key shape.
 */
export function decodeEnvelope(body: unknown, read: (root: Json) => DecodedBatch[] | undefined): DecodeResult {
  if (!isObject(body)) return { status: 'unrecognized', shape: keyShape(body) };
  const code = numeric(body.code);
  if (code === CHALLENGE_CODE) return { status: 'challenge' };
  if (body.code !== undefined && code !== 0) return { status: 'error-response', code: text(body.code, 24) ?? 'unknown' };
  const batches = read(body);
  return batches ? { status: 'decoded', batches } : { status: 'unrecognized', shape: keyShape(body) };
}

/** The object `data` of the answer, or the answer itself when its lists sit at the top. */
export function payload(root: Json): Json {
  return isObject(root.data) ? root.data : root;
}

/** Each item → a row, or a reason it is not one; reasons are counted. */
export function batch<E extends Entity>(
  entity: E,
  items: readonly unknown[],
  decodeItem: (item: unknown) => EntityRowTypes[E] | string,
): DecodedBatch {
  const rows: EntityRowTypes[E][] = [];
  const reasons = new Map<string, number>();
  for (const item of items) {
    const decoded = isObject(item) ? decodeItem(item) : 'not an object';
    if (typeof decoded === 'string') reasons.set(decoded, (reasons.get(decoded) ?? 0) + 1);
    else rows.push(decoded);
  }
  const rejected: RejectedCount[] = [...reasons].map(([reason, count]) => ({ reason, count }));
  return { entity, rows, rejected } as DecodedBatch;
}

/** A handle as the APIs send it: without `@`, bounded, no spaces or control characters inside. */
export function handleText(value: unknown): string | undefined {
  const raw = text(value, 128)?.replace(/^@+/, '');
  return raw && /^[^\s\p{C}]{1,64}$/u.test(raw) ? raw : undefined;
}

export const NO_CREATOR_IDENTITY = 'no creator id or handle';
