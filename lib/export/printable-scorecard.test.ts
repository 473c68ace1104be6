import { printableScorecard } from './printable-scorecard';
import { scorecard, suggestion } from './test-scorecards';

describe('printableScorecard', () => {
  it('lays out the scorecard in human formats with the suggestion and flags', () => {
    const page = printableScorecard({
      card: scorecard({
        flags: [{ kind: 'low-hook-retention', hookRetention: 0.2, videos: 4, threshold: 0.25 }],
        repeatPurchaseRate: null,
        complianceFlagged: true,
      }),
      suggestion: suggestion(),
      handleDisplay: 'GlowWithMia',
      creatorId: '7001',
      complianceNote: ' Used an unsubstantiated claim ',
    });
    expect(page.title).toBe('@GlowWithMia');
    expect(page.windowText).toBe('Last 28 days, Oct 24 – Nov 20, 2026');
    expect(page.tier).toBe('Tier 1');
    expect(page.suggestion?.headline).toBe('Promote to Tier 2');
    const metric = (label: string) => page.metrics.find((m) => m.label === label)?.value;
    expect(metric('GMV')).toBe('$1.2K');
    // Compact money says its exact amount where its source is read (tooltip, printed note).
    expect(page.metrics.find((m) => m.label === 'GMV')?.source).toMatch(/^Exactly \$1,234\.50\. /);
    expect(metric('Conversion rate (orders ÷ clicks)')).toBe('3.4%');
    expect(metric('Followers')).toBe('45.2K');
    expect(metric('Repeat purchase rate')).toBe('—');
    expect(metric('Posts per week vs agreed')).toBe('2 / 3');
    expect(metric('Last post')).toBe('Nov 18');
    expect(metric('Posts')).toBe('8 (7 videos, 1 LIVEs)');
    expect(page.flags).toEqual([
      {
        label: 'Weak hook',
        description: 'Hook retention at 3 s is 20% over 4 videos, under 25%.',
        action: "Revise the brief's hook direction.",
      },
    ]);
    expect(page.compliance).toEqual({ flagged: true, note: 'Used an unsubstantiated claim' });
  });
});
