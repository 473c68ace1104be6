/**
 * The brief checks engine: one interpreter for rule objects (see `rules.ts` for the built-ins).
 * Runs on every keystroke, so it is synchronous and caches compiled rules.
 *
 * Scope: a rule with `parts: 'any'` looks at the title, hook, product truths, proof and call to
 * action — never at "what not to say", which lists risky words precisely to forbid them. A rule can
 * still name `whatNotToSay` explicitly. Terms in `substantiatedClaims`, and the product's own name,
 * switch off claim rules (`allowIfSubstantiated`) wherever they cover the match.
 */
import { ANY_PART_SCOPE, CHECK_PARTS, type CheckPart, type CheckRule, type Finding, type Severity } from './check-rule';
import { partLabel } from './guidance';
import { BRIEF_PARTS, type Brief } from './model';
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
