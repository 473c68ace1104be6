/**
 * Test helpers for adapter tests (never imported by product code): fixtures from disk, typed
 * access to read results.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentRow, CreatorRow } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { parseQuantity } from '../parse/values';
import type { Entity, EntityRowTypes, PageReadResult } from './types';

// Under happy-dom, import.meta.url can be a served path (`/lib/adapters/…`) rather than a file URL.
const HERE = import.meta.url.startsWith('file:')
  ? dirname(fileURLToPath(import.meta.url))
  : join(process.cwd(), dirname(decodeURIComponent(new URL(import.meta.url).pathname)));

/** A fixture next to this file, parsed the way a browser would (scripts never run). */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(HERE, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export function creatorRowsOf(result: PageReadResult): CreatorRow[] {
  if (result.status !== 'recognized' || result.entity !== 'creators') throw new Error(`not a creators read: ${result.status}`);
  return result.rows;
}

export function contentRowsOf(result: PageReadResult): ContentRow[] {
  if (result.status !== 'recognized' || result.entity !== 'content') throw new Error(`not a content read: ${result.status}`);
  return result.rows;
}

/** The rows of a read that must be of `entity`. */
export function rowsOf<E extends Entity>(result: PageReadResult, entity: E): EntityRowTypes[E][] {
  if (result.status !== 'recognized' || result.entity !== entity) throw new Error(`not a ${entity} read: ${result.status}`);
  return result.rows as EntityRowTypes[E][];
}

/** The quantity a cell showing `text` must give (for rows whose exact numbers other tests pin down). */
export function q(text: string, region: string): Quantity {
  const quantity = parseQuantity(text, { region });
  if (quantity === null) throw new Error(`not a quantity: ${text}`);
  return quantity;
}

export function byHandle<R extends { handle?: string }>(rows: R[], handle: string): R {
  const row = rows.find((candidate) => candidate.handle === handle);
  if (!row) throw new Error(`no row for @${handle}`);
  return row;
}
