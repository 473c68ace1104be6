import { bestAngleNote, createBriefTemplate, personaliseBrief, personalisationLine, tierLabel } from './index';

const template = createBriefTemplate({ productName: 'Glow Serum', starter: 'problem-agitation' }, { now: 1, id: 't' });
const brief = { ...template.brief, hookText: 'Hey {creatorName}, open on {productName} in your own words. {unknown}' };

describe('personaliseBrief', () => {
  const personal = personaliseBrief(brief, { creatorName: ' Ana ', handle: '@ana.glow', tier: 2, bestAngle: 'social-proof' });

  it('returns a new brief for the creator and leaves the template alone', () => {
    expect(personal.personalisation).toEqual({
      creatorName: 'Ana',
      handle: 'ana.glow',
      tier: 2,
      bestAngle: { angle: 'social-proof' },
    });
    expect(personal.hookText).toBe('Hey Ana, open on Glow Serum in your own words. {unknown}');
    expect(brief.personalisation).toBeUndefined();
    expect(brief.hookText).toContain('{creatorName}');
    expect(template.brief.personalisation).toBeUndefined();
  });

  it('falls back to the handle for {creatorName} and leaves unknown placeholders visible', () => {
    expect(personaliseBrief(brief, { handle: 'ana' }).hookText).toBe('Hey @ana, open on Glow Serum in your own words. {unknown}');
    expect(personaliseBrief(brief, {}).hookText).toBe('Hey {creatorName}, open on Glow Serum in your own words. {unknown}');
  });

  it('drops blank values', () => {
    expect(personaliseBrief(brief, { creatorName: ' ', handle: '', tier: '', bestAngle: null }).personalisation).toEqual({});
  });

  it('accepts a best-angle result object (e.g. from bestAngleFor)', () => {
    const p = personaliseBrief(brief, { bestAngle: { angle: 'custom', customAngleName: 'Gift idea', key: 'x' } as never });
    expect(p.personalisation?.bestAngle).toEqual({ angle: 'custom', customAngleName: 'Gift idea' });
  });

  it('describes who it is for', () => {
    expect(personalisationLine(personal)).toBe('Ana (@ana.glow) · Tier 2');
    expect(personalisationLine(personaliseBrief(brief, { handle: 'ana' }))).toBe('@ana');
    expect(personalisationLine(personaliseBrief(brief, { tier: 'Prospect' }))).toBe('Prospect');
    expect(personalisationLine(brief)).toBeNull();
    expect(tierLabel('3')).toBe('Tier 3');
  });
});

describe('bestAngleNote', () => {
  it('suggests the best angle when it differs, with its opener', () => {
    expect(bestAngleNote(personaliseBrief(brief, { bestAngle: 'social-proof' }))).toBe(
      'Your best-converting angle so far is social proof (e.g. "Everyone in my community is using this"): feel free to blend it into this hook.',
    );
  });

  it('confirms when the brief already uses it', () => {
    expect(bestAngleNote(personaliseBrief(brief, { bestAngle: 'problem-agitation' }))).toBe(
      'This brief uses your best-converting angle so far: problem agitation.',
    );
  });

  it('handles custom angles and briefs without an angle', () => {
    expect(bestAngleNote(personaliseBrief({ ...brief, hookAngle: null }, { bestAngle: { angle: 'custom', customAngleName: 'Gift idea' } }))).toBe(
      'Your best-converting angle so far is "Gift idea": start from it.',
    );
    expect(bestAngleNote(personaliseBrief(brief, {}))).toBeNull();
  });
});
