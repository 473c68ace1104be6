import {
  briefDownload,
  briefFileName,
  briefToDiscord,
  briefToEmail,
  briefToMarkdown,
  briefToPlainText,
  briefToWhatsApp,
  formatBriefFor,
  mailtoUrl,
  personaliseBrief,
  splitMessage,
} from './index';
import { emptyBrief, type Brief } from './model';

const brief: Brief = {
  title: 'Glow Serum launch',
  productName: 'Glow Serum',
  hookAngle: 'problem-agitation',
  customAngleName: '',
  hookText: 'Dry skin every morning: "I was struggling with this for years".',
  productTruths: ['Hyaluronic acid', 'Fragrance-free'],
  proofElement: { kind: 'demonstration', text: 'Apply it on camera.' },
  callToAction: "I'll have the link pinned",
  whatNotToSay: ['No cure claims', 'No *competitor* names'],
  substantiatedClaims: [],
  regulatedCategory: null,
};

describe('plain text', () => {
  it('lists the five parts under numbered headings', () => {
    expect(briefToPlainText(brief)).toBe(
      [
        'Glow Serum launch',
        'Product: Glow Serum',
        '',
        '1. HOOK ANGLE: Problem agitation',
        'Dry skin every morning: "I was struggling with this for years".',
        '',
        '2. PRODUCT TRUTH',
        '- Hyaluronic acid',
        '- Fragrance-free',
        '',
        '3. PROOF ELEMENT: Demonstration',
        'Apply it on camera.',
        '',
        '4. CALL TO ACTION',
        "I'll have the link pinned",
        '',
        '5. WHAT NOT TO SAY',
        '- No cure claims',
        '- No *competitor* names',
        '',
        'Direction, not a script: bring your own personality.',
        '',
      ].join('\n'),
    );
  });

  it('shows unfilled parts as "(not set)" and falls back to a generic title', () => {
    const text = briefToPlainText(emptyBrief({ productName: 'Glow Serum' }));
    expect(text.startsWith('Creator brief: Glow Serum\nProduct: Glow Serum\n\n1. HOOK ANGLE\n(not set)\n')).toBe(true);
    expect(text).toContain('2. PRODUCT TRUTH\n(not set)');
  });
});

describe('markdown', () => {
  it('uses headings and lists, escaping the seller\'s own markup', () => {
    expect(briefToMarkdown(brief)).toBe(
      [
        '# Glow Serum launch',
        '',
        '**Product:** Glow Serum',
        '',
        '## 1. Hook angle: Problem agitation',
        '',
        'Dry skin every morning: "I was struggling with this for years".',
        '',
        '## 2. Product truth',
        '',
        '- Hyaluronic acid',
        '- Fragrance-free',
        '',
        '## 3. Proof element: Demonstration',
        '',
        'Apply it on camera.',
        '',
        '## 4. Call to action',
        '',
        "I'll have the link pinned",
        '',
        '## 5. What not to say',
        '',
        '- No cure claims',
        '- No \\*competitor\\* names',
        '',
        '*Direction, not a script: bring your own personality.*',
        '',
      ].join('\n'),
    );
  });

  it('escapes line-start markers in seller text', () => {
    const md = briefToMarkdown({ ...brief, hookText: '# not a heading\n- not a list\n1. not a list' });
    expect(md).toContain('\\# not a heading\n\\- not a list\n\\1. not a list');
  });
});

