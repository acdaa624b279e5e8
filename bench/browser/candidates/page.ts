// Runs inside Chromium (bundled by candidates-bench.ts): raw IndexedDB implementations of the storage designs
// compared in src/renderer/src/db/README.md, each writing the same generated articles and answering the same
// reads. Raw IndexedDB rather than Dexie, so the figures compare designs, not library overheads.
import { article, sortKeyOf, tokensOf, type Art } from './articles'

type Design = 'raw' | 'rawWords' | 'rawWordsShort' | 'leanShort' | 'listRowsNoCounters' | 'lean' | 'leanMentions' | 'tagRows' | 'listRows' | 'listRowsWords' | 'listRowsWordsMentions'

const req = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error)
  })

const SEP = '\u0001'

function open(name: string, design: Design): Promise<IDBDatabase> {
  const r = indexedDB.open(name, 1)
  r.onupgradeneeded = () => {
    const db = r.result
    const articles = db.createObjectStore('articles', { keyPath: 'id' })
    articles.createIndex('feedId', 'feedId')
    articles.createIndex('feedUrl', ['feedId', 'url'])
    if (design === 'raw') return
    if (design === 'rawWords' || design === 'rawWordsShort') {
      db.createObjectStore('search', { keyPath: design === 'rawWords' ? 'id' : 's' }).createIndex('w', 'w', { multiEntry: true })
      return
    }
    db.createObjectStore('counters', { keyPath: 'key' })
    if (design === 'tagRows') {
      db.createObjectStore('tags', { keyPath: ['tag', 'sortKey'] })
      db.createObjectStore('search', { keyPath: 'id' }).createIndex('w', 'w', { multiEntry: true })
      return
    }
    const lists = db.createObjectStore('lists', { keyPath: 's' })
    lists.createIndex('k', 'k', { multiEntry: true })
    if (design === 'lean' || design === 'leanMentions' || design === 'leanShort') return
    if (design === 'listRows' || design === 'listRowsNoCounters') db.createObjectStore('search', { keyPath: 'id' }).createIndex('w', 'w', { multiEntry: true })
    else lists.createIndex('w', 'w', { multiEntry: true })
  }
  return req(r)
}

/** The lean set: one entry per list the reader opens by itself (all, feed, each country, topic, outlet, mentioned
 *  country) and 'u:all'; unread, starred and country + topic lists filter these rows on their membership string. */
function leanTags(a: Art, mentions: boolean): string[] {
  const base = ['all', `f:${a.feedId}`, ...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`), `o:${a.outletCountry}`]
  if (mentions) base.push(...a.mentions.map((c) => `n:${c}`))
  return a.isRead ? base : [...base, 'u:all']
}

/** Base tags of an article (as the app's facetTags, plus 'all'), cross tags, unread twins. */
function listTags(a: Art, mentions: boolean): string[] {
  const facets = [`f:${a.feedId}`, ...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`), `o:${a.outletCountry}`]
  const cross = a.countries.flatMap((c) => a.topics.map((t) => `c:${c}+t:${t}`))
  const named = mentions ? a.mentions.map((c) => `n:${c}`) : []
  const base = ['all', ...facets, ...cross, ...named]
  return a.isRead ? base : [...base, ...base.map((t) => `u:${t}`)]
}

const membership = (a: Art) => ` f:${a.feedId} ${a.countries.map((c) => `c:${c}`).join(' ')} ${a.topics.map((t) => `t:${t}`).join(' ')} o:${a.outletCountry} ${a.isRead ? '' : 'u '}`

