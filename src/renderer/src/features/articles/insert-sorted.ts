/** Inserts a sortKey into a list ordered newest (descending) or oldest first, keeping the order. */
export function insertSorted(keys: string[], sortKey: string, newest: boolean): string[] {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (newest ? keys[mid] > sortKey : keys[mid] < sortKey) lo = mid + 1
    else hi = mid
  }
  return [...keys.slice(0, lo), sortKey, ...keys.slice(lo)]
}
