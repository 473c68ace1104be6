/** Names for the built-in checks in the settings list (rules are data; these are only their titles). */
import type { CheckRule } from '../../lib/briefs/index';

const BUILT_IN_RULE_LABELS: Record<string, string> = {
  'passive-cta': 'Passive call to action (“link in bio”)',
  'missing-hook': 'Missing hook angle',
  'missing-product-truth': 'Missing product truth',
  'missing-proof': 'Missing proof element',
  'missing-call-to-action': 'Missing call to action',
  'missing-what-not-to-say': 'Missing “what not to say”',
  'too-many-truths': 'More than two product truths',
  'claim-cure': 'Medical claim: cure',
  'claim-heals': 'Medical claim: heals',
  'claim-treats': 'Medical claim: treats',
  'claim-guaranteed-results': 'Guaranteed results',
  'claim-guarantee': 'Guarantee language',
  'claim-miracle': 'Miracle claims',
  'claim-clinically-proven': 'Clinically / scientifically proven',
  'claim-endorsement': 'Endorsement claims (dermatologist approved…)',
  'claim-fda': 'FDA approved',
  'claim-100-percent': '“100%” claims',
  'claim-permanent': 'Permanent results',
  'claim-instant-results': 'Instant or overnight results',
  'claim-no-side-effects': 'No side effects',
  'claim-risk-free': 'Risk-free',
  'claim-weight-loss': 'Weight-loss promises',
  'regulated-before-after': 'Before/after promises (regulated categories)',
  'regulated-before-after-proof': 'Before/after proof (regulated categories)',
  'regulated-results-timeline': 'Results timelines (regulated categories)',
  'health-claim': 'Health claims (health, supplements)',
  'competitor-name': 'Competitor names from your list',
};

export function ruleLabel(rule: Pick<CheckRule, 'id' | 'patterns'>): string {
  const known = BUILT_IN_RULE_LABELS[rule.id];
  if (known) return known;
  const patterns = rule.patterns.filter((p) => p.trim() !== '');
  if (patterns.length > 0) return patterns.map((p) => `“${p}”`).join(', ');
  return rule.id.replace(/[-_]+/g, ' ');
}

/** The rule's reason with its placeholders shown generically, for a description line. */
export function ruleDescription(rule: Pick<CheckRule, 'reason'>): string {
  return rule.reason.replace(/"\{match\}"|\{match\}/g, 'The phrase').replace(/\{count\}/g, 'Several').replace(/\{limit\}/g, 'two').replace(/\{part\}/g, 'a part');
}
