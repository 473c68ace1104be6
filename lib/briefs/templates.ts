/**
 * The brief template library: pure functions that return new templates (the caller stores them).
 * Every save appends a version; nothing here ever rewrites or drops an old version.
 */
import {
  DEFAULT_CALL_TO_ACTION,
  DEFAULT_WHAT_NOT_TO_SAY,
  HOOK_ANGLE_GUIDES,
} from './guidance';
import { briefsEqual, emptyBrief, type Brief, type BriefTemplate, type BriefVersion, type NamedHookAngle } from './model';

export interface BriefProduct {
  productName: string;
  productId?: string;
}

/** Clock and id source, injectable so tests and demos are deterministic. */
export interface TemplateContext {
  now?: number;
  id?: string;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A starter brief for one of the four named angles, with `{productName}` filled in. */
export function starterBrief(angle: NamedHookAngle, product: BriefProduct): Brief {
  const guide = HOOK_ANGLE_GUIDES[angle];
  const name = product.productName.trim() || 'the product';
  const fill = (text: string) => text.replaceAll('{productName}', name);
  return {
    ...emptyBrief(product),
    title: `${product.productName.trim() || 'Product'} – ${guide.label}`,
    hookAngle: angle,
    hookText: fill(guide.starterHookText),
    proofElement: { kind: guide.suggestedProof, text: fill(guide.starterProofText) },
    callToAction: DEFAULT_CALL_TO_ACTION,
    whatNotToSay: [...DEFAULT_WHAT_NOT_TO_SAY],
  };
}

export interface CreateTemplateInput extends BriefProduct {
  /** Library name; defaults to the brief's title or the product name. */
  name?: string;
  /** Start from a built-in angle starter; omitted or null: from scratch. */
  starter?: NamedHookAngle | null;
  /** Start from this brief instead (e.g. a brief built from the best-converting angle). */
  brief?: Brief;
}

/** A new template; its first brief is saved as version 1. */
export function createBriefTemplate(input: CreateTemplateInput, ctx: TemplateContext = {}): BriefTemplate {
  const now = ctx.now ?? Date.now();
  const product: BriefProduct = {
    productName: input.productName,
    ...(input.productId !== undefined ? { productId: input.productId } : {}),
  };
  const starter = input.starter ?? null;
  const brief = input.brief
    ? { ...structuredClone(input.brief), ...product }
    : starter
      ? starterBrief(starter, product)
      : emptyBrief(product);
  return {
    id: ctx.id ?? newId(),
    ...product,
    name: input.name?.trim() || brief.title || product.productName,
    archived: false,
    createdAt: now,
    updatedAt: now,
    starterAngle: input.brief ? null : starter,
    brief,
    versions: [{ version: 1, savedAt: now, brief }],
  };
}

/**
 * Saves `brief` as the template's new current version. Saving a brief identical to the current one
 * returns the same template object (no empty versions); compare by reference to tell.
 */
export function saveBriefTemplate(template: BriefTemplate, brief: Brief, ctx: Pick<TemplateContext, 'now'> = {}): BriefTemplate {
  if (briefsEqual(template.brief, brief)) return template;
  const now = ctx.now ?? Date.now();
  // A template's brief is never personalised: personalisation belongs to one copy sent to one creator.
  const { personalisation: _dropped, ...stored } = structuredClone(brief);
  const version: BriefVersion = { version: latestVersionNumber(template) + 1, savedAt: now, brief: stored };
  return {
    ...template,
    productName: stored.productName,
    ...(stored.productId !== undefined ? { productId: stored.productId } : {}),
    updatedAt: now,
    brief: stored,
    versions: [...template.versions, version],
  };
}

export function latestVersionNumber(template: BriefTemplate): number {
  return template.versions.at(-1)?.version ?? 0;
}

/** One saved version, or null when there is none with that number. */
export function getBriefVersion(template: BriefTemplate, version: number): BriefVersion | null {
  return template.versions.find((v) => v.version === version) ?? null;
}

/** Makes an older version current again by saving it as a new version (history is kept). */
export function restoreBriefVersion(
  template: BriefTemplate,
  version: number,
  ctx: Pick<TemplateContext, 'now'> = {},
): BriefTemplate {
  const found = getBriefVersion(template, version);
  if (!found) throw new Error(`Brief template ${template.id} has no version ${version}`);
  return saveBriefTemplate(template, found.brief, ctx);
}

/** A copy with its own id and a fresh history (version 1 = the source's current brief). */
export function duplicateBriefTemplate(
  template: BriefTemplate,
  options: { name?: string } & TemplateContext = {},
): BriefTemplate {
  const now = options.now ?? Date.now();
  const brief = structuredClone(template.brief);
  return {
    ...template,
    id: options.id ?? newId(),
    name: options.name?.trim() || `${template.name} (copy)`,
    archived: false,
    createdAt: now,
    updatedAt: now,
    duplicatedFrom: template.id,
    brief,
    versions: [{ version: 1, savedAt: now, brief }],
  };
}

export function renameBriefTemplate(template: BriefTemplate, name: string, ctx: Pick<TemplateContext, 'now'> = {}): BriefTemplate {
  const trimmed = name.trim();
  if (!trimmed || trimmed === template.name) return template;
  return { ...template, name: trimmed, updatedAt: ctx.now ?? Date.now() };
}

export function archiveBriefTemplate(template: BriefTemplate, ctx: Pick<TemplateContext, 'now'> = {}): BriefTemplate {
  return template.archived ? template : { ...template, archived: true, updatedAt: ctx.now ?? Date.now() };
}

export function unarchiveBriefTemplate(template: BriefTemplate, ctx: Pick<TemplateContext, 'now'> = {}): BriefTemplate {
  return template.archived ? { ...template, archived: false, updatedAt: ctx.now ?? Date.now() } : template;
}

/**
 * The library view for one product (by id when given, else by name, case-insensitive), most
 * recently updated first. Archived templates are left out unless asked for.
 */
export function templatesForProduct(
  templates: readonly BriefTemplate[],
  product: Partial<BriefProduct>,
  options: { includeArchived?: boolean } = {},
): BriefTemplate[] {
  const name = product.productName?.trim().toLowerCase();
  return templates
    .filter((t) => options.includeArchived || !t.archived)
    .filter((t) =>
      product.productId !== undefined
        ? t.productId === product.productId
        : name !== undefined && t.productName.trim().toLowerCase() === name,
    )
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * What a content piece's `briefId` holds: the template id, optionally pinned to the version the
 * creator was sent (`<id>@v3`), so later edits to the template do not re-label old posts.
 */
export function briefRef(templateId: string, version?: number): string {
  return version === undefined ? templateId : `${templateId}@v${version}`;
}

export function parseBriefRef(ref: string): { templateId: string; version: number | null } {
  const match = /^(.*)@v(\d+)$/.exec(ref);
  if (!match?.[1]) return { templateId: ref, version: null };
  return { templateId: match[1], version: Number(match[2]) };
}

/**
 * Finds the brief a `briefId` refers to: the pinned version when there is one (falling back to the
 * current brief if that version is missing), else the template's current brief.
 */
export function resolveBriefRef(ref: string, templates: readonly BriefTemplate[]): Brief | null {
  const { templateId, version } = parseBriefRef(ref);
  const template = templates.find((t) => t.id === templateId) ?? templates.find((t) => t.id === ref);
  if (!template) return null;
  if (version !== null && template.id === templateId) {
    return getBriefVersion(template, version)?.brief ?? template.brief;
  }
  return template.brief;
}
