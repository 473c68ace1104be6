import fc from 'fast-check';
import {
  BUILT_IN_RULES,
  checkBrief,
  countFindings,
  findingsFor,
  highlightSegments,
  markSubstantiated,
  partText,
  replaceFindingText,
  rulesFromSettings,
  validateCheckRule,
  type CheckRule,
  type Finding,
} from './index';
import { emptyBrief, type Brief } from './model';

const clean: Brief = {
  title: 'Glow Serum launch',
  productName: 'Glow Serum',
  hookAngle: 'problem-agitation',
  customAngleName: '',
  hookText: 'Open on dry, tight skin every morning: "I was struggling with this for years".',
  productTruths: ['Hyaluronic acid in a light gel', 'Fragrance-free'],
  proofElement: { kind: 'demonstration', text: 'Apply on camera and show how fast it absorbs.' },
  callToAction: "Grab it directly from my TikTok Shop, I'll have the link pinned.",
  whatNotToSay: ['Do not say it cures acne', 'No "guaranteed results" or "miracle"', 'Do not mention Glossier', '100% effective'],
  substantiatedClaims: [],
  regulatedCategory: null,
};

const competitors = ['Glossier', 'Drunk Elephant'];

/** Findings with `text` as the call to action (or another part). */
function check(text: string, overrides: Partial<Brief> = {}, part: 'callToAction' | 'hookText' = 'callToAction'): Finding[] {
  return checkBrief({ ...clean, ...overrides, [part]: text }, { competitors });
}
const ruleIds = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe('a complete, clean brief', () => {
  it('has no findings', () => {
    expect(checkBrief(clean, { competitors })).toEqual([]);
  });
});