/** Counter deltas per scope, as the app's counterScopes: scopes × facet tags, summed over the batch. */
function counterDeltas(batch: Art[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const a of batch) {
    const facets = [...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`), `o:${a.outletCountry}`]
    const pairs: string[] = []
    for (const p of ['c:', 't:']) {
      const v = facets.filter((f) => f.startsWith(p))
      for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++) pairs.push(`${v[i]}&${v[j]}`)
    }
    const scopes = ['all', `f:${a.feedId}`, ...facets, ...pairs]
    for (const s of [...scopes, ...scopes.map((x) => `u:${x}`)]) {
      let d = out.get(s)
      if (!d) out.set(s, (d = new Map([['n', 0]])))
      d.set('n', d.get('n')! + 1)
      for (const f of facets) d.set(f, (d.get(f) ?? 0) + 1)
    }
  }
  return out
}

async function writeCounters(store: IDBObjectStore, batch: Art[]): Promise<void> {
  const deltas = counterDeltas(batch)
  const keys = [...deltas.keys()].sort()
  const rows = await Promise.all(keys.map((k) => req(store.get(k) as IDBRequest<{ key: string; n: number; f: Record<string, number> } | undefined>)))
  keys.forEach((key, i) => {
    const row = rows[i] ?? { key, n: 0, f: {} }
    for (const [f, n] of deltas.get(key)!) {
      if (f === 'n') row.n += n
      else row.f[f] = (row.f[f] ?? 0) + n
    }
    store.put(row)
  })
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)

/** Writes one batch of new articles in one transaction, the design's way. */
async function writeBatch(db: IDBDatabase, design: Design, batch: Art[]): Promise<void> {
  const stores = [...db.objectStoreNames]
  const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' })
  const sorted = [...batch].sort(byKey((a) => a.id))
  const articles = tx.objectStore('articles')
  for (const a of sorted) articles.put(a)
  if (design === 'rawWords') {
    const search = tx.objectStore('search')
    for (const a of sorted) search.put({ id: a.id, w: tokensOf(a).map((t) => `${t}${SEP}${a.publishedAt}`) })
  } else if (design === 'rawWordsShort') {
    const search = tx.objectStore('search')
    for (const a of [...batch].sort(byKey((a) => a.sortKey))) search.put({ s: a.sortKey, w: tokensOf(a) })
  } else if (design === 'tagRows') {
    const rows = batch.flatMap((a) => listTags(a, false).map((tag) => ({ tag, sortKey: a.sortKey, articleId: a.id, m: membership(a) })))
    const tags = tx.objectStore('tags')
    for (const r of rows.sort(byKey((r) => `${r.tag}\u0000${r.sortKey}`))) tags.put(r)
    const search = tx.objectStore('search')
    for (const a of sorted) search.put({ id: a.id, w: tokensOf(a).map((t) => `${t}${SEP}${a.publishedAt}`) })
  } else if (design !== 'raw') {
    const lists = tx.objectStore('lists')
    const isLean = design === 'lean' || design === 'leanMentions' || design === 'leanShort'
    const withWords = !isLean && design !== 'listRows' && design !== 'listRowsNoCounters'
    for (const a of [...batch].sort(byKey((a) => a.sortKey))) {
      const tags = isLean ? leanTags(a, design === 'leanMentions') : listTags(a, design === 'listRowsWordsMentions')
      const k = design === 'leanShort' ? tags : tags.map((t) => `${t}|${a.sortKey}`)
      const row: Record<string, unknown> = { s: a.sortKey, id: a.id, k, m: membership(a) }
      if (withWords) row.w = tokensOf(a).map((t) => `${t}${SEP}${a.publishedAt}`)
      lists.put(row)
    }
    if (!withWords && !isLean) {
      const search = tx.objectStore('search')
      for (const a of sorted) search.put({ id: a.id, w: tokensOf(a).map((t) => `${t}${SEP}${a.publishedAt}`) })
    }
  }
  if (!['raw', 'rawWords', 'rawWordsShort', 'listRowsNoCounters'].includes(design)) await writeCounters(tx.objectStore('counters'), batch)
  await done(tx)
}

/** The first page of a list, newest first: `keys` sortKeys and the first `rows` articles. */
async function firstPage(db: IDBDatabase, design: Design, tag: string, rows: number, keys: number): Promise<number> {
  const stores = design === 'tagRows' ? ['tags', 'articles'] : ['lists', 'articles']
  const tx = db.transaction(stores, 'readonly')
  let ids: string[]
  if (design === 'tagRows') {
    // As the app: the tag's primary keys, newest first (one getAllKeys with a direction since Chromium 141).
    const range = IDBKeyRange.bound([tag, ''], [tag, '\uffff'])
    const found = (await req(tx.objectStore('tags').getAllKeys({ query: range, count: keys + 1, direction: 'prev' } as never))) as [string, string][]
    ids = found.map(([, s]) => s.slice(s.indexOf('|') + 1))
  } else if (design === 'lean' || design === 'leanMentions') {
    // 'u:c:FR' and 'c:FR+t:politics' are not entries here: the country's rows are read in index order (one request
    // per 200) and tested on their membership string.
    const [drive, ...needles] = tag.replace(/^u:(.*)$/, '$1+u').split('+')
    const tests = needles.map((n) => (n === 'u' ? ' u ' : ` ${n} `))
    ids = []
    let range = IDBKeyRange.bound(`${drive}|`, `${drive}|\uffff`)
    for (;;) {
      const recs = (await req((tx.objectStore('lists').index('k') as unknown as { getAllRecords(o: object): IDBRequest }).getAllRecords({ query: range, count: 200, direction: 'prev' }))) as { key: string; value: { id: string; m: string } }[]
      for (const r of recs) if (tests.every((t) => r.value.m.includes(t))) ids.push(r.value.id)
      if (recs.length < 200 || ids.length > keys) break
      range = IDBKeyRange.bound(`${drive}|`, recs[recs.length - 1].key, false, true)
    }
  } else {
    // The list rows themselves, in index order: one request, no cursor.
    const range = IDBKeyRange.bound(`${tag}|`, `${tag}|\uffff`)
    const found = (await req(tx.objectStore('lists').index('k').getAllKeys({ query: range, count: keys + 1, direction: 'prev' } as never))) as string[]
    ids = found.map((s) => s.slice(s.indexOf('|') + 1))
  }
  const store = tx.objectStore('articles')
  const got = await Promise.all(ids.slice(0, rows).map((id) => req(store.get(id))))
  return got.filter(Boolean).length + ids.length
}

/** Hits of a token within a list (membership ` c:FR `), newest first, up to `limit`. */
async function searchIn(db: IDBDatabase, design: Design, token: string, needle: string | undefined, limit: number): Promise<number> {
  const range = IDBKeyRange.bound(`${token}${SEP}`, `${token}${SEP}\uffff`)
  const hits: string[] = []
  for (let count = 200, after: IDBKeyRange = range; hits.length < limit; count *= 2) {
    if (design === 'listRowsWords' || design === 'listRowsWordsMentions') {
      const tx = db.transaction(['lists'], 'readonly')
      const recs = (await req((tx.objectStore('lists').index('w') as unknown as { getAllRecords(o: object): IDBRequest }).getAllRecords({ query: after, count, direction: 'prev' }))) as { key: string; value: { s: string; m: string } }[]
      for (const r of recs) if (!needle || r.value.m.includes(needle)) hits.push(r.value.s)
      if (recs.length < count) break
      after = IDBKeyRange.bound(`${token}${SEP}`, recs[recs.length - 1].key, false, true)
      continue
    }
    const tx = db.transaction(design === 'tagRows' ? ['search', 'tags'] : ['search', 'lists'], 'readonly')
    const recs = (await req((tx.objectStore('search').index('w') as unknown as { getAllRecords(o: object): IDBRequest }).getAllRecords({ query: after, count, direction: 'prev' }))) as { key: string; primaryKey: string }[]
    const sortKeys = recs.map((r) => `${r.key.slice(r.key.indexOf(SEP) + 1)}|${r.primaryKey}`)
    if (needle) {
      // The view's membership of each hit: its 'all' tag row, or its list row.
      const rows = (await Promise.all(
        sortKeys.map((s) => req(design === 'tagRows' ? tx.objectStore('tags').get(['all', s]) : tx.objectStore('lists').get(s))),
      )) as ({ m: string } | undefined)[]
      sortKeys.forEach((s, i) => rows[i]?.m.includes(needle) && hits.push(s))
    } else hits.push(...sortKeys)
    if (recs.length < count) break
    after = IDBKeyRange.bound(`${token}${SEP}`, recs[recs.length - 1].key, false, true)
  }
  return hits.length
}

async function timed<T>(f: () => Promise<T>): Promise<number> {
  const t0 = performance.now()
  await f()
  return performance.now() - t0
}

const dbs = new Map<string, IDBDatabase>()

export const candidates = {
  /** Writes articles [from, from + n) in batches of `batch`; returns ms per batch. */
  async fill(design: Design, from: number, n: number, batch: number): Promise<number[]> {
    const db = dbs.get(design) ?? (await open(`cand-${design}`, design))
    dbs.set(design, db)
    const times: number[] = []
    for (let i = from; i < from + n; i += batch) {
      const arts = Array.from({ length: Math.min(batch, from + n - i) }, (_, j) => article(i + j))
      times.push(await timed(() => writeBatch(db, design, arts)))
    }
    return times
  },
  /** Timings (ms) of `runs` first pages over the given tags, cycling. */
  async firstPages(design: Design, tags: string[], runs: number): Promise<number[]> {
    const db = dbs.get(design)!
    const out: number[] = []
    for (let i = 0; i < runs; i++) out.push(await timed(() => firstPage(db, design, tags[i % tags.length], 20, 100)))
    return out
  },
  async searches(design: Design, tokens: string[], needle: string | undefined, runs: number): Promise<number[]> {
    const db = dbs.get(design)!
    const out: number[] = []
    for (let i = 0; i < runs; i++) out.push(await timed(() => searchIn(db, design, tokens[i % tokens.length], needle, 51)))
    return out
  },
  /** Checks the first page of a design's list equals a naive filter over the generated articles [0, n). */
  check(design: Design, n: number, tag: string): Promise<boolean> {
    return (async () => {
      const db = dbs.get(design)!
      const all = Array.from({ length: n }, (_, i) => article(i)).filter((a) => listTags(a, true).includes(tag))
      const want = all.sort(byKey((a) => a.sortKey)).reverse().slice(0, 20).map((a) => a.id)
      const tx = db.transaction(design === 'tagRows' ? ['tags'] : ['lists'], 'readonly')
      const got =
        design === 'tagRows'
          ? ((await req(tx.objectStore('tags').getAllKeys({ query: IDBKeyRange.bound([tag, ''], [tag, '\uffff']), count: 20, direction: 'prev' } as never))) as [string, string][]).map(([, s]) => s.slice(s.indexOf('|') + 1))
          : ((await req(tx.objectStore('lists').index('k').getAll({ query: IDBKeyRange.bound(`${tag}|`, `${tag}|\uffff`), count: 20, direction: 'prev' } as never))) as { id: string }[]).map((r) => r.id)
      return JSON.stringify(got) === JSON.stringify(want)
    })()
  },
  async drop(design: Design): Promise<void> {
    dbs.get(design)?.close()
    dbs.delete(design)
    await req(indexedDB.deleteDatabase(`cand-${design}`))
  },
  sortKeyOf,
}

declare global {
  interface Window {
    candidates: typeof candidates
  }
}
window.candidates = candidates
