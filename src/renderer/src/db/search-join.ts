// Search plans that intersect posting lists (schema 34): the driving stream (the rarest term, or the view's
// countries, posted from the country tokens of forward rows and, when a re-tag or a correction changes the countries
// alone, from the write's queued country posts) is read newest first, and for each batch of
// its hits the other streams' records over the same days are read, one key range per token, and intersected in
// memory, so only hits that every probed stream holds have their forward rows read. A posting hit costs about a
// tenth of a point read and an index entry of the lists about as much as a point read (db/README.md, "Search within
// a country"), so a stream is probed while it is at most PROBE_RATIO times as large as the driver.
import { MIGRATIONS_TABLE, type MigrationRow } from './data-migrations'
import { COUNTRY_POSTINGS_STEP } from './migrations/data-steps'
import { countPostings, dayOfSortKey, expandPrefix, postingBatches, postingRange, postingsBetweenDays } from './search-postings'
import { countryToken, type Term } from './search-tokens'
import { tag } from './vocab/tags'
import type { MeridianDb } from './schema'
import { planView, type View } from './view'
import { groupSize } from './view-query'

/** Hits of any of `tokens`; `size` is its hit count (a term's counted up to a cap, a country's from the counters). */
interface Stream {
  tokens: string[]
  size: number
  isCapped: boolean
}

export interface JoinPlan {
  kind: 'join'
  driver: Stream
  probes: Stream[]
  /** The view's country tags ('c:FR') when its countries are one of the streams: country postings are never
   *  removed and the forward rows' country tokens not kept up to date, so a hit's list row must hold one. */
  countryTags?: string[]
  /** The streams alone say the hit is in the view (a view of countries only): no list row needs reading. */
  isInView: boolean
}

/** A probed stream may be this many times the driver's size: past it, checking the driver's hits one by one (forward
 *  rows, list rows) reads less than the probed stream's hits over the same days. */
const PROBE_RATIO = 16
/** Hits a term is counted up to, to choose the driver and the probes. */
const JOIN_COUNT_CAP = 2000
/** A prefix covering more tokens than this is no stream (checked on the forward rows instead). */
const PREFIX_TOKENS = 24

const ready = new WeakSet<MeridianDb>()

/** Whether every forward row carries its country tokens: a database upgraded from before 34 has them once the
 *  background step `v34-country-postings` is done (a fresh one always). Once seen done, not read again. */
async function countryTokensReady(db: MeridianDb): Promise<boolean> {
  if (ready.has(db)) return true
  const row = await db.table<MigrationRow, string>(MIGRATIONS_TABLE).get(COUNTRY_POSTINGS_STEP)
  if (row && !row.done) return false
  ready.add(db)
  return true
}

/** Countries of a view whose country filter has its own posting lists (not with mentions). */
const countriesOf = (view: View) => (view.countries?.length && !view.includeMentions ? view.countries : undefined)

/**
 * The join of the terms' and the view's countries' posting lists, when there are two such streams or more; undefined
 * otherwise (or 'none' when a term holds no token at all). `forced`: used even where the country tokens are not ready.
 */
export async function chooseJoin(db: MeridianDb, terms: Term[], view: View, forced: boolean): Promise<JoinPlan | 'none' | undefined> {
  const countries = countriesOf(view)
  const useCountries = countries !== undefined && (forced || (await countryTokensReady(db)))
  if (!useCountries && terms.length < 2) return undefined
  const [termStreams, countryStream] = await Promise.all([
    Promise.all(terms.map((t) => termStream(db, t))),
    useCountries ? groupSize(db, planView({ scope: { kind: 'all' }, countries }).groups[0]).then((size): Stream => ({ tokens: countries.map(countryToken), size, isCapped: false })) : undefined,
  ])
  if (termStreams.some((s) => s === 'none')) return 'none'
  const streams = [...termStreams.filter((s): s is Stream => s !== undefined), ...(countryStream ? [countryStream] : [])]
  if (streams.length < 2) return undefined
  // Fewest hits first; a capped count is a lower bound, so an exact one of the same size goes first.
  const [driver, ...others] = [...streams].sort((a, b) => a.size - b.size || Number(a.isCapped) - Number(b.isCapped))
  // Two frequent streams: each batch of the driver spans a short time, so the other's records over it are few too.
  const probes = others.filter((s) => s.size < PROBE_RATIO * driver.size || driver.isCapped)
  const countryJoined = countryStream !== undefined && (driver === countryStream || probes.includes(countryStream))
  const plan = planView(view)
  const isInView = countryJoined && plan.groups.length === 1 && plan.excluded.length === 0 && plan.since === undefined && !view.showHidden
  return { kind: 'join', driver, probes, countryTags: countryJoined && countries ? countries.map(tag.country) : undefined, isInView }
}

/** A term as a stream: its token, or the tokens its prefix covers; undefined for a prefix covering too many. */
async function termStream(db: MeridianDb, t: Term): Promise<Stream | 'none' | undefined> {
  const [tokens, size] = await Promise.all([t.isPrefix ? expandPrefix(db, t.text, PREFIX_TOKENS) : [t.text], countPostings(db, postingRange(t.text, t.isPrefix), JOIN_COUNT_CAP)])
  if (size === 0 || tokens?.length === 0) return 'none'
  return tokens && { tokens, size, isCapped: size >= JOIN_COUNT_CAP }
}

/** The driver's hits (newest first, strictly before `after`) that every probe holds too, in batches, not yet checked
 *  against the forward rows; a batch may be empty. */
export async function* joinedBatches(db: MeridianDb, plan: JoinPlan, after: string | undefined, firstRead: number): AsyncGenerator<string[]> {
  const source = mergedBatches(plan.driver.tokens.map((t) => postingBatches(db, t, after, firstRead)))
  for await (const batch of source) {
    const [lo, hi] = [dayOfSortKey(batch[batch.length - 1]), dayOfSortKey(batch[0])]
    const held = await Promise.all(plan.probes.map((p) => postingsBetweenDays(db, p.tokens, lo, hi)))
    yield batch.filter((k) => held.every((set) => set.has(k)))
  }
}

/** Keys yielded per batch by mergedBatches. */
const BATCH = 200

/** Several tokens' hits merged newest first, each article once (it may hold two of the tokens), in batches. */
export async function* mergedBatches(sources: AsyncGenerator<string[]>[]): AsyncGenerator<string[]> {
  if (sources.length === 1) return yield* sources[0]
  const heads = sources.map((src) => ({ src, keys: [] as string[], i: 0, done: false }))
  const fill = async (h: (typeof heads)[number]) => {
    if (h.i < h.keys.length || h.done) return
    const next = await h.src.next()
    if (next.done) h.done = true
    else [h.keys, h.i] = [next.value, 0]
  }
  let out: string[] = []
  let last: string | undefined
  for (;;) {
    // What is merged goes out before more is read, so a first page does not wait for deeper reads.
    if (out.length && heads.some((h) => !h.done && h.i >= h.keys.length)) {
      yield out
      out = []
    }
    await Promise.all(heads.map(fill))
    let pick: (typeof heads)[number] | undefined
    for (const h of heads) if (h.i < h.keys.length && (!pick || h.keys[h.i] > pick.keys[pick.i])) pick = h
    if (!pick) break
    const k = pick.keys[pick.i++]
    if (k !== last) out.push(k)
    last = k
    if (out.length >= BATCH) {
      yield out
      out = []
    }
  }
  if (out.length) yield out
}