describe('true positives: each rule flags its language, with reason, fix and exact offsets', () => {
  it.each<[string, string, string]>([
    ['passive-cta', 'Link in bio', 'Link in bio'],
    ['passive-cta', 'Shop via the link in my bio!', 'link in my bio'],
    ['passive-cta', 'Click the link in bio to buy', 'Click the link in bio'],
    ['passive-cta', 'check my bio for it', 'check my bio'],
    ['passive-cta', 'LINK  IN\u00A0BIO', 'LINK  IN\u00A0BIO'],
    ['passive-cta', 'link-in-bio', 'link-in-bio'],
    ['passive-cta', 'Honestly, \u201Clinks in my bio\u201D', 'links in my bio'],
    ['claim-cure', 'It cures acne', 'cures'],
    ['claim-cure', 'Cure your breakouts', 'Cure'],
    ['claim-cure', 'my eczema is cured', 'cured'],
    ['claim-cure', 'a real cure-all', 'cure-all'],
    ['claim-cure', 'It \uFF23\uFF35\uFF32\uFF25\uFF33 acne', '\uFF23\uFF35\uFF32\uFF25\uFF33'],
    ['claim-cure', 'It cu\u200Bres acne', 'cu\u200Bres'],
    ['claim-heals', 'heals dry skin overnight', 'heals'],
    ['claim-treats', 'It treats acne fast', 'treats'],
    ['claim-guaranteed-results', 'Guaranteed results in a week', 'Guaranteed results'],
    ['claim-guarantee', 'money-back guarantee', 'guarantee'],
    ['claim-miracle', 'a miracle in a bottle', 'miracle'],
    ['claim-miracle', 'Miraculous glow', 'Miraculous'],
    ['claim-clinically-proven', 'Clinically proven formula', 'Clinically proven'],
    ['claim-clinically-proven', 'clinically-proven', 'clinically-proven'],
    ['claim-endorsement', 'Dermatologist recommended', 'Dermatologist recommended'],
    ['claim-fda', 'It is FDA approved', 'FDA approved'],
    ['claim-fda', 'FDA\u2011approved', 'FDA\u2011approved'],
    ['claim-fda', 'approved by the FDA', 'approved by the FDA'],
    ['claim-100-percent', '100% effective', '100%'],
    ['claim-100-percent', '100 % safe', '100 %'],
    ['claim-100-percent', '100 percent natural', '100 percent'],
    ['claim-permanent', 'permanently removes hair', 'permanently'],
    ['claim-permanent', 'Permanent results', 'Permanent'],
    ['claim-instant-results', 'instant results', 'instant results'],
    ['claim-no-side-effects', 'No side effects at all', 'No side effects'],
    ['claim-risk-free', 'a risk free trial', 'risk free'],
    ['claim-risk-free', 'Risk-free!', 'Risk-free'],
    ['claim-weight-loss', 'lose 10 lbs in a month', 'lose 10 lbs'],
    ['claim-weight-loss', 'I lost 20 pounds', 'lost 20 pounds'],
    ['claim-weight-loss', 'drop 2 dress sizes', 'drop 2 dress sizes'],
    ['claim-weight-loss', 'already 10 kg down', '10 kg down'],
    ['claim-weight-loss', 'it burns belly fat', 'burns belly fat'],
    ['claim-weight-loss', 'Lose weight fast', 'Lose weight fast'],
    ['competitor-name', 'way better than Glossier', 'Glossier'],
    ['competitor-name', "Glossier's serum", 'Glossier'],
    ['competitor-name', 'GLOSSIER', 'GLOSSIER'],
    ['competitor-name', 'not like drunk  elephant', 'drunk  elephant'],
  ])('%s: "%s"', (ruleId, text, match) => {
    const findings = check(text);
    const finding = findings.find((f) => f.ruleId === ruleId);
    expect(finding, `${ruleId} in ${JSON.stringify(ruleIds(findings))}`).toBeDefined();
    expect(finding!.match).toBe(match);
    expect(text.slice(finding!.start!, finding!.end!)).toBe(match);
    expect(finding!.part).toBe('callToAction');
    expect(finding!.message).toContain(match);
    expect(finding!.suggestion).not.toBe('');
  });

  it('the passive CTA suggests the playbook CTAs', () => {
    const [finding] = check('Link in bio');
    expect(finding?.suggestion).toContain('grab it directly from my TikTok Shop');
    expect(finding?.suggestion).toContain("I'll have the link pinned");
    expect(finding?.replacements).toEqual(['Grab it directly from my TikTok Shop', "I'll have the link pinned"]);
  });

  it('flags risky language anywhere in the brief: title, hook, truths and proof', () => {
    const findings = checkBrief({
      ...clean,
      title: 'Miracle serum',
      hookText: 'It cures everything',
      productTruths: ['Clinically proven', 'Fragrance-free'],
      proofElement: { kind: 'result', text: 'instant results' },
    });
    expect(findings.map((f) => [f.part, f.item, f.ruleId])).toEqual([
      ['title', null, 'claim-miracle'],
      ['hook', null, 'claim-cure'],
      ['productTruths', 0, 'claim-clinically-proven'],
      ['proof', null, 'claim-instant-results'],
    ]);
  });

  it('keeps one highlight per span: "guaranteed results" is not also flagged as "guaranteed"', () => {
    expect(ruleIds(check('guaranteed results'))).toEqual(['claim-guaranteed-results']);
  });
});

describe('false positives: look-alike words and product facts are not flagged', () => {
  it.each([
    'Secure checkout in the TikTok Shop',
    'I was curious, so I tried it',
    'The manicure set has everything',
    'A pedicure at home',
    'Accurate shade match',
    'Made from 100% cotton',
    '100% organic cotton tee',
    '100 % merino wool',
    'I 100% recommend it',
    'Honestly 100% worth it',
    'Our dog treats are crunchy',
    'These treats come in a tin',
    'A permanent marker that never smudges',
    'Dry-cured ham from Parma',
    'UV cured gel lasts',
    'My bio says I love hiking',
    'Biology teachers love it',
    'high heels that feel like sneakers',
    'Glossiersque packaging', // not the competitor: whole words only
    'A glossy finish',
    'Show a before and after of the oven', // before/after is fine outside regulated categories
    'See results in 7 days', // timelines only matter in regulated categories
    'detox your inbox', // health claims only in health/supplements
  ])('"%s"', (text) => {
    expect(check(`Grab it from my TikTok Shop. ${text}`)).toEqual([]);
  });

  it('does not flag what-not-to-say for listing the very words it forbids', () => {
    const findings = checkBrief(
      {
        ...clean,
        whatNotToSay: ['Never say "link in bio"', 'No guarantee, cure or miracle claims', 'Do not mention Glossier', 'No "lose 10 lbs"'],
      },
      { competitors },
    );
    expect(findings).toEqual([]);
  });

  it('a rule can still look at what-not-to-say when it names the part explicitly', () => {
    const rule: CheckRule = {
      id: 'no-todo',
      parts: ['whatNotToSay'],
      kind: 'word',
      patterns: ['todo'],
      severity: 'warning',
      reason: 'Unfinished item',
      suggestedFix: 'Finish it',
    };
    const findings = checkBrief({ ...clean, whatNotToSay: ['ok', 'TODO claims'] }, { rules: [rule] });
    expect(findings).toMatchObject([{ ruleId: 'no-todo', part: 'whatNotToSay', item: 1, start: 0, end: 4 }]);
  });
});

