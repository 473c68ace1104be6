/**
 * What the editor shows next to each part: guidance, examples, the four named hook angles with
 * openers, and the starters a new brief can begin from. Wording follows playbook §5: direction
 * without scripting — the creator brings the personality.
 */
import type {
  AngleRef,
  BriefPart,
  HookAngle,
  NamedHookAngle,
  ProofKind,
  RegulatedCategory,
} from './model';

export interface PartGuidance {
  part: BriefPart;
  /** Short label, e.g. "Hook angle". */
  label: string;
  /** One-line question the part answers, for the editor's field hint. */
  question: string;
  guidance: string;
  examples: string[];
  /** What usually goes wrong. */
  avoid: string[];
}

export const PART_GUIDANCE: Record<BriefPart, PartGuidance> = {
  hook: {
    part: 'hook',
    label: 'Hook angle',
    question: 'What emotional entry point should the first seconds use?',
    guidance:
      'Give the creator an emotional entry point, not a script. Pick one of the four angles ' +
      '(or name your own) and describe the feeling the opening should land; the creator says it their way.',
    examples: [
      'Problem agitation: open on the frizz fight every humid morning — "I was struggling with this for years".',
      'Curiosity gap: start mid-reaction — "I did not expect this" — before showing what it is.',
    ],
    avoid: ['A word-for-word script', '"Make something authentic" with no direction', 'Opening on the product logo'],
  },
  productTruths: {
    part: 'productTruths',
    label: 'Product truth',
    question: 'Which one or two attributes connect the hook to the product?',
    guidance:
      'The one or two product attributes most relevant to the hook angle — the specific truth that ' +
      'connects the opening emotion to the reason to buy. Not the full feature list.',
    examples: [
      'Holds a curl for 12 hours in humidity (tested in our lab)',
      'Fragrance-free, so it works for sensitive skin',
      'Folds flat to fit in a carry-on',
    ],
    avoid: ['Pasting the whole product listing', 'More than two attributes'],
  },
  proof: {
    part: 'proof',
    label: 'Proof element',
    question: 'What will convince a viewer who is interested but sceptical?',
    guidance:
      'Real results, a visible before-and-after, a credible comparison or a clear demonstration. ' +
      'The proof is what converts viewers who are interested but sceptical.',
    examples: [
      'Demonstration: pour a full glass of water on it and wipe it off in one pass',
      'Result: show your hair at 9am and again at 6pm, no touch-ups',
      'Comparison: the old way next to this, same task, side by side',
    ],
    avoid: ['Claims with nothing shown on screen', 'Results you cannot back up'],
  },
  callToAction: {
    part: 'callToAction',
    label: 'Call to action',
    question: 'Exactly how should the creator point at the purchase?',
    guidance:
      'Say exactly how to reference the purchase. "Link in bio" is too passive for TikTok Shop: ' +
      'point at the shop link or the cart the viewer can tap right now.',
    examples: [
      'You can grab it directly from my TikTok Shop',
      "I'll have the link pinned",
      'Tap the orange cart to get yours',
    ],
    avoid: ['"Link in bio"', '"Check my bio"', 'No call to action at all'],
  },
  whatNotToSay: {
    part: 'whatNotToSay',
    label: 'What not to say',
    question: 'Which claims, names and words must stay out?',
    guidance:
      'Compliance and claim control: claims that need substantiation, competitor references to avoid, ' +
      'and language that risks platform policy. One item per line.',
    examples: [
      'Do not say it cures, treats or heals anything',
      'No "guaranteed results", "miracle" or "100% effective"',
      'Do not name or show other brands',
      'No weight-loss numbers ("lose 10 lbs")',
    ],
    avoid: ['Leaving it empty: creators will improvise claims'],
  },
};

export interface HookAngleGuide {
  angle: NamedHookAngle;
  label: string;
  description: string;
  /** The playbook's opener first, then more examples. */
  openers: string[];
  /** A natural proof to pair with it. */
  suggestedProof: ProofKind;
  /** Starter direction for the hook; `{productName}` is filled in. */
  starterHookText: string;
  /** Starter proof direction. */
  starterProofText: string;
}

