/** Test helpers: load a fixture, decode it, and pull one entity's batch out of the result. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityRowTypes, Entity } from '../adapters/types';
import type { RejectedCount } from '../model/entities';
import type { DecodeContext, DecodeResult, PageDataDecoder } from './types';

export function fixture(name: string): unknown {
  // Under happy-dom, import.meta.url is not a file URL: fixtures are found from the project root.
  return JSON.parse(readFileSync(join(process.cwd(), 'lib/page-data', `${name}.fixture.json`), 'utf8'));
}

export const TH: DecodeContext = { region: 'TH' };

export function decodedBatch<E extends Entity>(
  result: DecodeResult,
  entity: E,
): { rows: EntityRowTypes[E][]; rejected: RejectedCount[] } {
  if (result.status !== 'decoded') throw new Error(`expected decoded rows, got ${result.status}`);
  const found = result.batches.find((batch) => batch.entity === entity);
  if (!found) throw new Error(`no ${entity} batch`);
  return found as unknown as { rows: EntityRowTypes[E][]; rejected: RejectedCount[] };
}

export function decodeFixture(decoder: PageDataDecoder, name: string, ctx: DecodeContext = TH): DecodeResult {
  return decoder.decode(fixture(name), ctx);
}
