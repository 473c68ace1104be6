/**
 * The brief checks engine: one interpreter for rule objects (see `rules.ts` for the built-ins).
 * Runs on every keystroke, so it is synchronous and caches compiled rules.
 *
 * Scope: a rule with `parts: 'any'` looks at the title, hook, product truths, proof and call to
 * action — never at "what not to say", which lists risky words precisely to forbid them. A rule can
 * still name `whatNotToSay` explicitly. Terms in `substantiatedClaims`, and the product's own name,
 * switch off claim rules (`allowIfSubstantiated`) wherever they cover the match.
 */
import { z } from 'zod';
import { partLabel } from './guidance';
import {
  BRIEF_PARTS,
  PROOF_KINDS,
  REGULATED_CATEGORIES,
  type Brief,
  type BriefPart,
  type RegulatedCategory,
} from './model';
import { BUILT_IN_RULES } from './rules';
import {
  compilePhrases,
  compileRegex,
  foldText,
  foldTerm,
  followedBy,
  followedByMatcher,
  matchSpans,
  precededBy,
  precededByMatcher,
  toOriginalSpan,
  type FoldedText,
  type Span,
} from './text-match';

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

/** Built-ins then custom rules, without the switched-off ones; a custom rule with a built-in's id replaces it. */
export function rulesFromSettings(settings: BriefCheckSettings): CheckRule[] {
  const disabled = new Set(settings.disabledRuleIds);
  const customIds = new Set(settings.customRules.map((r) => r.id));
  return [
    ...BUILT_IN_RULES.filter((r) => !customIds.has(r.id)),
    ...settings.customRules.map((r) => ({ category: 'custom' as const, ...r })),
  ].filter((r) => !disabled.has(r.id));
}

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

export interface CheckOptions {
  /** Defaults to the built-in rules; pass `rulesFromSettings(settings)` for the seller's set. */
  rules?: readonly CheckRule[];
  /** The seller's competitor names (used by `competitor` rules). */
  competitors?: readonly string[];
}

interface PartText {
  part: CheckPart;
  item: number | null;
  text: string;
  folded: FoldedText;
  /** Spans (folded coordinates) covered by substantiated claims or the product name. */
  covered: Span[];
}

interface CompiledRule {
  phrases: RegExp | null;
  regexes: RegExp[];
  followedBy: RegExp | null;
  precededBy: RegExp | null;
}

const compiledRules = new WeakMap<CheckRule, CompiledRule>();

function compileRule(rule: CheckRule): CompiledRule {
  const cached = compiledRules.get(rule);
  if (cached) return cached;
  const compiled: CompiledRule = {
    phrases: rule.kind === 'phrase' || rule.kind === 'word' ? compilePhrases(rule.patterns) : null,
    regexes:
      rule.kind === 'regex'
        ? rule.patterns.map(compileRegex).filter((re): re is RegExp => re !== null && !re.test(''))
        : [],
    followedBy: followedByMatcher(rule.exceptWhenFollowedBy ?? []),
    precededBy: precededByMatcher(rule.exceptWhenPrecededBy ?? []),
  };
  compiledRules.set(rule, compiled);
  return compiled;
}

/** Every text a check can see, in display order. */
function partTexts(brief: Brief, covering: RegExp | null): PartText[] {
  const entries: { part: CheckPart; item: number | null; text: string }[] = [
    { part: 'title', item: null, text: brief.title },
    { part: 'hook', item: null, text: brief.hookText },
    ...brief.productTruths.map((text, item) => ({ part: 'productTruths' as const, item, text })),
    { part: 'proof', item: null, text: brief.proofElement.text },
    { part: 'callToAction', item: null, text: brief.callToAction },
    ...brief.whatNotToSay.map((text, item) => ({ part: 'whatNotToSay' as const, item, text })),
  ];
  return entries.map((e) => {
    const folded = foldText(e.text);
    return { ...e, folded, covered: covering ? matchSpans(covering, folded.text) : [] };
  });
}

function isPartFilled(brief: Brief, part: CheckPart): boolean {
  switch (part) {
    case 'title':
      return brief.title.trim() !== '';
    case 'hook':
      return (
        brief.hookAngle !== null &&
        brief.hookText.trim() !== '' &&
        (brief.hookAngle !== 'custom' || brief.customAngleName.trim() !== '')
      );
    case 'productTruths':
      return brief.productTruths.some((t) => t.trim() !== '');
    case 'proof':
      return brief.proofElement.text.trim() !== '';
    case 'callToAction':
      return brief.callToAction.trim() !== '';
    case 'whatNotToSay':
      return brief.whatNotToSay.some((t) => t.trim() !== '');
  }
}

