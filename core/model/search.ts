// Finding a place in a sorted list by halving: for lookups that a scan would make cost the product of two sizes.

/** The index of the first item for which `before` is false, in a list where every such item comes after every item for which it is true. */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
