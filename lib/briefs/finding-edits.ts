/**
 * Editing a brief from its findings: the findings of one field, highlight segments, and the
 * replacements the editor offers (replace a match, mark a claim substantiated).
 */
import type { CheckPart, Finding } from './check-rule';
import type { Brief } from './model';
import { foldTerm } from './text-match';

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