describe('substantiated claims', () => {
  it('are not flagged once the seller marks them', () => {
    expect(ruleIds(check('Clinically proven formula'))).toEqual(['claim-clinically-proven']);
    expect(check('Clinically proven formula', { substantiatedClaims: ['clinically proven'] })).toEqual([]);
    expect(check('Clinically-proven formula', { substantiatedClaims: ['Clinically Proven'] })).toEqual([]);
  });

  it('cover only what was substantiated', () => {
    const substantiatedClaims = ['clinically proven to reduce redness'];
    expect(check('Clinically proven to reduce redness', { substantiatedClaims })).toEqual([]);
    expect(ruleIds(check('Clinically proven to hydrate', { substantiatedClaims }))).toEqual(['claim-clinically-proven']);
    expect(ruleIds(check('It cures acne', { substantiatedClaims: ['cure'] }))).toEqual(['claim-cure']);
  });

  it('"100%" is allowed when "100% natural" is substantiated', () => {
    expect(check('100% natural', { substantiatedClaims: ['100% natural'] })).toEqual([]);
  });

  it('do not silence non-claim rules (passive CTA, competitors)', () => {
    expect(ruleIds(check('link in bio, unlike Glossier', { substantiatedClaims: ['link in bio', 'Glossier'] }))).toEqual([
      'passive-cta',
      'competitor-name',
    ]);
  });

  it('the product name itself is never a claim ("Miracle Balm")', () => {
    expect(check('Miracle Balm, straight from my TikTok Shop', { productName: 'Miracle Balm' })).toEqual([]);
    expect(ruleIds(check('a miracle in a jar', { productName: 'Miracle Balm' }))).toEqual(['claim-miracle']);
  });

  it('markSubstantiated adds a term once and the finding goes away', () => {
    const brief = { ...clean, callToAction: 'FDA approved. Grab it from my TikTok Shop' };
    const [finding] = checkBrief(brief);
    const marked = markSubstantiated(brief, finding!.match);
    expect(marked.substantiatedClaims).toEqual(['FDA approved']);
    expect(markSubstantiated(marked, 'fda  APPROVED')).toBe(marked);
    expect(checkBrief(marked)).toEqual([]);
  });
});

describe('regulated categories', () => {
  const regulated: Partial<Brief> = { regulatedCategory: 'beauty-skincare' };

  it('flags before/after promises in the text', () => {
    for (const text of ['Show a before and after', 'before/after shots', 'Before & after', 'before-and-after']) {
      expect(ruleIds(check(text, regulated)), text).toEqual(['regulated-before-after']);
    }
  });

  it('flags a before/after proof element, unless substantiated', () => {
    const brief = { ...clean, ...regulated, proofElement: { kind: 'before-after' as const, text: 'Your own skin, unedited' } };
    expect(checkBrief(brief)).toMatchObject([
      { ruleId: 'regulated-before-after-proof', part: 'proof', start: null, end: null, severity: 'warning' },
    ]);
    expect(checkBrief({ ...brief, substantiatedClaims: ['Before and after'] })).toEqual([]);
    expect(checkBrief({ ...brief, regulatedCategory: null })).toEqual([]);
  });

  it('flags result timelines', () => {
    expect(ruleIds(check('See results in 7 days', regulated))).toEqual(['regulated-results-timeline']);
  });

  it('flags health claims only for health and supplements', () => {
    expect(ruleIds(check('a gentle detox tea', { regulatedCategory: 'supplements' }))).toEqual(['health-claim']);
    expect(check('a gentle detox tea', regulated)).toEqual([]);
  });
});

