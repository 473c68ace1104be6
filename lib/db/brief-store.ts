/**
 * The seller's writes for the brief builder: brief templates (`briefTemplates`, key `id`), the check
 * settings (`settings` record `brief-checks`) and the brief a content piece answered
 * (`ContentPiece.briefId`). The template logic is `lib/briefs` (pure); these functions only read,
 * apply it and write, each in one transaction so two quick clicks never lose one another.
 * Every brief save keeps a version: nothing here rewrites or drops an old one.
 */
import type Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import {
  DEFAULT_CHECK_SETTINGS,
  archiveBriefTemplate,
  briefCheckSettingsSchema,
  briefSchema,
  briefTemplateSchema,
  checkRuleSchema,
  createBriefTemplate,
  duplicateBriefTemplate,
  parseBriefRef,
  renameBriefTemplate,
  restoreBriefVersion,
  saveBriefTemplate,
  unarchiveBriefTemplate,
  validateCheckRule,
  type Brief,
  type BriefCheckSettings,
  type BriefTemplate,
  type CheckRule,
  type CreateTemplateInput,
  type TemplateContext,
} from '../briefs/index';
import type { ContentPiece } from '../model/entities';
import type { SettingsRecord } from './database';

/** The `settings` record holding the seller's custom rules, competitor list and switched-off rules. */
export const BRIEF_CHECKS_RECORD_ID = 'brief-checks';

/** What these functions need of the database (CreatorDeskDb from schema version 2 has it). */
export type BriefDb = Dexie & {
  briefTemplates: EntityTable<BriefTemplate, 'id'>;
  settings: Table<SettingsRecord, string>;
  content: EntityTable<ContentPiece, 'key'>;
};

export class BriefTemplateNotFoundError extends Error {
  constructor(readonly templateId: string) {
    super(`No brief template with id ${templateId}`);
    this.name = 'BriefTemplateNotFoundError';
  }
}

async function requireTemplate(db: BriefDb, id: string): Promise<BriefTemplate> {
  const template = await db.briefTemplates.get(id);
  if (!template) throw new BriefTemplateNotFoundError(id);
  return template;
}

/** Reads, changes and writes one template in a transaction; unchanged (same object) means no write. */
async function changeStoredTemplate(
  db: BriefDb,
  id: string,
  change: (template: BriefTemplate) => BriefTemplate,
): Promise<{ template: BriefTemplate; changed: boolean }> {
  return db.transaction('rw', db.briefTemplates, async () => {
    const current = await requireTemplate(db, id);
    const next = change(current);
    if (next === current) return { template: current, changed: false };
    const valid = briefTemplateSchema.parse(next);
    await db.briefTemplates.put(valid);
    return { template: valid, changed: true };
  });
}

export async function getTemplate(db: BriefDb, id: string): Promise<BriefTemplate | null> {
  return (await db.briefTemplates.get(id)) ?? null;
}

/** A new template (from scratch, a built-in angle starter, or a given brief), stored as version 1. */
export async function createTemplate(db: BriefDb, input: CreateTemplateInput, ctx: TemplateContext = {}): Promise<BriefTemplate> {
  const template = briefTemplateSchema.parse(
    createBriefTemplate({ ...input, ...(input.brief ? { brief: briefSchema.parse(input.brief) } : {}) }, ctx),
  );
  await db.briefTemplates.add(template);
  return template;
}

export interface SaveTemplateChange {
  /** The edited brief: stored as a new version when it differs from the current one. */
  brief?: Brief;
  /** A new library name (blank or unchanged names are ignored). */
  name?: string;
}

export interface SaveTemplateResult {
  template: BriefTemplate;
  /** The version number the brief was saved as; null when the brief was unchanged. */
  savedVersion: number | null;
}

