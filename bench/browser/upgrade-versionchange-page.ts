// The page half of upgrade-versionchange-profile.ts, as plain JavaScript the bench serves next to Dexie's UMD build (a
// string, so no bundler or transpiler helper reaches the page). `window.__vc` seeds a library the way a release left
// it (generated articles of ~3.5 KB, search rows in the form of schemas 16–30, tag rows of schema 14) and opens it
// with the schema history up to a given version, timing the versionchange.
export const PAGE_SCRIPT = String.raw`
(() => {
  let seed = 1
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const WORDS = Array.from({ length: 30000 }, (_, i) => 'w' + i.toString(36) + 'ab'.repeat(1 + (i % 4)))
  // Zipf-like: common words often, the tail rarely, as in news text.
  const word = () => WORDS[Math.floor(Math.pow(rand(), 2.2) * WORDS.length)]
  const words = (n) => Array.from({ length: n }, word).join(' ')
  const COUNTRIES = ['FR', 'DE', 'US', 'JP', 'BR', 'GB', 'IN', 'CN', 'UA', 'RU', 'NG', 'ZA']
  const TOPICS = ['politics', 'sport', 'health', 'economy', 'science', 'culture']
  const iso = (i) => new Date(Date.UTC(2026, 0, 1) + i * 97_000).toISOString()
  const articleAt = (i) => {
    const publishedAt = iso(i)
    const id = 'a' + String(i).padStart(7, '0')
    return {
      id, feedId: 'bench-feed-' + (i % 2000), url: 'https://bench.example/' + (i % 2000) + '/' + i, title: words(12), summary: words(60),
      content: words(450), publishedAt, sortKey: publishedAt + '|' + id, firstSeenAt: Date.parse(publishedAt),
      countries: [COUNTRIES[i % 12], COUNTRIES[(i * 7) % 12]], topics: [TOPICS[i % 6]], isRead: i % 3 === 0 ? 1 : 0, isStarred: i % 7 === 0 ? 1 : 0,
      enclosures: [], categories: [], classifierVersion: 1,
    }
  }
  // Schemas 16–30 indexed search rows as one '<token>\u0001<time>' entry per distinct token of title and summary.
  const searchRowOf = (a) => {
    const time = a.sortKey.slice(0, a.sortKey.indexOf('|'))
    return { id: a.id, w: [...new Set((a.title + ' ' + a.summary).split(' '))].map((t) => t + '\u0001' + time) }
  }
  // A tag once per article (both countries may be the same), as schema 14 stored them.
  const tagRowsOf = (a) => [...new Set(['all', 'f:' + a.feedId, ...a.countries.map((c) => 'c:' + c), ...a.topics.map((t) => 't:' + t), ...a.countries.map((c) => 'c:' + c + '+t:' + a.topics[0]), ...(a.isRead ? [] : ['u:all', 'u:f:' + a.feedId, ...a.countries.map((c) => 'u:c:' + c)]), ...(a.isStarred ? ['s'] : [])])]
    .map((tag) => ({ tag, sortKey: a.sortKey, m: ' x ' }))

  // What the versions' upgrade functions do to stored data (the data steps they record are not run here).
  const UPGRADES = {
    14: (tx) => tx.table('counters').clear(),
    // The app's own swapSearchStoreV30 (its source, put here by the bench's server).
    '30.5': (tx) => {
      (__SWAP__)(tx.idbtrans)
      return tx.table('migrations').bulkPut(['v31-copy-search', 'v31-drop-old-search'].map((name) => ({ name, done: 0, processed: 0 })))
    },
    23: (tx) => tx.table('migrations').bulkPut(['v02-outlets', 'v11-search-queue', 'v12-read-times', 'v14-counters', 'v15-list-rows', 'v15-drop-tags', 'v21-day-counters'].map((name) => ({ name, done: 0, processed: 0 }))),
    31: (tx) => tx.table('migrations').put({ name: 'v31-postings', done: 0, processed: 0 }),
    32: (tx) => tx.table('migrations').put({ name: 'v32-topic-outlets', done: 0, processed: 0 }),
    34: (tx) => tx.table('migrations').put({ name: 'v34-country-postings', done: 0, processed: 0 }),
  }
  const openAt = (name, history, upTo) => {
    const db = new Dexie(name)
    for (const [v, stores] of history) {
      if (v > upTo) break
      const version = db.version(v).stores(stores)
      if (UPGRADES[v]) version.upgrade(UPGRADES[v])
    }
    return db
  }

  window.__vc = {
    /** Opens 'name' with the history up to 'upTo'; milliseconds from open() to opened. */
    async open(name, history, upTo) {
      const db = openAt(name, history, upTo)
      const t0 = performance.now()
      await db.open()
      const ms = performance.now() - t0
      db.close()
      return ms
    },
    /** Writes 'n' articles (from 'first') into 'name' at 'v', 2,000 per transaction; their search rows when the
     *  schema has the store with its index (11–30), their tag rows when 'tags' is true. */
    async fill(name, history, v, first, n, tags) {
      const db = openAt(name, history, v)
      await db.open()
      const hasSearch = v >= 11 && v < 31
      for (let at = first; at < first + n; at += 2000) {
        const rows = Array.from({ length: Math.min(2000, first + n - at) }, (_, i) => articleAt(at + i))
        await db.transaction('rw', db.tables.filter((t) => ['articles', 'search', 'tags'].includes(t.name)), async () => {
          await db.table('articles').bulkAdd(rows)
          if (hasSearch) await db.table('search').bulkAdd(rows.map(searchRowOf))
          if (tags) await db.table('tags').bulkAdd(rows.flatMap(tagRowsOf))
        })
      }
      const counts = { articles: await db.table('articles').count(), tags: await db.table('tags').count(), search: hasSearch ? await db.table('search').count() : 0 }
      db.close()
      return counts
    },
    /** Empties the tag rows the way 'how' says, timing it: 'rows:N' as the shipped step (N keys from the start per
     *  transaction), 'range:N' N keys after the last batch's as one key-range delete, 'clear' one Table.clear(); also times a one-row read of another store issued meanwhile (what the reader waits). */
    async dropTags(name, history, how) {
      const db = openAt(name, history, 34)
      await db.open()
      const tags = db.table('tags')
      const readerMs = []
      let isDone = false
      const reader = (async () => {
        while (!isDone) {
          const t = performance.now()
          await db.table('articles').limit(50).toArray()
          readerMs.push(performance.now() - t)
          await new Promise((r) => setTimeout(r, 100))
        }
      })()
      const t0 = performance.now()
      let batches = 0
      const perBatch = Number(how.split(':')[1] ?? 10000)
      let last
      if (how === 'clear') {
        await db.transaction('rw', tags, () => tags.clear())
        batches = 1
      } else {
        for (;;) {
          const n = await db.transaction('rw', tags, async () => {
            // 'rows:N': the shipped step, N keys from the start each time; 'range:N': N keys after the last batch's
            // last key, deleted as one key range.
            if (how.startsWith('rows')) {
              const keys = await tags.limit(perBatch).primaryKeys()
              if (keys.length) await tags.bulkDelete(keys)
              return keys.length
            }
            const keys = await (last === undefined ? tags.orderBy(':id') : tags.where(':id').above(last)).limit(perBatch).primaryKeys()
            if (keys.length) await tags.where(':id').between(keys[0], keys[keys.length - 1], true, true).delete()
            last = keys[keys.length - 1]
            return keys.length
          })
          batches++
          if (n < perBatch) break
        }
      }
      const ms = performance.now() - t0
      isDone = true
      await reader
      const left = await tags.count()
      db.close()
      readerMs.sort((a, b) => a - b)
      return { ms, batches, left, readerP50: readerMs[Math.floor(readerMs.length / 2)], readerMax: readerMs[readerMs.length - 1], reads: readerMs.length }
    },
    async remove(name) {
      await Dexie.delete(name)
    },
  }
})()
`
