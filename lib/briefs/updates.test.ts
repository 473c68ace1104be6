import {
  UPDATE_KINDS,
  UPDATE_TEMPLATES,
  fillTemplate,
  formatDateRange,
  renderUpdate,
  templatePlaceholders,
  updateTemplateFor,
  updateTemplateSchema,
  weeklyShoutout,
  whatConvertsTip,
  type AnglePerformance,
  type WeeklyLeaderboard,
} from './index';

describe('lifecycle update templates', () => {
  it('there is one valid template per kind', () => {
    for (const kind of UPDATE_KINDS) expect(updateTemplateFor(kind).kind).toBe(kind);
    for (const t of UPDATE_TEMPLATES) expect(updateTemplateSchema.parse(t)).toEqual(t);
  });

  it('commission increase: rates from fractions, dates from a range, WhatsApp bold', () => {
    const update = renderUpdate(
      updateTemplateFor('commission-increase'),
      { creatorName: 'Ana', productName: 'Glow Serum', oldRate: 0.1, newRate: 0.15, dates: { start: '2026-05-11', end: '2026-05-17' } },
      'whatsapp',
    );
    expect(update).toEqual({
      channel: 'whatsapp',
      subject: 'Your commission on Glow Serum is going up',
      text:
        'Hi Ana,\n\n' +
        'Good news: your commission on *Glow Serum* is going up from 10% to *15%* for 11–17 May 2026.\n\n' +
        'Every sale you drive earns the higher rate, so now is a great time to post.\n\n' +
        'Thanks!',
      missing: [],
    });
  });

  it('drops optional segments and reports required placeholders that are missing', () => {
    const update = renderUpdate(updateTemplateFor('commission-increase'), { productName: 'Glow Serum', newRate: '20%' });
    expect(update.text).toContain('Hi there,');
    expect(update.text).toContain('going up from {oldRate} to 20%.');
    expect(update.missing).toEqual(['oldRate']);
  });

  it('new product, campaign, incentive and tip in plain text', () => {
    expect(renderUpdate(updateTemplateFor('new-product'), { productName: 'Glow Mist', newRate: 0.2, senderName: 'Sam' }).text).toBe(
      'Hi there,\n\nGlow Mist just landed in our TikTok Shop and it is open for you to promote at 20% commission.\n\n' +
        'Request a free sample in Affiliate Center and we will ship it quickly. The first videos on a new product get the most reach.\n\n' +
        'Thanks,\nSam',
    );
    const campaign = renderUpdate(
      updateTemplateFor('campaign'),
      { campaignName: 'Summer Sale', dates: { start: '2026-06-28', end: '2026-07-04' }, audience: 'group' },
      'discord',
    );
    expect(campaign.subject).toBe('Summer Sale: 28 Jun – 4 Jul 2026');
    expect(campaign.text.startsWith('Hi everyone,\n\n**Summer Sale** runs 28 Jun – 4 Jul 2026.\n\n')).toBe(true);
    expect(renderUpdate(updateTemplateFor('incentive'), { incentive: 'Top 3 get a $100 bonus', dates: 'all of May' }).text).toContain(
      'New for our creators: Top 3 get a $100 bonus (all of May).',
    );
    expect(renderUpdate(updateTemplateFor('tip'), { tip: 'Open on the problem', productName: 'Glow' }, 'markdown').text).toContain(
      '**Open on the problem**\n\nTry it in your next video for Glow',
    );
  });

  it('escapes seller values for Markdown/Discord, never template syntax', () => {
    const { text } = fillTemplate('**{productName}** and {tip}', { productName: 'Glow_*Max*', tip: '{creatorName}' }, 'discord');
    expect(text).toBe('**Glow\\_\\*Max\\*** and {creatorName}');
  });

  it('formats date ranges', () => {
    expect(formatDateRange({ start: '2026-05-11' })).toBe('11 May 2026');
    expect(formatDateRange({ start: '2026-12-30', end: '2027-01-03' })).toBe('30 Dec 2026 – 3 Jan 2027');
  });
});