describe('missing parts', () => {
  it('flags each of the five parts of an empty brief', () => {
    const findings = checkBrief(emptyBrief({ productName: 'Glow Serum' }));
    expect(findings.map((f) => [f.ruleId, f.part, f.severity, f.start])).toEqual([
      ['missing-hook', 'hook', 'error', null],
      ['missing-product-truth', 'productTruths', 'error', null],
      ['missing-proof', 'proof', 'error', null],
      ['missing-call-to-action', 'callToAction', 'error', null],
      ['missing-what-not-to-say', 'whatNotToSay', 'error', null],
    ]);
    expect(countFindings(findings)).toEqual({ errors: 5, warnings: 0 });
  });

  it('treats blank items, an unchosen angle and an unnamed custom angle as missing', () => {
    expect(ruleIds(checkBrief({ ...clean, productTruths: ['  ', ''] }))).toEqual(['missing-product-truth']);
    expect(ruleIds(checkBrief({ ...clean, hookAngle: null }))).toEqual(['missing-hook']);
    expect(ruleIds(checkBrief({ ...clean, hookAngle: 'custom', customAngleName: ' ' }))).toEqual(['missing-hook']);
    expect(checkBrief({ ...clean, hookAngle: 'custom', customAngleName: 'Gift idea' })).toEqual([]);
    expect(ruleIds(checkBrief({ ...clean, whatNotToSay: [''] }))).toEqual(['missing-what-not-to-say']);
  });
});

describe('too many product truths', () => {
  it('warns at the first truth past two, with the count', () => {
    const findings = checkBrief({ ...clean, productTruths: ['One', 'Two', '  Three  ', 'Four'] });
    expect(findings).toMatchObject([
      {
        ruleId: 'too-many-truths',
        severity: 'warning',
        part: 'productTruths',
        item: 2,
        match: 'Three',
        start: 2,
        end: 7,
        message: '4 product truths: more than 2 turns the brief into a feature list.',
      },
    ]);
  });

  it('does not count blank items', () => {
    expect(checkBrief({ ...clean, productTruths: ['One', '', 'Two', ' '] })).toEqual([]);
  });

  it('uses the limit of a seller rule', () => {
    const rule: CheckRule = { ...BUILT_IN_RULES.find((r) => r.id === 'too-many-truths')!, limit: 1 };
    expect(checkBrief({ ...clean }, { rules: [rule] })).toMatchObject([{ item: 1, message: expect.stringContaining('more than 1') }]);
  });
});