function scopeOf(rule: CheckRule, anyScope: readonly CheckPart[]): readonly CheckPart[] {
  return rule.parts === 'any' ? anyScope : rule.parts;
}

function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 };

/** Runs every rule over the brief. Findings come in display order: part, item, position. */
export function checkBrief(brief: Brief, options: CheckOptions = {}): Finding[] {
  const rules = options.rules ?? BUILT_IN_RULES;
  const competitors = (options.competitors ?? []).filter((c) => c.trim() !== '');
  const coveringTerms = [...brief.substantiatedClaims, brief.productName].filter((t) => t.trim() !== '');
  const texts = partTexts(brief, compilePhrases(coveringTerms));
  const substantiated = new Set(brief.substantiatedClaims.map(foldTerm));
  const findings: Finding[] = [];

  rules.forEach((rule) => {
    if (rule.onlyForCategories && !(brief.regulatedCategory && rule.onlyForCategories.includes(brief.regulatedCategory))) {
      return;
    }
    const base = {
      ruleId: rule.id,
      category: rule.category ?? 'custom',
      severity: rule.severity,
      suggestion: rule.suggestedFix,
      replacements: rule.replacements ?? [],
    };
    switch (rule.kind) {
      case 'missing-part':
        for (const part of scopeOf(rule, BRIEF_PARTS)) {
          if (isPartFilled(brief, part)) continue;
          findings.push({
            ...base,
            part,
            item: null,
            message: fillMessage(rule.reason, { part: partLabel(part) }),
            match: '',
            start: null,
            end: null,
          });
        }
        return;
      case 'too-many-truths': {
        const limit = rule.limit ?? 2;
        const filled = brief.productTruths.flatMap((text, index) => (text.trim() !== '' ? [{ text, index }] : []));
        const firstExtra = filled[limit];
        if (!firstExtra) return;
        const lead = firstExtra.text.length - firstExtra.text.trimStart().length;
        findings.push({
          ...base,
          part: 'productTruths',
          item: firstExtra.index,
          message: fillMessage(rule.reason, { count: filled.length, limit, part: partLabel('productTruths') }),
          match: firstExtra.text.trim(),
          start: lead,
          end: lead + firstExtra.text.trim().length,
        });
        return;
      }
      case 'proof-kind': {
        const kind = brief.proofElement.kind;
        if (!kind || !rule.patterns.includes(kind)) return;
        if (rule.allowIfSubstantiated && proofKindSubstantiated(kind, substantiated)) return;
        findings.push({
          ...base,
          part: 'proof',
          item: null,
          message: fillMessage(rule.reason, { match: kind, part: partLabel('proof') }),
          match: '',
          start: null,
          end: null,
        });
        return;
      }
      case 'phrase':
      case 'word':
      case 'regex':
      case 'competitor': {
        const compiled = compileRule(rule);
        const matchers =
          rule.kind === 'competitor'
            ? [compilePhrases([...rule.patterns, ...competitors])].filter((re): re is RegExp => re !== null)
            : rule.kind === 'regex'
              ? compiled.regexes
              : [compiled.phrases].filter((re): re is RegExp => re !== null);
        if (matchers.length === 0) return;
        const scope = scopeOf(rule, ANY_PART_SCOPE);
        for (const pt of texts) {
          if (!scope.includes(pt.part)) continue;
          for (const re of matchers) {
            for (const span of matchSpans(re, pt.folded.text)) {
              if (followedBy(pt.folded.text, span.end, compiled.followedBy)) continue;
              if (precededBy(pt.folded.text, span.start, compiled.precededBy)) continue;
              if (rule.allowIfSubstantiated && pt.covered.some((c) => c.start <= span.start && span.end <= c.end)) continue;
              const original = toOriginalSpan(pt.folded, span.start, span.end);
              const match = pt.text.slice(original.start, original.end);
              findings.push({
                ...base,
                part: pt.part,
                item: pt.item,
                message: fillMessage(rule.reason, { match, part: partLabel(pt.part) }),
                match,
                start: original.start,
                end: original.end,
              });
            }
          }
        }
        return;
      }
    }
  });

  return sortFindings(dropContained(findings));
}

function proofKindSubstantiated(kind: string, substantiated: ReadonlySet<string>): boolean {
  const compact = (s: string) => s.replace(/\band\b/g, '').replace(/[^\p{L}\p{N}]/gu, '');
  const target = compact(kind);
  return [...substantiated].some((term) => compact(term) === target);
}

