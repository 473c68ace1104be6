import { BUILT_IN_RULES, briefRef, checkBrief, emptyBrief, rulesFromSettings, type CheckRule } from '../briefs/index';
import type { ContentPiece } from '../model/entities';
import {
  BRIEF_CHECKS_RECORD_ID,
  BriefTemplateNotFoundError,
  addCustomRule,
  archiveTemplate,
  checkSettingsFromRecord,
  createTemplate,
  duplicateTemplate,
  getTemplate,
  loadCheckSettings,
  removeCustomRule,
  restoreTemplateVersion,
  saveCheckSettings,
  saveTemplate,
  setCompetitors,
  setRuleEnabled,
  tagContentWithBrief,
  unarchiveTemplate,
  untagContent,
} from './brief-store';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const product = { productName: 'Glow Serum', productId: 'p1' };

function piece(key: string, extra: Partial<ContentPiece> = {}): ContentPiece {
  return {
    key,
    contentId: key.split(':')[1] ?? key,
    type: 'video',
    creatorKey: 'id:1',
    productIds: [],
    metrics: {},
    firstSeen: 1,
    lastSeen: 1,
    updatedAt: 1,
    ...extra,
  };
}

const linkInBioRule: CheckRule = {
  id: 'custom-dm-me',
  kind: 'phrase',
  parts: 'any',
  patterns: ['dm me'],
  severity: 'warning',
  reason: '"{match}" sends buyers away from the shop.',
  suggestedFix: 'Point at the TikTok Shop link instead.',
};