describe('templatePlaceholders', () => {
  it('lists each placeholder once, subject first, in order of use', () => {
    const template = { ...updateTemplateFor('tip'), subject: 'For {creatorName}', body: '{greeting} {tip} [[{creatorName}]] {signOff}' };
    expect(templatePlaceholders(template)).toEqual(['creatorName', 'greeting', 'tip', 'signOff']);
  });
});

describe('whatConvertsTip', () => {
  const row = (over: Partial<AnglePerformance>): AnglePerformance => ({
    angle: 'social-proof',
    key: 'social-proof',
    label: 'Social proof',
    pieces: 12,
    gmv: 1200,
    gmvPieces: 12,
    orders: 41,
    orderPieces: 12,
    clicks: 1000,
    clickPieces: 12,
    conversion: 0.041,
    conversionPieces: 12,
    conversionClicks: 1000,
    revenuePerPost: 100,
    currency: 'USD',
    mixedCurrency: false,
    ...over,
  });

  it('names the best-converting angle with its opener', () => {
    expect(whatConvertsTip([row({})])).toBe(
      'Videos with a social proof hook convert best right now: 4.1% of clicks become orders (across 12 posts). ' +
        'Try opening with something like "Everyone in my community is using this".',
    );
  });

  it('falls back to revenue per post, and null without data', () => {
    expect(whatConvertsTip([row({ conversion: null, conversionPieces: 0, conversionClicks: 0, gmvPieces: 1 })])).toBe(
      'Videos with a social proof hook earn the most per post right now: $100 per post (across 1 post). ' +
        'Try opening with something like "Everyone in my community is using this".',
    );
    expect(whatConvertsTip([])).toBeNull();
  });
});

describe('weeklyShoutout', () => {
  const board: WeeklyLeaderboard = {
    weekOf: '2026-05-11',
    currency: 'USD',
    byGmv: [
      { handle: 'bo', gmv: 980 },
      { handle: '@ana_b', displayName: 'Ana', gmv: 1234, change: 0.25 },
      { handle: 'cy', gmv: 450, change: -0.1 },
      { handle: 'dee', gmv: 120 },
      { handle: 'unknown', gmv: null },
      { handle: 'zero', gmv: 0 },
    ],
    byConversion: [
      { handle: 'dee', conversion: 0.062, change: 0.011 },
      { handle: 'nul', conversion: null },
    ],
  };

  it('ranks the top three by GMV and by conversion, skipping unknowns', () => {
    expect(weeklyShoutout(board, { tip: 'Problem-agitation hooks converted best' })).toBe(
      [
        '🏆 Weekly shout-out: week of 11 May 2026',
        '',
        'Top sellers (GMV)',
        '🥇 Ana (@ana_b): $1,234 (up 25% on last week)',
        '🥈 @bo: $980',
        '🥉 @cy: $450 (down 10% on last week)',
        '',
        'Best converters (orders per click)',
        '🥇 @dee: 6.2% (+1.1 pts)',
        '',
        '💡 What worked: Problem-agitation hooks converted best',
        '',
        'Great work, everyone! Keep the posts coming 🙌',
      ].join('\n'),
    );
  });

  it('uses the channel\'s bold and escaping', () => {
    const whatsapp = weeklyShoutout(board, { channel: 'whatsapp', top: 1 });
    expect(whatsapp).toContain('🏆 *Weekly shout-out: week of 11 May 2026*\n\n*Top sellers (GMV)*\n🥇 Ana (@ana_b): $1,234');
    expect(whatsapp).not.toContain('@bo');
    expect(weeklyShoutout(board, { channel: 'discord' })).toContain('🥇 Ana (@ana\\_b)');
  });

  it('says so when there is nothing to celebrate', () => {
    expect(weeklyShoutout({ weekOf: '2026-05-11', byGmv: [{ handle: 'a', gmv: null }], byConversion: [] })).toBe(
      '🏆 Weekly shout-out: week of 11 May 2026\n\nNo sales tracked this week yet. Let us change that next week! 💪',
    );
  });
});
