import { TeamHistoryDb } from '../../lib/team/history';

let historyDb: TeamHistoryDb | undefined;

/** This browser's team history database (opened on first use; empty while Team was never on). */
export function teamHistoryDb(): TeamHistoryDb {
  historyDb ??= new TeamHistoryDb();
  return historyDb;
}