/** Saves the editor's brief (a new version, unless nothing changed) and the template's name. */
export async function saveTemplate(
  db: BriefDb,
  id: string,
  change: SaveTemplateChange,
  at: number = Date.now(),
): Promise<SaveTemplateResult> {
  let savedVersion: number | null = null;
  const { template } = await changeStoredTemplate(db, id, (current) => {
    let next = current;
    if (change.brief) {
      const saved = saveBriefTemplate(next, briefSchema.parse(change.brief), { now: at });
      if (saved !== next) savedVersion = saved.versions.at(-1)?.version ?? null;
      next = saved;
    }
    if (change.name !== undefined) next = renameBriefTemplate(next, change.name, { now: at });
    return next;
  });
  return { template, savedVersion };
}

/** A copy with its own id and a fresh history (its version 1 is the source's current brief). */
export async function duplicateTemplate(
  db: BriefDb,
  id: string,
  options: { name?: string } & TemplateContext = {},
): Promise<BriefTemplate> {
  return db.transaction('rw', db.briefTemplates, async () => {
    const copy = briefTemplateSchema.parse(duplicateBriefTemplate(await requireTemplate(db, id), options));
    await db.briefTemplates.add(copy);
    return copy;
  });
}

/** Hides a template from the library (nothing is deleted; it can be unarchived). */
export async function archiveTemplate(db: BriefDb, id: string, at: number = Date.now()): Promise<BriefTemplate> {
  return (await changeStoredTemplate(db, id, (t) => archiveBriefTemplate(t, { now: at }))).template;
}

export async function unarchiveTemplate(db: BriefDb, id: string, at: number = Date.now()): Promise<BriefTemplate> {
  return (await changeStoredTemplate(db, id, (t) => unarchiveBriefTemplate(t, { now: at }))).template;
}

/** Makes an older version current again by saving it as a new version (history is kept). */
export async function restoreTemplateVersion(
  db: BriefDb,
  id: string,
  version: number,
  at: number = Date.now(),
): Promise<SaveTemplateResult> {
  let savedVersion: number | null = null;
  const { template } = await changeStoredTemplate(db, id, (current) => {
    const restored = restoreBriefVersion(current, version, { now: at });
    if (restored !== current) savedVersion = restored.versions.at(-1)?.version ?? null;
    return restored;
  });
  return { template, savedVersion };
}

// ---------------------------------------------------------------------------------------------
// Check settings

/**
 * The check settings inside a stored record. Reading never fails: a missing or broken record gives
 * the defaults, and one broken custom rule is dropped without losing the others.
 */
export function checkSettingsFromRecord(record: unknown): BriefCheckSettings {
  const values = record !== null && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  if (values === null || typeof values !== 'object') return structuredClone(DEFAULT_CHECK_SETTINGS);
  const raw = values as Record<string, unknown>;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const rules = Array.isArray(raw.customRules) ? raw.customRules : [];
  return {
    customRules: rules.flatMap((rule) => {
      const parsed = checkRuleSchema.safeParse(rule);
      return parsed.success ? [parsed.data] : [];
    }),
    competitors: strings(raw.competitors),
    disabledRuleIds: strings(raw.disabledRuleIds),
  };
}

export async function loadCheckSettings(db: BriefDb): Promise<BriefCheckSettings> {
  return checkSettingsFromRecord(await db.settings.get(BRIEF_CHECKS_RECORD_ID));
}

export type SaveCheckSettingsResult = { ok: true; settings: BriefCheckSettings } | { ok: false; errors: string[] };

/** Problems that keep settings from being stored (each custom rule must be usable, ids unique). */
export function checkSettingsProblems(settings: BriefCheckSettings): string[] {
  const parsed = briefCheckSettingsSchema.safeParse(settings);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of parsed.data.customRules) {
    if (seen.has(rule.id)) problems.push(`Rule ${rule.id}: another custom rule has the same id`);
    seen.add(rule.id);
    for (const problem of validateCheckRule(rule)) problems.push(`Rule ${rule.id}: ${problem}`);
  }
  return problems;
}

