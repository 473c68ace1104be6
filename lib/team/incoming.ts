/**
 * Documents from the team's server are hostile input like anything else from outside: a document is
 * applied only if it is one of ours (known table, id matching its table and key) and its record
 * passes the table's schema (the same zod schemas a restored backup passes).
 */
import { recordSchemaFor } from '../backup/schemas';
import { parseCaptureTimes } from './capture-times';
import { docIdFor, sharedTable } from './shared-tables';
import { isTeamDoc, MAX_LOST_VERSIONS, sameJson, type LostVersion, type TeamDoc } from './team-doc';

/** The document, checked, with its record as the schema reads it; null when it is not applicable. */
export function parseIncoming(value: unknown): TeamDoc | null {
  if (!isTeamDoc(value)) return null;
  if (docIdFor(value.table, value.key) !== value._id) return null;
  if (value._deleted) return value;
  const parsed = recordSchemaFor(value.table).safeParse(value.data);
  if (!parsed.success) return null;
  const data = parsed.data as Record<string, unknown>;
  if (!sameJson(sharedTable(value.table)!.keyOf(data), value.key)) return null;
  const { seen: _seen, lost: _lost, ...rest } = value;
  const parsedDoc: TeamDoc = { ...rest, data };
  const lost = parseLost(value.table, value.lost);
  if (lost) parsedDoc.lost = lost;
  const seen = parseCaptureTimes(value.seen);
  if (seen) parsedDoc.seen = seen;
  return parsedDoc;
}

/** Lost versions that pass the same checks; anything else is left out. */
function parseLost(table: string, lost: unknown): LostVersion[] | undefined {
  if (!Array.isArray(lost)) return undefined;
  const valid: LostVersion[] = [];
  for (const item of lost.slice(-MAX_LOST_VERSIONS)) {
    const { rev, by, at, data } = (item ?? {}) as Partial<LostVersion>;
    if (typeof rev !== 'string' || typeof by !== 'string' || typeof at !== 'number') continue;
    const parsed = recordSchemaFor(table).safeParse(data);
    if (parsed.success) valid.push({ rev: rev.slice(0, 200), by: by.slice(0, 80), at, data: parsed.data as Record<string, unknown> });
  }
  return valid.length > 0 ? valid : undefined;
}
