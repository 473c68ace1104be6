/** Small statistics over plain number arrays. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median (mean of the middle two for an even count); null for no values. Does not mutate. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The k-th largest value (k = 1: the largest; duplicates count, as in a sorted copy: the value at
 * `length − k` in ascending order), for 1 ≤ k ≤ values.length and values without NaN. Keeps only
 * the k largest seen (a min-heap): a short list out of tens of thousands of values needs no sort.
 */
export function kthLargest(values: ArrayLike<number>, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (size < k) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent]! <= value) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = value;
    } else if (value > heap[0]!) {
      // Replace the smallest of the k largest; sift down.
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= k) break;
        const right = left + 1;
        const child = right < k && heap[right]! < heap[left]! ? right : left;
        if (heap[child]! >= value) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = value;
    }
  }
  return heap[0]!;
}

/** A ÷ b, or null when either is unknown or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

/** First index in [from, to) whose value is ≥ `value`, in an integer array sorted over that range. */
export function lowerBoundInt(sorted: Int32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lists up to this long are sorted in place by insertion (`sortSmall`). */
const SMALL_SORT = 12;

/**
 * Sorts `list` in place, stable, as `list.sort(compare)` does: short lists by insertion, which
 * allocates nothing (`Array.prototype.sort` allocates its work space on every call, and the index
 * sorts a few snapshots and reports of every creator).
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SMALL_SORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let at = i;
    while (at > 0 && compare(list[at - 1]!, item) > 0) {
      list[at] = list[at - 1]!;
      at--;
    }
    list[at] = item;
  }
  return list;
}
