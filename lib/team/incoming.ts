/**
 * Documents from the team's server are hostile input like anything else from outside: a document is
 * applied only if it is one of ours (known table, id matching its table and key) and its record
 * passes the table's schema (the same zod schemas a restored backup passes).
 */
import { recordSchemaFor } from '../backup/schemas';
import { docIdFor, sharedTable } from './shared-tables';
import { isTeamDoc, sameJson, type TeamDoc } from './team-doc';

/** The document, checked, with its record as the schema reads it; null when it is not applicable. */
export function parseIncoming(value: unknown): TeamDoc | null {
  if (!isTeamDoc(value)) return null;
  if (docIdFor(value.table, value.key) !== value._id) return null;
  if (value._deleted) return value;
  const parsed = recordSchemaFor(value.table).safeParse(value.data);
  if (!parsed.success) return null;
  const data = parsed.data as Record<string, unknown>;
  if (!sameJson(sharedTable(value.table)!.keyOf(data), value.key)) return null;
  return { ...value, data };
}
