import {
  archiveBriefTemplate,
  briefRef,
  createBriefTemplate,
  duplicateBriefTemplate,
  getBriefVersion,
  parseBriefRef,
  personaliseBrief,
  renameBriefTemplate,
  resolveBriefRef,
  restoreBriefVersion,
  saveBriefTemplate,
  starterBrief,
  templatesForProduct,
  unarchiveBriefTemplate,
} from './index';
import { NAMED_HOOK_ANGLES, briefSchema, briefTemplateSchema, briefsEqual, emptyBrief, type BriefTemplate } from './model';

const product = { productName: 'Glow Serum', productId: 'p1' };

describe('creating templates', () => {
  it('from scratch: an empty brief saved as version 1', () => {
    const t = createBriefTemplate({ ...product, name: 'Launch' }, { now: 1000, id: 't1' });
    expect(t).toMatchObject({ id: 't1', name: 'Launch', productId: 'p1', archived: false, createdAt: 1000, starterAngle: null });
    expect(t.brief).toEqual(emptyBrief(product));
    expect(t.versions).toEqual([{ version: 1, savedAt: 1000, brief: t.brief }]);
  });

  it.each(NAMED_HOOK_ANGLES)('from the %s starter', (angle) => {
    const t = createBriefTemplate({ ...product, starter: angle }, { now: 1, id: 'x' });
    expect(t.starterAngle).toBe(angle);
    expect(t.brief.hookAngle).toBe(angle);
    expect(t.brief.hookText).toContain('Glow Serum');
    expect(t.brief.hookText).not.toContain('{productName}');
    expect(t.brief.proofElement.kind).not.toBeNull();
    expect(t.brief.callToAction).not.toBe('');
    expect(t.brief.whatNotToSay.length).toBeGreaterThan(0);
    expect(t.name).toBe(t.brief.title);
  });

  it('starter text uses the playbook opener', () => {
    expect(starterBrief('problem-agitation', product).hookText).toContain('I was struggling with this for years');
    expect(starterBrief('curiosity-gap', product).title).toBe('Glow Serum – Curiosity gap');
  });

  it('gets a random id by default', () => {
    const a = createBriefTemplate(product);
    const b = createBriefTemplate(product);
    expect(a.id).not.toBe(b.id);
  });
});

