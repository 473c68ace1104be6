/** The "what converts" tip of creator updates, from hook-angle results. */
import { bestAngle, type AnglePerformance, type BestAngleOptions } from './angle-performance';
import { IN_BRIEFS, formatMoneyText, formatPercentText } from '../format/number';
import { HOOK_ANGLE_GUIDES } from './guidance';

/**
 * A "what converts" tip from hook-angle results, for the tip template; null when no angle has
 * results yet.
 */
export function whatConvertsTip(results: readonly AnglePerformance[], options: BestAngleOptions = {}): string | null {
  const best = bestAngle(results, options);
  if (!best) return null;
  const name = best.angle === 'custom' ? `"${best.label}"` : best.label.toLowerCase();
  const opener = best.angle !== 'custom' ? ` Try opening with something like "${HOOK_ANGLE_GUIDES[best.angle].openers[0]}".` : '';
  const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;
  if (best.basis === 'conversion') {
    return (
      `Videos with a ${name} hook convert best right now: ${formatPercentText(best.value, IN_BRIEFS)} of clicks become orders ` +
      `(across ${posts(best.performance.conversionPieces)}).${opener}`
    );
  }
  return (
    `Videos with a ${name} hook earn the most per post right now: ${formatMoneyText(best.value, best.performance.currency, IN_BRIEFS)} ` +
    `per post (across ${posts(best.performance.gmvPieces)}).${opener}`
  );
}
