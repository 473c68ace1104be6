/**
 * "Creators you manage": the creators captured from Seller Center's Manage creators page (the shop's
 * own list), counted by the `*sources` index, not the creators with a program record in the panel.
 */
import type { CreatorDeskDb } from './database';

export const MANAGE_CREATORS_SOURCE = 'manage-creators';

export function countManagedCreators(db: CreatorDeskDb): Promise<number> {
  return db.creators.where('sources').equals(MANAGE_CREATORS_SOURCE).count();
}
