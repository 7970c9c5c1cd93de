/** Above this length sortStrict leaves the work to Array.prototype.sort (insertion sort is quadratic). */
const SMALL = 32;

/**
 * Sorts in place by a comparator that is a strict total order (it never returns 0 for two different items,
 * e.g. it ends with an index tiebreak), so the result is the one order Array.prototype.sort gives too. The
 * rules sort many short lists (an auction's bids, six companies' shares): an insertion sort in JS lets the
 * comparator be inlined, where the built-in sort calls back into JS for every comparison.
 */
export function sortStrict<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, x) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
