/**
 * The seller's decision on an open → target suggestion, kept on the creator's program record:
 * accepted (an invitation is planned, at the suggested rate) or dismissed (hidden until the
 * conversion that triggered it changes). Nothing is sent to Seller Center.
 */
import type { CreatorProgram } from '../model/program';
import { updateProgram, type ProgramDb } from './program-store';

export function decideTargetInvite(
  db: ProgramDb,
  creatorKey: string,
  decision: { status: 'accepted' | 'dismissed'; rate: number; conversionRate: number },
  at: number = Date.now(),
): Promise<CreatorProgram> {
  return updateProgram(db, creatorKey, at, (program) => ({ ...program, targetInvite: { ...decision, at }, updatedAt: at }));
}
