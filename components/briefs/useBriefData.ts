import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { rulesFromSettings, type BriefCheckSettings, type BriefTemplate, type CheckRule } from '../../lib/briefs/index';
import { BRIEF_CHECKS_RECORD_ID, checkSettingsFromRecord, type BriefDb } from '../../lib/db/brief-store';
import type { CreatorDeskDb } from '../../lib/db/database';
import type { ContentPiece } from '../../lib/model/entities';
import { useDb } from '../db/DbContext';

/** The database, as the brief store needs it (schema version 2 has every table it uses). */
export function useBriefDb(): BriefDb & CreatorDeskDb {
  return useDb();
}

/** Every template, archived ones included; undefined while loading. */
export function useTemplates(): BriefTemplate[] | undefined {
  const db = useBriefDb();
  return useLiveQuery(() => db.briefTemplates.toArray(), [db]);
}

export interface CheckSetup {
  settings: BriefCheckSettings;
  rules: CheckRule[];
}

/** The seller's check settings and the rules they make; undefined while loading. */
export function useCheckSetup(): CheckSetup | undefined {
  const db = useBriefDb();
  const record = useLiveQuery(async () => (await db.settings.get(BRIEF_CHECKS_RECORD_ID)) ?? null, [db]);
  return useMemo(() => {
    if (record === undefined) return undefined;
    const settings = checkSettingsFromRecord(record);
    return { settings, rules: rulesFromSettings(settings) };
  }, [record]);
}

/** Content pieces tagged with any brief (the `briefId` index holds only tagged pieces). */
export function useTaggedContent(): ContentPiece[] | undefined {
  const db = useBriefDb();
  return useLiveQuery(() => db.content.orderBy('briefId').toArray(), [db]);
}
