/**
 * Personalising a brief for one creator: a new brief carrying who it is for, with placeholders
 * filled in. The template it came from is never touched (the input is not mutated).
 */
import { HOOK_ANGLE_GUIDES, hookAngleLabel } from './guidance';
import { angleKey, type AngleRef, type Brief, type BriefPersonalisation, type HookAngle } from './model';

export interface PersonaliseInput {
  creatorName?: string | null;
  /** With or without `@`. */
  handle?: string | null;
  /** `1`/`2`/`3` or a label such as "Tier 2" or "Prospect". */
  tier?: string | number | null;
  /** The creator's best-converting angle so far: an angle id or an angle result (e.g. from `bestAngleFor`). */
  bestAngle?: HookAngle | AngleRef | null;
}

/** Placeholders a template's text may use; each is filled when the value is known. */
export const BRIEF_PLACEHOLDERS = ['{creatorName}', '{handle}', '{tier}', '{productName}'] as const;

export function tierLabel(tier: string | number): string {
  return typeof tier === 'number' || /^\d+$/.test(tier.trim()) ? `Tier ${String(tier).trim()}` : tier.trim();
}

function toAngleRef(angle: HookAngle | AngleRef): AngleRef {
  if (typeof angle === 'string') return { angle };
  return angle.angle === 'custom' && angle.customAngleName
    ? { angle: 'custom', customAngleName: angle.customAngleName }
    : { angle: angle.angle };
}

/** A copy of `brief` for one creator. Blank values are left out rather than stored as empty. */
export function personaliseBrief(brief: Brief, input: PersonaliseInput): Brief {
  const personalisation: BriefPersonalisation = {};
  const creatorName = input.creatorName?.trim();
  const handle = input.handle?.trim().replace(/^@+/, '');
  const tier = typeof input.tier === 'string' ? input.tier.trim() : input.tier;
  if (creatorName) personalisation.creatorName = creatorName;
  if (handle) personalisation.handle = handle;
  if (tier !== null && tier !== undefined && tier !== '') personalisation.tier = tier;
  if (input.bestAngle) personalisation.bestAngle = toAngleRef(input.bestAngle);

  const values: Record<string, string | undefined> = {
    creatorName: creatorName || (handle ? `@${handle}` : undefined),
    handle: handle ? `@${handle}` : undefined,
    tier: personalisation.tier !== undefined ? tierLabel(personalisation.tier) : undefined,
    productName: brief.productName.trim() || undefined,
  };
  const fill = (text: string) =>
    text.replace(/\{(creatorName|handle|tier|productName)\}/g, (whole, key: string) => values[key] ?? whole);

  const copy = structuredClone(brief);
  return {
    ...copy,
    title: fill(copy.title),
    hookText: fill(copy.hookText),
    productTruths: copy.productTruths.map(fill),
    proofElement: { ...copy.proofElement, text: fill(copy.proofElement.text) },
    callToAction: fill(copy.callToAction),
    whatNotToSay: copy.whatNotToSay.map(fill),
    personalisation,
  };
}

/**
 * The line a personalised brief adds about the creator's best angle, or null when unknown.
 * Same angle: confirms it. Different: suggests leaning on what works without overriding the brief.
 */
export function bestAngleNote(brief: Brief): string | null {
  const best = brief.personalisation?.bestAngle;
  if (!best) return null;
  const bestLabel = angleInSentence(best);
  if (brief.hookAngle === null) return `Your best-converting angle so far is ${bestLabel}: start from it.`;
  const briefRef: AngleRef =
    brief.hookAngle === 'custom' ? { angle: 'custom', customAngleName: brief.customAngleName } : { angle: brief.hookAngle };
  if (angleKey(briefRef) === angleKey(best)) {
    return `This brief uses your best-converting angle so far: ${bestLabel}.`;
  }
  const opener = best.angle !== 'custom' ? ` (e.g. "${HOOK_ANGLE_GUIDES[best.angle].openers[0]}")` : '';
  return `Your best-converting angle so far is ${bestLabel}${opener}: feel free to blend it into this hook.`;
}

/** A named angle in lower case ("social proof"), a custom one quoted as the seller named it. */
function angleInSentence(ref: AngleRef): string {
  return ref.angle === 'custom' ? `"${hookAngleLabel(ref)}"` : hookAngleLabel(ref).toLowerCase();
}

/** "Ana (@ana.glow) · Tier 2", or null when the brief is not personalised. */
export function personalisationLine(brief: Brief): string | null {
  const p = brief.personalisation;
  if (!p) return null;
  const who = [p.creatorName, p.handle ? (p.creatorName ? `(@${p.handle})` : `@${p.handle}`) : undefined]
    .filter(Boolean)
    .join(' ');
  const parts = [who, p.tier !== undefined ? tierLabel(p.tier) : undefined].filter((s): s is string => !!s);
  return parts.length ? parts.join(' · ') : null;
}