export const HOOK_ANGLE_GUIDES: Record<NamedHookAngle, HookAngleGuide> = {
  'problem-agitation': {
    angle: 'problem-agitation',
    label: 'Problem agitation',
    description: 'Open on a relatable pain point and let the viewer feel it before the product appears.',
    openers: [
      'I was struggling with this for years',
      'If you deal with this every morning, you know how annoying it is',
      'I tried everything and nothing fixed this',
      'Nobody talks about how frustrating this is',
    ],
    suggestedProof: 'before-after',
    starterHookText:
      'Open on the problem {productName} solves, in your own words, e.g. "I was struggling with this for years". ' +
      'Let the frustration land before the product appears.',
    starterProofText: 'Show the problem first, then the same moment with {productName}.',
  },
  'transformation-reveal': {
    angle: 'transformation-reveal',
    label: 'Transformation reveal',
    description: 'Lead with the change: the after state, then how it got there.',
    openers: [
      'I found something that actually works',
      'This is what changed everything for me',
      'Okay, this one actually lived up to the hype',
      'Watch this',
    ],
    suggestedProof: 'result',
    starterHookText:
      'Lead with the change {productName} made for you, e.g. "I found something that actually works". ' +
      'Show the result first, then rewind.',
    starterProofText: 'Show the real result on camera, then how you got there with {productName}.',
  },
  'social-proof': {
    angle: 'social-proof',
    label: 'Social proof',
    description: 'Open on what people like the viewer are already doing or saying.',
    openers: [
      'Everyone in my community is using this',
      'You all kept asking me about this, so here it is',
      'My friends would not stop talking about this',
      'This keeps selling out and now I get why',
    ],
    suggestedProof: 'demonstration',
    starterHookText:
      'Open on the buzz around {productName}, e.g. "Everyone in my community is using this". ' +
      'Make the viewer feel they are the last to know.',
    starterProofText: 'Demonstrate {productName} doing the thing everyone talks about.',
  },
  'curiosity-gap': {
    angle: 'curiosity-gap',
    label: 'Curiosity gap',
    description: 'Open a question the viewer needs answered: hold back what it is or what happens.',
    openers: [
      'I did not expect this',
      'Wait until you see what this does',
      'I was today years old when I found this',
      'This is the weirdest thing I own and I use it every day',
    ],
    suggestedProof: 'demonstration',
    starterHookText:
      'Open with a reaction before the reveal, e.g. "I did not expect this". ' +
      'Hold back what {productName} is for a beat.',
    starterProofText: 'Pay off the curiosity with a clear demonstration of {productName}.',
  },
};

export const CUSTOM_ANGLE_GUIDANCE =
  'Name your own angle (e.g. "Gift idea" or "Day in the life") and describe the emotional entry point.';

export const PROOF_KIND_LABELS: Record<ProofKind, string> = {
  result: 'Real result',
  'before-after': 'Before/after',
  comparison: 'Comparison',
  demonstration: 'Demonstration',
};

export const PROOF_KIND_GUIDANCE: Record<ProofKind, string> = {
  result: 'A real, visible result the creator experienced. Real means real: no borrowed numbers.',
  'before-after':
    'The same shot before and after. In regulated categories (skincare, health, supplements) avoid promising outcomes.',
  comparison: 'A fair side-by-side with the old way or a generic alternative. Do not name competitors.',
  demonstration: 'Show the product doing its one job, clearly, in one take if possible.',
};

export const REGULATED_CATEGORY_LABELS: Record<RegulatedCategory, string> = {
  'beauty-skincare': 'Beauty & skincare',
  health: 'Health',
  supplements: 'Supplements',
  other: 'Other regulated category',
};

/** Calls to action that point at the purchase on TikTok Shop. */
export const CTA_EXAMPLES = [
  'Grab it directly from my TikTok Shop',
  "I'll have the link pinned",
  'Tap the orange cart',
  'It is in my TikTok Shop showcase right now',
] as const;

/** The CTA a fresh starter uses. */
export const DEFAULT_CALL_TO_ACTION = "Grab it directly from my TikTok Shop: I'll have the link pinned.";

/** What-not-to-say items a starter begins with; the seller edits them per product. */
export const DEFAULT_WHAT_NOT_TO_SAY = [
  'Do not say it cures, treats or heals anything',
  'No "guaranteed results", "miracle" or "clinically proven" unless we give you the evidence',
  'Do not name or show competitor brands',
] as const;

/** Grouped examples for the what-not-to-say editor. */
export const WHAT_NOT_TO_SAY_EXAMPLES = {
  claims: ['cures / treats / heals', 'guaranteed results', 'clinically proven (without a study)', 'FDA approved'],
  competitors: ['Other brands by name', '"Better than <brand>"', 'Showing a competitor product on screen'],
  policy: ['Weight-loss numbers ("lose 10 lbs")', '"No side effects"', '"Risk-free"', '"Instant results"'],
} as const;

export const BRIEF_CLOSING_LINE = 'Direction, not a script: bring your own personality.';

/** "Problem agitation", a custom angle's own name, or "Custom angle" when it has none. */
export function hookAngleLabel(angle: HookAngle | AngleRef | null, customAngleName?: string): string {
  if (angle === null) return 'No angle chosen';
  const ref: AngleRef = typeof angle === 'string' ? { angle, ...(customAngleName ? { customAngleName } : {}) } : angle;
  if (ref.angle === 'custom') return ref.customAngleName?.trim() || 'Custom angle';
  return HOOK_ANGLE_GUIDES[ref.angle].label;
}

export function partLabel(part: BriefPart | 'title'): string {
  return part === 'title' ? 'Title' : PART_GUIDANCE[part].label;
}
