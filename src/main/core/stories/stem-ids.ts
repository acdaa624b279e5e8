// Word stems as small integers, for the story index's hot loop: counting the stems two leads share by merging two
// sorted integer arrays costs a fraction of looking strings up in a Set (about 150 candidates an article on the farm,
// and untagged leads are scored against all of them). The count is the same: a lead's stems are distinct, and two
// stems get one id exactly when they are equal.

/** Ids of stems, given in the order first met. The owner drops it when too many of its stems are no longer held. */
export class StemIds {
  private readonly ids = new Map<string, number>()

  get size(): number {
    return this.ids.size
  }

  /** The ids of `stems`, sorted ascending. */
  of(stems: readonly string[]): Int32Array {
    const out = new Int32Array(stems.length)
    for (let i = 0; i < stems.length; i++) {
      const stem = stems[i]
      let id = this.ids.get(stem)
      if (id === undefined) this.ids.set(stem, (id = this.ids.size))
      out[i] = id
    }
    return out.sort()
  }
}

/** How many ids two sorted arrays of distinct ids share. */
export function countSharedSorted(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}