describe('seller settings extend the checks', () => {
  const cheap: CheckRule = {
    id: 'no-cheap',
    parts: 'any',
    kind: 'word',
    patterns: ['cheap', 'cheapest'],
    severity: 'warning',
    reason: '"{match}" cheapens the brand.',
    suggestedFix: 'Say "great value".',
  };

  it('adds custom rules (category custom) and competitor names', () => {
    const rules = rulesFromSettings({ customRules: [cheap], competitors: [], disabledRuleIds: [] });
    const findings = checkBrief({ ...clean, callToAction: 'The cheapest way, unlike The Ordinary. Grab it from my TikTok Shop' }, {
      rules,
      competitors: ['The Ordinary'],
    });
    expect(findings.map((f) => [f.ruleId, f.category, f.match, f.message])).toEqual([
      ['no-cheap', 'custom', 'cheapest', '"cheapest" cheapens the brand.'],
      ['competitor-name', 'competitor', 'The Ordinary', expect.stringContaining('competitor list')],
    ]);
  });

  it('switches built-ins off by id, and a custom rule can replace a built-in', () => {
    const off = rulesFromSettings({ customRules: [], competitors: [], disabledRuleIds: ['passive-cta'] });
    expect(checkBrief({ ...clean, callToAction: 'link in bio' }, { rules: off })).toEqual([]);
    const softer = { ...BUILT_IN_RULES.find((r) => r.id === 'claim-miracle')!, severity: 'warning' as const };
    const replaced = rulesFromSettings({ customRules: [softer], competitors: [], disabledRuleIds: [] });
    expect(replaced.filter((r) => r.id === 'claim-miracle')).toHaveLength(1);
    expect(checkBrief({ ...clean, callToAction: 'a miracle' }, { rules: replaced })).toMatchObject([{ severity: 'warning' }]);
  });

  it('runs regex rules and skips ones that do not compile without throwing', () => {
    const rules: CheckRule[] = [
      { ...cheap, id: 'sale-percent', kind: 'regex', patterns: ['\\d+\\s*% off', '(unclosed'], reason: 'Discount: {match}' },
    ];
    expect(checkBrief({ ...clean, callToAction: 'Now 30 % OFF' }, { rules })).toMatchObject([
      { ruleId: 'sale-percent', match: '30 % OFF', message: 'Discount: 30 % OFF' },
    ]);
  });

  it('validates rules the seller writes', () => {
    expect(validateCheckRule(cheap)).toEqual([]);
    expect(validateCheckRule({ ...cheap, patterns: ['two words'] })).toEqual([
      'patterns: "two words" is more than one word (use a phrase rule)',
    ]);
    expect(validateCheckRule({ ...cheap, kind: 'regex', patterns: ['(oops'] })).toEqual([
      'patterns: "(oops" is not a valid regular expression',
    ]);
    expect(validateCheckRule({ ...cheap, kind: 'regex', patterns: ['x*'] })).toEqual(['patterns: "x*" matches empty text']);
    expect(validateCheckRule({ ...cheap, patterns: [' '] })).toEqual(['patterns: add at least one pattern']);
    expect(validateCheckRule({ ...cheap, kind: 'proof-kind', patterns: ['selfie'] })).toEqual([
      'patterns: "selfie" is not a proof kind',
    ]);
    expect(validateCheckRule({ id: '', kind: 'nope' }).length).toBeGreaterThan(0);
  });

  it('every built-in rule is valid and has a unique id', () => {
    for (const rule of BUILT_IN_RULES) expect(validateCheckRule(rule), rule.id).toEqual([]);
    expect(new Set(BUILT_IN_RULES.map((r) => r.id)).size).toBe(BUILT_IN_RULES.length);
  });
});

describe('helpers for the editor', () => {
  const brief = { ...clean, callToAction: 'Link in bio, it cures acne' };
  const findings = checkBrief(brief);

  it('findingsFor picks one field', () => {
    expect(findingsFor(findings, 'callToAction').map((f) => f.ruleId)).toEqual(['passive-cta', 'claim-cure']);
    expect(findingsFor(findings, 'hook')).toEqual([]);
  });

  it('highlightSegments splits text into plain and flagged segments', () => {
    const segments = highlightSegments(brief.callToAction, findings);
    expect(segments.map((s) => [s.text, s.findings.map((f) => f.ruleId)])).toEqual([
      ['Link in bio', ['passive-cta']],
      [', it ', []],
      ['cures', ['claim-cure']],
      [' acne', []],
    ]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('replaceFindingText swaps the match, and ignores stale findings', () => {
    const passive = findings[0]!;
    const fixed = replaceFindingText(brief, passive, "I'll have the link pinned");
    expect(fixed.callToAction).toBe("I'll have the link pinned, it cures acne");
    expect(replaceFindingText(fixed, passive, 'x')).toBe(fixed);
    expect(partText(fixed, 'callToAction')).toBe(fixed.callToAction);
  });
});

describe('robustness', () => {
  it('never throws and every finding points at its match in the original text', () => {
    const words = fc.constantFrom(
      'link', 'in', 'bio', 'cure', 'cures', 'Ｃｕｒｅ', '100%', 'cotton', 'miracle', 'FDA', 'approved', 'lose', '10', 'lbs',
      'Glossier', '\u200B', '\u00A0', '’', '“', '—', 'é', 'e\u0301', '\u0301', '🧴', 'before', 'after', '&', 'dog', 'treats',
    );
    const text = fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (cta) => {
        const brief: Brief = { ...clean, regulatedCategory: 'health', callToAction: cta };
        for (const f of checkBrief(brief, { competitors })) {
          if (f.start === null || f.end === null) continue;
          expect(partText(brief, f.part, f.item).slice(f.start, f.end)).toBe(f.match);
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
