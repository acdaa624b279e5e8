// Seeded PRNG (mulberry32): the generated corpus must be byte-identical on every run and machine,
// so results compare across commits. Never Math.random in bench data.
export type Rng = () => number

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]
export const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1))

/** A seed per (feed, item), so any item can be regenerated alone. */
export const seedOf = (...parts: number[]): number => parts.reduce((h, p) => Math.imul(h ^ p, 0x9e3779b1) >>> 0, 0x811c9dc5)