describe('brief templates', () => {
  it('creates a template from a starter and stores it as version 1', async () => {
    const t = await createTemplate(db(), { ...product, starter: 'social-proof' }, { now: 100, id: 't1' });
    expect(t.versions).toHaveLength(1);
    expect(t.brief.hookAngle).toBe('social-proof');
    expect(await getTemplate(db(), 't1')).toEqual(t);
    expect(await getTemplate(db(), 'missing')).toBeNull();
  });

  it('creates from scratch and from a given brief', async () => {
    const scratch = await createTemplate(db(), { productName: 'Mug', name: 'Gift' }, { now: 1, id: 'a' });
    expect(scratch.brief).toEqual(emptyBrief({ productName: 'Mug' }));
    const given = await createTemplate(db(), { productName: 'Mug', brief: { ...emptyBrief({ productName: 'x' }), title: 'Best angle' } }, { id: 'b' });
    expect(given.brief).toMatchObject({ title: 'Best angle', productName: 'Mug' });
  });

  it('keeps a version on every save that changes the brief, and none when nothing changed', async () => {
    const t = await createTemplate(db(), product, { now: 1, id: 't' });
    const first = await saveTemplate(db(), 't', { brief: { ...t.brief, callToAction: 'Tap the orange cart' } }, 2);
    expect(first.savedVersion).toBe(2);
    const same = await saveTemplate(db(), 't', { brief: first.template.brief }, 3);
    expect(same.savedVersion).toBeNull();
    expect(same.template.updatedAt).toBe(2);
    const second = await saveTemplate(db(), 't', { brief: { ...first.template.brief, title: 'Launch' } }, 4);
    expect(second.savedVersion).toBe(3);
    const stored = await getTemplate(db(), 't');
    expect(stored?.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(stored?.versions[1]?.brief.callToAction).toBe('Tap the orange cart');
    expect(stored?.brief.title).toBe('Launch');
  });

  it('renames without a new version, and never stores personalisation on the template', async () => {
    const t = await createTemplate(db(), product, { now: 1, id: 't' });
    const renamed = await saveTemplate(db(), 't', { name: '  Spring launch ' }, 2);
    expect(renamed).toMatchObject({ savedVersion: null, template: { name: 'Spring launch', updatedAt: 2 } });
    const personal = { ...t.brief, title: 'For Ana', personalisation: { creatorName: 'Ana' } };
    const saved = await saveTemplate(db(), 't', { brief: personal }, 3);
    expect(saved.template.brief.personalisation).toBeUndefined();
    expect((await getTemplate(db(), 't'))?.brief.personalisation).toBeUndefined();
  });

  it('refuses an invalid brief and stores nothing', async () => {
    const t = await createTemplate(db(), product, { now: 1, id: 't' });
    const broken = { ...t.brief, hookAngle: 'shouting' } as unknown as typeof t.brief;
    await expect(saveTemplate(db(), 't', { brief: broken })).rejects.toThrow();
    expect((await getTemplate(db(), 't'))?.versions).toHaveLength(1);
  });

  it('duplicates with a fresh history, leaving the source alone', async () => {
    const t = await createTemplate(db(), { ...product, starter: 'curiosity-gap' }, { now: 1, id: 't' });
    await saveTemplate(db(), 't', { brief: { ...t.brief, title: 'v2' } }, 2);
    const copy = await duplicateTemplate(db(), 't', { now: 3, id: 'c' });
    expect(copy).toMatchObject({ id: 'c', duplicatedFrom: 't', name: `${t.name} (copy)`, archived: false });
    expect(copy.versions).toHaveLength(1);
    expect(copy.brief.title).toBe('v2');
    expect((await getTemplate(db(), 't'))?.versions).toHaveLength(2);
    expect(await db().briefTemplates.count()).toBe(2);
  });

  it('archives and unarchives', async () => {
    await createTemplate(db(), product, { now: 1, id: 't' });
    expect((await archiveTemplate(db(), 't', 2)).archived).toBe(true);
    expect(await db().briefTemplates.where('updatedAt').equals(2).count()).toBe(1);
    expect((await unarchiveTemplate(db(), 't', 3)).archived).toBe(false);
  });

  it('restores an old version as a new one, keeping the history', async () => {
    const t = await createTemplate(db(), product, { now: 1, id: 't' });
    await saveTemplate(db(), 't', { brief: { ...t.brief, callToAction: 'link in bio' } }, 2);
    await saveTemplate(db(), 't', { brief: { ...t.brief, callToAction: 'Tap the orange cart' } }, 3);
    const restored = await restoreTemplateVersion(db(), 't', 2, 4);
    expect(restored.savedVersion).toBe(4);
    expect(restored.template.brief.callToAction).toBe('link in bio');
    expect(restored.template.versions.map((v) => v.brief.callToAction)).toEqual(['', 'link in bio', 'Tap the orange cart', 'link in bio']);
    await expect(restoreTemplateVersion(db(), 't', 9)).rejects.toThrow(/no version 9/);
  });

  it('says which template is missing', async () => {
    await expect(saveTemplate(db(), 'nope', { name: 'x' })).rejects.toBeInstanceOf(BriefTemplateNotFoundError);
    await expect(duplicateTemplate(db(), 'nope')).rejects.toBeInstanceOf(BriefTemplateNotFoundError);
    await expect(archiveTemplate(db(), 'nope')).rejects.toBeInstanceOf(BriefTemplateNotFoundError);
  });

  it('does not lose one of two saves made at the same time', async () => {
    const t = await createTemplate(db(), product, { now: 1, id: 't' });
    await Promise.all([
      saveTemplate(db(), 't', { brief: { ...t.brief, title: 'A' } }, 2),
      saveTemplate(db(), 't', { brief: { ...t.brief, title: 'B' } }, 3),
    ]);
    expect((await getTemplate(db(), 't'))?.versions.map((v) => v.brief.title)).toEqual(['', 'A', 'B']);
  });
});

describe('check settings', () => {
  it('reads the defaults when nothing (or garbage) is stored', async () => {
    expect(await loadCheckSettings(db())).toEqual({ customRules: [], competitors: [], disabledRuleIds: [] });
    expect(checkSettingsFromRecord({ id: BRIEF_CHECKS_RECORD_ID, values: 'x' })).toEqual({ customRules: [], competitors: [], disabledRuleIds: [] });
  });

  it('drops a broken custom rule without losing the rest', () => {
    const settings = checkSettingsFromRecord({
      values: { customRules: [linkInBioRule, { id: 'broken' }], competitors: ['Acme', 3], disabledRuleIds: ['claim-miracle'] },
    });
    expect(settings).toEqual({ customRules: [linkInBioRule], competitors: ['Acme'], disabledRuleIds: ['claim-miracle'] });
  });

  it('saves custom rules, competitors and switched-off rules, and the checks use them', async () => {
    expect((await addCustomRule(db(), linkInBioRule, 5)).ok).toBe(true);
    await setCompetitors(db(), [' Acme Beauty ', 'acme beauty', '', 'GlowCo']);
    await setRuleEnabled(db(), 'claim-miracle', false);
    const settings = await loadCheckSettings(db());
    expect(settings).toEqual({ customRules: [linkInBioRule], competitors: ['Acme Beauty', 'GlowCo'], disabledRuleIds: ['claim-miracle'] });
    expect(await db().settings.get(BRIEF_CHECKS_RECORD_ID)).toMatchObject({ id: 'brief-checks', values: settings });

    const brief = { ...emptyBrief(product), hookText: 'A miracle, better than GlowCo. DM me!' };
    const ids = checkBrief(brief, { rules: rulesFromSettings(settings), competitors: settings.competitors }).map((f) => f.ruleId);
    expect(ids).toContain('custom-dm-me');
    expect(ids).toContain('competitor-name');
    expect(ids).not.toContain('claim-miracle');

    await setRuleEnabled(db(), 'claim-miracle', true);
    await removeCustomRule(db(), 'custom-dm-me');
    expect(await loadCheckSettings(db())).toEqual({ customRules: [], competitors: ['Acme Beauty', 'GlowCo'], disabledRuleIds: [] });
  });

  it('refuses an unusable custom rule and stores nothing', async () => {
    const result = await saveCheckSettings(db(), {
      customRules: [{ ...linkInBioRule, patterns: [' '] }],
      competitors: [],
      disabledRuleIds: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(/add at least one pattern/);
    expect(await db().settings.count()).toBe(0);
  });

  it('refuses two custom rules with one id', async () => {
    const result = await saveCheckSettings(db(), { customRules: [linkInBioRule, linkInBioRule], competitors: [], disabledRuleIds: [] });
    expect(result.ok).toBe(false);
  });

  it('lets a custom rule replace a built-in by id', async () => {
    const builtIn = BUILT_IN_RULES.find((r) => r.id === 'passive-cta')!;
    await addCustomRule(db(), { ...builtIn, severity: 'error' });
    const rules = rulesFromSettings(await loadCheckSettings(db()));
    expect(rules.filter((r) => r.id === 'passive-cta')).toHaveLength(1);
    expect(rules.find((r) => r.id === 'passive-cta')?.severity).toBe('error');
  });
});

describe('content tagged with a brief', () => {
  it('tags and untags a piece, keeping everything else', async () => {
    const t = await createTemplate(db(), product, { id: 't' });
    await db().content.bulkPut([piece('video:1'), piece('video:2')]);
    const tagged = await tagContentWithBrief(db(), 'video:1', briefRef('t', 1));
    expect(tagged?.briefId).toBe('t@v1');
    expect(await db().content.where('briefId').equals('t@v1').primaryKeys()).toEqual(['video:1']);
    expect((await db().content.get('video:1'))?.contentId).toBe('1');

    await tagContentWithBrief(db(), 'video:1', t.id);
    expect((await db().content.get('video:1'))?.briefId).toBe('t');

    const untagged = await untagContent(db(), 'video:1');
    expect(untagged && 'briefId' in untagged).toBe(false);
    expect(await db().content.orderBy('briefId').count()).toBe(0);
  });

  it('returns null for a piece that is not stored, and refuses an unknown brief', async () => {
    await createTemplate(db(), product, { id: 't' });
    expect(await tagContentWithBrief(db(), 'video:404', 't')).toBeNull();
    expect(await untagContent(db(), 'video:404')).toBeNull();
    await db().content.put(piece('video:1'));
    await expect(tagContentWithBrief(db(), 'video:1', 'gone@v2')).rejects.toBeInstanceOf(BriefTemplateNotFoundError);
    expect((await db().content.get('video:1'))?.briefId).toBeUndefined();
  });
});