describe('channels', () => {
  const personal = personaliseBrief(brief, { creatorName: 'Ana', handle: '@ana_b', tier: 2, bestAngle: 'problem-agitation' });

  it('WhatsApp: *bold* headings, bullets, no trailing newline', () => {
    expect(briefToWhatsApp(personal)).toBe(
      [
        '*Glow Serum launch*',
        'Product: Glow Serum',
        'For: Ana (@ana_b) · Tier 2',
        '',
        'This brief uses your best-converting angle so far: problem agitation.',
        '',
        '*1. Hook angle: Problem agitation*',
        'Dry skin every morning: "I was struggling with this for years".',
        '',
        '*2. Product truth*',
        '• Hyaluronic acid',
        '• Fragrance-free',
        '',
        '*3. Proof element: Demonstration*',
        'Apply it on camera.',
        '',
        '*4. Call to action*',
        "I'll have the link pinned",
        '',
        '*5. What not to say*',
        '• No cure claims',
        '• No *competitor* names',
        '',
        '_Direction, not a script: bring your own personality._',
      ].join('\n'),
    );
  });

  it('Discord: **bold** headings, escaped text, one message when short', () => {
    const messages = briefToDiscord(personal);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('**Glow Serum launch**\n**Product:** Glow Serum\n**For:** Ana (@ana\\_b) · Tier 2');
    expect(messages[0]).toContain('**2. Product truth**\n- Hyaluronic acid\n- Fragrance-free');
    expect(messages[0]).toContain('- No \\*competitor\\* names');
  });

  it('Discord: splits long briefs between sections, each message within 2,000 characters', () => {
    const long = { ...brief, productTruths: Array.from({ length: 40 }, (_, i) => `Truth number ${i} `.repeat(6)) };
    const messages = briefToDiscord(long);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(2000);
    expect(messages.join('\n')).toContain('Truth number 39');
    expect(messages[0]!.startsWith('**Glow Serum launch**')).toBe(true);
  });

  it('Discord: defuses @everyone', () => {
    expect(briefToDiscord({ ...brief, callToAction: '@everyone buy it' })[0]).toContain('@\u200Beveryone buy it');
  });

  it('email: subject and a greeting body', () => {
    const email = briefToEmail(personal, { senderName: 'Sam at Glow' });
    expect(email.subject).toBe('Creator brief: Glow Serum launch');
    expect(email.body.startsWith('Hi Ana,\n\nHere is the brief for Glow Serum.\n\nGlow Serum launch\nProduct: Glow Serum\n')).toBe(true);
    expect(email.body.endsWith('bring your own personality.\n\nThanks!\nSam at Glow\n')).toBe(true);
    expect(briefToEmail({ ...brief, title: 'Spring push' }).subject).toBe('Creator brief: Spring push (Glow Serum)');
    expect(briefToEmail(brief).body.startsWith('Hi,\n')).toBe(true);
  });

  it('mailto link encodes subject and body with CRLF', () => {
    const url = mailtoUrl({ subject: 'A & B', body: 'x\ny' }, 'ana@example.com');
    expect(url).toBe('mailto:ana%40example.com?subject=A%20%26%20B&body=x%0D%0Ay');
  });

  it('formatBriefFor covers every channel', () => {
    expect(formatBriefFor(brief, 'plain')).toEqual({ channel: 'plain', subject: null, messages: [briefToPlainText(brief)] });
    expect(formatBriefFor(brief, 'markdown').messages).toEqual([briefToMarkdown(brief)]);
    expect(formatBriefFor(brief, 'email').subject).toBe('Creator brief: Glow Serum launch');
    expect(formatBriefFor(brief, 'whatsapp').messages).toEqual([briefToWhatsApp(brief)]);
    expect(formatBriefFor(brief, 'discord').messages).toEqual(briefToDiscord(brief));
  });
});

describe('download', () => {
  it('file names are safe and say who the brief is for', () => {
    expect(briefFileName(brief, 'md')).toBe('brief-glow-serum-launch.md');
    expect(briefFileName({ ...brief, title: 'Crème “brûlée” / 50% OFF: con?' }, 'txt')).toBe('brief-creme-brulee-50-off-con.txt');
    expect(briefFileName(personaliseBrief(brief, { handle: 'Ana.B' }), 'md')).toBe('brief-glow-serum-launch-for-ana-b.md');
    expect(briefFileName({ ...brief, title: '🎉🎉', productName: '' }, 'md')).toBe('brief-creator.md');
    expect(briefFileName({ ...brief, title: 'Brief for spring' }, 'md')).toBe('brief-for-spring.md');
    expect(briefFileName({ ...brief, title: 'x'.repeat(200) }, 'md').length).toBeLessThanOrEqual(90);
  });

  it('briefDownload gives name, type and content', () => {
    expect(briefDownload(brief, 'md')).toEqual({
      fileName: 'brief-glow-serum-launch.md',
      mimeType: 'text/markdown;charset=utf-8',
      content: briefToMarkdown(brief),
    });
    expect(briefDownload(brief, 'txt').mimeType).toBe('text/plain;charset=utf-8');
  });
});

describe('splitMessage', () => {
  it('packs paragraphs, then lines, then words', () => {
    expect(splitMessage('aaa\n\nbbb\n\nccc', 8)).toEqual(['aaa\n\nbbb', 'ccc']);
    expect(splitMessage('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(splitMessage('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
    expect(splitMessage('short', 2000)).toEqual(['short']);
  });
});