describe('versioning', () => {
  const t1 = createBriefTemplate({ ...product, starter: 'social-proof' }, { now: 1, id: 't' });
  const t2 = saveBriefTemplate(t1, { ...t1.brief, callToAction: "I'll have the link pinned" }, { now: 2 });
  const t3 = saveBriefTemplate(t2, { ...t2.brief, productTruths: ['Fragrance-free'] }, { now: 3 });

  it('every save appends a version and leaves the old ones untouched', () => {
    expect(t3.versions.map((v) => [v.version, v.savedAt])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(t3.brief).toEqual(t3.versions[2]!.brief);
    expect(t3.updatedAt).toBe(3);
    expect(getBriefVersion(t3, 1)!.brief).toEqual(t1.brief);
    expect(getBriefVersion(t3, 9)).toBeNull();
    expect(t1.versions).toHaveLength(1); // input not mutated
  });

  it('saving an unchanged brief adds no version (same object back)', () => {
    expect(saveBriefTemplate(t3, structuredClone(t3.brief), { now: 4 })).toBe(t3);
  });

  it('restoring an old version saves it as a new version', () => {
    const restored = restoreBriefVersion(t3, 1, { now: 5 });
    expect(restored.versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(briefsEqual(restored.brief, t1.brief)).toBe(true);
    expect(() => restoreBriefVersion(t3, 42)).toThrow(/no version 42/);
  });

  it('never stores a personalisation on the template', () => {
    const personal = personaliseBrief({ ...t3.brief, title: 'Changed' }, { creatorName: 'Ana' });
    const saved = saveBriefTemplate(t3, personal, { now: 6 });
    expect(saved.brief.personalisation).toBeUndefined();
    expect(saved.brief.title).toBe('Changed');
  });

  it('keeps the product in sync with the brief', () => {
    const moved = saveBriefTemplate(t3, { ...t3.brief, productName: 'Glow Serum 2', productId: 'p2' }, { now: 7 });
    expect(moved).toMatchObject({ productName: 'Glow Serum 2', productId: 'p2' });
  });
});

describe('duplicate, rename, archive', () => {
  const original = saveBriefTemplate(createBriefTemplate({ ...product, name: 'Launch' }, { now: 1, id: 'a' }), {
    ...emptyBrief(product),
    title: 'v2',
  }, { now: 2 });

  it('duplicate: new id, "(copy)" name, fresh history from the current brief', () => {
    const copy = duplicateBriefTemplate(original, { now: 10, id: 'b' });
    expect(copy).toMatchObject({ id: 'b', name: 'Launch (copy)', duplicatedFrom: 'a', createdAt: 10, archived: false });
    expect(copy.versions).toEqual([{ version: 1, savedAt: 10, brief: original.brief }]);
    expect(copy.brief).not.toBe(original.brief);
    expect(duplicateBriefTemplate(original, { name: 'Holiday', id: 'c' }).name).toBe('Holiday');
  });

  it('rename ignores blank names', () => {
    expect(renameBriefTemplate(original, 'Spring', { now: 3 })).toMatchObject({ name: 'Spring', updatedAt: 3 });
    expect(renameBriefTemplate(original, '  ')).toBe(original);
  });

  it('archive and unarchive', () => {
    const archived = archiveBriefTemplate(original, { now: 4 });
    expect(archived).toMatchObject({ archived: true, updatedAt: 4 });
    expect(archiveBriefTemplate(archived)).toBe(archived);
    expect(unarchiveBriefTemplate(archived, { now: 5 })).toMatchObject({ archived: false, updatedAt: 5 });
  });

  it('templatesForProduct lists a product\'s live templates, newest first', () => {
    const a = { ...original, updatedAt: 5 };
    const b = { ...duplicateBriefTemplate(original, { id: 'b', now: 9 }) };
    const gone = archiveBriefTemplate({ ...original, id: 'z' }, { now: 20 });
    const other = createBriefTemplate({ productName: 'Other', productId: 'p9' }, { id: 'o', now: 30 });
    const all = [a, gone, other, b];
    expect(templatesForProduct(all, { productId: 'p1' }).map((t) => t.id)).toEqual(['b', 'a']);
    expect(templatesForProduct(all, { productId: 'p1' }, { includeArchived: true }).map((t) => t.id)).toEqual(['z', 'b', 'a']);
    expect(templatesForProduct(all, { productName: ' glow SERUM ' }).map((t) => t.id)).toEqual(['b', 'a']);
  });
});

describe('brief references on content pieces', () => {
  const t1 = createBriefTemplate({ ...product, starter: 'curiosity-gap' }, { now: 1, id: 'tmpl-1' });
  const t2 = saveBriefTemplate(t1, { ...t1.brief, hookAngle: 'social-proof' }, { now: 2 });

  it('round-trips template id and version', () => {
    expect(briefRef('tmpl-1')).toBe('tmpl-1');
    expect(briefRef('tmpl-1', 3)).toBe('tmpl-1@v3');
    expect(parseBriefRef('tmpl-1@v3')).toEqual({ templateId: 'tmpl-1', version: 3 });
    expect(parseBriefRef('tmpl-1')).toEqual({ templateId: 'tmpl-1', version: null });
  });

  it('resolves a pinned version, the current brief, or null', () => {
    expect(resolveBriefRef('tmpl-1@v1', [t2])?.hookAngle).toBe('curiosity-gap');
    expect(resolveBriefRef('tmpl-1', [t2])?.hookAngle).toBe('social-proof');
    expect(resolveBriefRef('tmpl-1@v9', [t2])?.hookAngle).toBe('social-proof');
    expect(resolveBriefRef('missing', [t2])).toBeNull();
  });
});

describe('schemas (IndexedDB and backup/restore)', () => {
  it('round-trip a template through JSON', () => {
    const t = saveBriefTemplate(createBriefTemplate({ ...product, starter: 'social-proof' }, { now: 1, id: 't' }), {
      ...starterBrief('social-proof', product),
      regulatedCategory: 'supplements',
      substantiatedClaims: ['clinically proven'],
    }, { now: 2 });
    const parsed = briefTemplateSchema.parse(JSON.parse(JSON.stringify(t)));
    expect(parsed).toEqual(t);
  });

  it('fill defaults for briefs from older backups', () => {
    expect(briefSchema.parse({ title: 'Old', productName: 'X' })).toEqual({ ...emptyBrief({ productName: 'X' }), title: 'Old' });
  });

  it('reject broken templates', () => {
    const t: BriefTemplate = createBriefTemplate(product, { now: 1, id: 't' });
    expect(briefTemplateSchema.safeParse({ ...t, versions: [] }).success).toBe(false);
    expect(briefTemplateSchema.safeParse({ ...t, brief: { ...t.brief, hookAngle: 'shouting' } }).success).toBe(false);
    const unordered = { ...t, versions: [{ ...t.versions[0]!, version: 2 }, { ...t.versions[0]!, version: 1 }] };
    expect(briefTemplateSchema.safeParse(unordered).success).toBe(false);
  });
});
