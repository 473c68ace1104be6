/**
 * What a brief check is: the rule shape (built-ins in `rules.ts`, the seller's own in settings), the
 * stored check settings, and the finding a rule produces. `check-engine.ts` interprets the rules.
 */
import { z } from 'zod';
import { BRIEF_PARTS, PROOF_KINDS, REGULATED_CATEGORIES, type RegulatedCategory } from './model';
import { compileRegex } from './text-match';

/** Text fields a check can look at: the five parts plus the title. */
export const CHECK_PARTS = ['title', ...BRIEF_PARTS] as const;
export type CheckPart = (typeof CHECK_PARTS)[number];
/** What `parts: 'any'` means for text rules. */
export const ANY_PART_SCOPE: readonly CheckPart[] = ['title', 'hook', 'productTruths', 'proof', 'callToAction'];

export const CHECK_RULE_KINDS = [
  /** Literal phrases; whole words; spaces/hyphens between words are interchangeable; `word*` = any ending. */
  'phrase',
  /** Single words, matched like phrases. */
  'word',
  /** JavaScript regex sources, run case-insensitively on the folded (lower-case, plain-quote) text. */
  'regex',
  /** The listed parts must be filled in (`any` = all five). */
  'missing-part',
  /** More product truths than `limit` (default 2). */
  'too-many-truths',
  /** The rule's patterns plus the seller's competitor list, as phrases. */
  'competitor',
  /** The proof element's kind is one of the patterns (e.g. `before-after`). */
  'proof-kind',
] as const;
export type CheckRuleKind = (typeof CHECK_RULE_KINDS)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_CATEGORIES = ['structure', 'cta', 'claim', 'competitor', 'custom'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface CheckRule {
  id: string;
  parts: CheckPart[] | 'any';
  kind: CheckRuleKind;
  patterns: string[];
  severity: Severity;
  /** Shown as the finding's message. `{match}`, `{count}`, `{limit}` and `{part}` are filled in. */
  reason: string;
  suggestedFix: string;
  /** Grouping for the UI; custom rules default to `custom`. */
  category?: RuleCategory;
  /** Text the UI may offer to put in place of the match. */
  replacements?: string[];
  /** Skip matches covered by a substantiated claim (or the product name). */
  allowIfSubstantiated?: boolean;
  /** Skip a match directly followed by one of these phrases ("100%" before "cotton"). */
  exceptWhenFollowedBy?: string[];
  /** Skip a match directly preceded by one of these phrases ("dog" before "treats"). */
  exceptWhenPrecededBy?: string[];
  /** Only check briefs in these regulated categories. */
  onlyForCategories?: RegulatedCategory[];
  /** For `too-many-truths`. */
  limit?: number;
}

export const checkRuleSchema: z.ZodType<CheckRule> = z.object({
  id: z.string().min(1),
  parts: z.union([z.literal('any'), z.array(z.enum(CHECK_PARTS))]),
  kind: z.enum(CHECK_RULE_KINDS),
  patterns: z.array(z.string()).default([]),
  severity: z.enum(SEVERITIES),
  reason: z.string(),
  suggestedFix: z.string().default(''),
  category: z.enum(RULE_CATEGORIES).optional(),
  replacements: z.array(z.string()).optional(),
  allowIfSubstantiated: z.boolean().optional(),
  exceptWhenFollowedBy: z.array(z.string()).optional(),
  exceptWhenPrecededBy: z.array(z.string()).optional(),
  onlyForCategories: z.array(z.enum(REGULATED_CATEGORIES)).optional(),
  limit: z.number().int().nonnegative().optional(),
});

/** What the seller stores about checks: their own rules, their competitors, built-ins switched off. */
export interface BriefCheckSettings {
  customRules: CheckRule[];
  competitors: string[];
  disabledRuleIds: string[];
}

export const briefCheckSettingsSchema: z.ZodType<BriefCheckSettings> = z.object({
  customRules: z.array(checkRuleSchema).default([]),
  competitors: z.array(z.string()).default([]),
  disabledRuleIds: z.array(z.string()).default([]),
});

export const DEFAULT_CHECK_SETTINGS: BriefCheckSettings = { customRules: [], competitors: [], disabledRuleIds: [] };

/** Problems with a rule as the seller wrote it; empty when it is usable. */
export function validateCheckRule(rule: unknown): string[] {
  const parsed = checkRuleSchema.safeParse(rule);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'rule'}: ${i.message}`);
  const r = parsed.data;
  const problems: string[] = [];
  const patterns = r.patterns.filter((p) => p.trim() !== '');
  if (['phrase', 'word', 'regex', 'proof-kind'].includes(r.kind) && patterns.length === 0) {
    problems.push('patterns: add at least one pattern');
  }
  if (r.kind === 'word') {
    for (const p of patterns) if (/\s/.test(p.trim())) problems.push(`patterns: "${p}" is more than one word (use a phrase rule)`);
  }
  if (r.kind === 'regex') {
    for (const p of patterns) {
      const re = compileRegex(p);
      if (!re) problems.push(`patterns: "${p}" is not a valid regular expression`);
      else if (re.test('')) problems.push(`patterns: "${p}" matches empty text`);
    }
  }
  if (r.kind === 'proof-kind') {
    for (const p of patterns) if (!(PROOF_KINDS as readonly string[]).includes(p)) problems.push(`patterns: "${p}" is not a proof kind`);
  }
  return problems;
}

export interface Finding {
  ruleId: string;
  category: RuleCategory;
  part: CheckPart;
  /** Index in `productTruths` / `whatNotToSay`; null for single-text parts. */
  item: number | null;
  severity: Severity;
  message: string;
  suggestion: string;
  /** The text as the seller typed it; empty for whole-part findings. */
  match: string;
  /** Offsets in that part's (item's) text; null when the finding is about the part as a whole. */
  start: number | null;
  end: number | null;
  /** Text the UI may offer in place of the match (see `replaceFindingText`). */
  replacements: string[];
}
