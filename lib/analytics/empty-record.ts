/**
 * An empty plain object (prototype `Object.prototype`, like `{}`) for code that adds its properties
 * one by one on a hot path.
 *
 * Why not `{}`: V8 keeps one tree of hidden-class transitions for every object that starts as `{}`,
 * and it holds a bounded number of first properties. Deserializing stored records that carry
 * id-keyed objects (a Spark Ads video's order lines, keyed by order id) fills it; from then on each
 * `{}` that gains a property gets hidden classes of its own, and every such store is a slow runtime
 * call (a scorecard's `sources`: more than half of `computeScorecards` on 5,000 creators). Objects
 * made by a constructor start from the constructor's own tree, which nothing else fills.
 */
function EmptyRecord(): void {}
EmptyRecord.prototype = Object.prototype;

export function emptyRecord<T extends object>(): T {
  return new (EmptyRecord as unknown as new () => T)();
}