/** One highlight per span: a match inside another match of equal or higher severity is dropped. */
function dropContained(findings: Finding[]): Finding[] {
  const order = findings
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        spanLength(b.f) - spanLength(a.f) ||
        a.index - b.index,
    );
  const kept: { f: Finding; index: number }[] = [];
  for (const entry of order) {
    const { f } = entry;
    const inside =
      f.start !== null &&
      kept.some(
        ({ f: k }) =>
          k.start !== null &&
          k.end !== null &&
          f.end !== null &&
          k.part === f.part &&
          k.item === f.item &&
          k.start <= f.start! &&
          f.end <= k.end,
      );
    if (!inside) kept.push(entry);
  }
  return kept.sort((a, b) => a.index - b.index).map((e) => e.f);
}

function spanLength(f: Finding): number {
  return f.start === null || f.end === null ? 0 : f.end - f.start;
}

function sortFindings(findings: Finding[]): Finding[] {
  const partIndex = (p: CheckPart) => CHECK_PARTS.indexOf(p);
  return findings
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        partIndex(a.f.part) - partIndex(b.f.part) ||
        (a.f.item ?? -1) - (b.f.item ?? -1) ||
        (a.f.start ?? -1) - (b.f.start ?? -1) ||
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        a.index - b.index,
    )
    .map((e) => e.f);
}

/** Findings for one field of the editor (one item of a list part when `item` is given). */
export function findingsFor(findings: readonly Finding[], part: CheckPart, item?: number): Finding[] {
  return findings.filter((f) => f.part === part && (item === undefined || f.item === item));
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

export interface TextSegment {
  text: string;
  /** The findings covering this segment (empty for plain text). */
  findings: Finding[];
}

/**
 * Splits a field's text into plain and flagged segments, for highlighting without HTML
 * (render each segment as a text node; wrap flagged ones in a mark element).
 */
export function highlightSegments(text: string, findings: readonly Finding[]): TextSegment[] {
  const spans = findings.filter(
    (f): f is Finding & { start: number; end: number } =>
      f.start !== null && f.end !== null && f.end > f.start && f.end <= text.length,
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = spans.filter((f) => f.start <= from && to <= f.end);
    const last = segments.at(-1);
    if (last && last.findings.length === 0 && covering.length === 0) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), findings: covering });
  }
  return segments;
}

/** The text of one field of a brief (`item` for list parts). */
export function partText(brief: Brief, part: CheckPart, item: number | null = null): string {
  switch (part) {
    case 'title':
      return brief.title;
    case 'hook':
      return brief.hookText;
    case 'proof':
      return brief.proofElement.text;
    case 'callToAction':
      return brief.callToAction;
    case 'productTruths':
      return item === null ? '' : (brief.productTruths[item] ?? '');
    case 'whatNotToSay':
      return item === null ? '' : (brief.whatNotToSay[item] ?? '');
  }
}

function withPartText(brief: Brief, part: CheckPart, item: number | null, text: string): Brief {
  switch (part) {
    case 'title':
      return { ...brief, title: text };
    case 'hook':
      return { ...brief, hookText: text };
    case 'proof':
      return { ...brief, proofElement: { ...brief.proofElement, text } };
    case 'callToAction':
      return { ...brief, callToAction: text };
    case 'productTruths':
    case 'whatNotToSay': {
      const list = [...brief[part]];
      if (item === null || item >= list.length) return brief;
      list[item] = text;
      return { ...brief, [part]: list };
    }
  }
}

/**
 * Puts `replacement` where the finding's match is. Returns the brief unchanged when the finding is
 * stale (the text moved on since the check ran) or is about a whole part.
 */
export function replaceFindingText(brief: Brief, finding: Finding, replacement: string): Brief {
  if (finding.start === null || finding.end === null) return brief;
  const text = partText(brief, finding.part, finding.item);
  if (text.slice(finding.start, finding.end) !== finding.match) return brief;
  return withPartText(brief, finding.part, finding.item, text.slice(0, finding.start) + replacement + text.slice(finding.end));
}

/** Marks the finding's match as substantiated so claim rules stop flagging it. */
export function markSubstantiated(brief: Brief, term: string): Brief {
  const trimmed = term.trim();
  if (!trimmed || brief.substantiatedClaims.some((t) => foldTerm(t) === foldTerm(trimmed))) return brief;
  return { ...brief, substantiatedClaims: [...brief.substantiatedClaims, trimmed] };
}
