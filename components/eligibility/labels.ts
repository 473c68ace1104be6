import type { CheckStatus, EligibilityCheck } from '../../lib/eligibility/rules';
import type { StatusTone } from '../../lib/tab-status/tab-status-view';

export const RULE_LABELS: Record<EligibilityCheck['rule'], string> = {
  'store-rating': 'Store rating',
  counterfeit: 'Counterfeit violations',
  'negative-review-rate': 'Negative review rate',
  'seller-fault-return-rate': 'Seller-fault return/refund rate',
};

export const STATUS_LABELS: Record<CheckStatus, string> = {
  ok: 'OK',
  warning: 'Near the threshold',
  crossed: 'Crossed',
  'not-enough-data': 'Too few to count',
  unknown: 'Unknown',
};

export const STATUS_TONES: Record<CheckStatus, StatusTone> = {
  ok: 'ok',
  warning: 'warning',
  crossed: 'error',
  'not-enough-data': 'idle',
  unknown: 'idle',
};

export const LINK = 'text-sky-700 underline underline-offset-2 dark:text-sky-300';
export const MUTED = 'text-neutral-600 dark:text-neutral-400';