/** Tidies lists: trimmed, no blanks, no duplicates (case-insensitive for competitor names). */
function tidy(settings: BriefCheckSettings): BriefCheckSettings {
  const unique = (items: string[], key: (s: string) => string) => {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const item of items.map((s) => s.trim())) {
      if (item === '' || seen.has(key(item))) continue;
      seen.add(key(item));
      kept.push(item);
    }
    return kept;
  };
  return {
    customRules: settings.customRules,
    competitors: unique(settings.competitors, (s) => s.toLowerCase()),
    disabledRuleIds: unique(settings.disabledRuleIds, (s) => s),
  };
}

/** Stores the settings when every custom rule is usable; otherwise stores nothing and says why. */
export async function saveCheckSettings(
  db: BriefDb,
  settings: BriefCheckSettings,
  at: number = Date.now(),
): Promise<SaveCheckSettingsResult> {
  const errors = checkSettingsProblems(settings);
  if (errors.length > 0) return { ok: false, errors };
  const values = tidy(briefCheckSettingsSchema.parse(settings));
  await db.settings.put({ id: BRIEF_CHECKS_RECORD_ID, values, updatedAt: at });
  return { ok: true, settings: values };
}

/** Reads, changes and saves the check settings in one transaction. */
export async function updateCheckSettings(
  db: BriefDb,
  change: (settings: BriefCheckSettings) => BriefCheckSettings,
  at: number = Date.now(),
): Promise<SaveCheckSettingsResult> {
  return db.transaction('rw', db.settings, async () => saveCheckSettings(db, change(await loadCheckSettings(db)), at));
}

export async function addCustomRule(db: BriefDb, rule: CheckRule, at: number = Date.now()): Promise<SaveCheckSettingsResult> {
  return updateCheckSettings(db, (s) => ({ ...s, customRules: [...s.customRules.filter((r) => r.id !== rule.id), rule] }), at);
}

export async function removeCustomRule(db: BriefDb, ruleId: string, at: number = Date.now()): Promise<SaveCheckSettingsResult> {
  return updateCheckSettings(db, (s) => ({ ...s, customRules: s.customRules.filter((r) => r.id !== ruleId) }), at);
}

export async function setCompetitors(db: BriefDb, competitors: string[], at: number = Date.now()): Promise<SaveCheckSettingsResult> {
  return updateCheckSettings(db, (s) => ({ ...s, competitors }), at);
}

/** Switches a rule (built-in or custom) on or off by id. */
export async function setRuleEnabled(
  db: BriefDb,
  ruleId: string,
  enabled: boolean,
  at: number = Date.now(),
): Promise<SaveCheckSettingsResult> {
  return updateCheckSettings(
    db,
    (s) => ({
      ...s,
      disabledRuleIds: enabled ? s.disabledRuleIds.filter((id) => id !== ruleId) : [...s.disabledRuleIds, ruleId],
    }),
    at,
  );
}

// ---------------------------------------------------------------------------------------------
// Content tagged with the brief it answered

/**
 * Records that a content piece answered a brief. `ref` is a `briefRef` (`<template id>` or
 * `<template id>@v<n>`); the template must exist. Returns the updated piece, or null when there is
 * no piece with that key.
 */
export async function tagContentWithBrief(db: BriefDb, contentKey: string, ref: string): Promise<ContentPiece | null> {
  const { templateId } = parseBriefRef(ref);
  return db.transaction('rw', db.content, db.briefTemplates, async () => {
    if (!(await db.briefTemplates.get(templateId))) throw new BriefTemplateNotFoundError(templateId);
    const piece = await db.content.get(contentKey);
    if (!piece) return null;
    if (piece.briefId === ref) return piece;
    const next: ContentPiece = { ...piece, briefId: ref };
    await db.content.put(next);
    return next;
  });
}

/** Removes a piece's brief tag. Returns the piece, or null when there is no piece with that key. */
export async function untagContent(db: BriefDb, contentKey: string): Promise<ContentPiece | null> {
  return db.transaction('rw', db.content, async () => {
    const piece = await db.content.get(contentKey);
    if (!piece) return null;
    if (piece.briefId === undefined) return piece;
    const { briefId: _removed, ...rest } = piece;
    await db.content.put(rest);
    return rest;
  });
}
