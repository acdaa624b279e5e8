// `npx tsx bench/browser/retag-row-probe.ts <libraryDir> [rows] [turns]`: what an article row's write costs, split
// into its bytes and its indexes (db/README.md, "Re-tag at 100,000, session 16"). Opens a copy of a kept library
// (retag-profile.ts's RETAG_PROFILE_DIR) with HEAD's build, reports what the first `rows` article rows hold (bytes
// per field, as JSON), then, in a scratch database of the same origin, overwrites those rows (1,000 per 'rw'
// transaction, a tag changed, as a re-tag does) in stores that differ in one thing each, taking turns:
// the articles store's indexes or none, the rows whole or without contentHtml / tagEvidence, the tag fields alone,
// a list row per article (the re-tag's other write); then reads three of them back 1,000 rows a request. The scratch
// database shares the library's LevelDB (one per origin in Chromium). Each turn first walks the library's own pages
// two ways (timeWalks; ROW_PROBE=walks: only that). Prints JSON; not part of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { buildRenderer, openSession } from './session'

const PORT = Number(process.env.RETAG_PROFILE_PORT ?? 47_434)

/** A re-tag's pages walked two ways over the library itself, taking turns page by page, each page in a readonly
 *  transaction: article rows by id range (today's pass), or list rows by sortKey range (time order, with the tags a
 *  list row could carry) and then their article rows by id (bulkGet, ids scattered over the key space). */
function timeWalks(page: Page, n: number): Promise<Record<string, number>> {
  return page.evaluate(async (n) => {
    const db = window.__bench!.db
    const out = { walkById: 0, walkByListRows: 0, listRowsAlone: 0 }
    let afterId: string | undefined
    let afterKey: string | undefined
    const byId = async () => {
      const t0 = performance.now()
      const rows = await db.transaction('r', db.articles, () => (afterId === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(afterId)).limit(1000).toArray())
      afterId = rows.at(-1)?.id
      out.walkById += performance.now() - t0
    }
    const byListRows = async () => {
      const t0 = performance.now()
      const rows = await db.transaction('r', [db.lists, db.articles], async () => {
        const rows = await (afterKey === undefined ? db.lists.orderBy(':id') : db.lists.where(':id').above(afterKey)).limit(1000).toArray()
        out.listRowsAlone += performance.now() - t0
        await db.articles.bulkGet(rows.map((r) => r.s.slice(r.s.indexOf('|') + 1)))
        return rows
      })
      afterKey = rows.at(-1)?.s
      out.walkByListRows += performance.now() - t0
    }
    for (let done = 0; done < n; done += 1000) {
      if ((done / 1000) % 2) await byId().then(byListRows)
      else await byListRows().then(byId)
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v)]))
  }, n)
}

async function main(): Promise<void> {
  const kept = process.argv[2]!
  const rows = Number(process.argv[3] ?? 30_000)
  const turns = Number(process.argv[4] ?? 2)
  const build = buildRenderer()
  const copy = mkdtempSync(join(tmpdir(), 'meridian-row-probe-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: PORT })
  try {
    await s.open()
    await s.settle(5_000)
    const sizes = await s.page.evaluate(async (n) => {
      const page = await window.__bench!.db.articles.limit(n).toArray()
      const bytes: Record<string, number> = {}
      let whole = 0
      for (const a of page) {
        whole += JSON.stringify(a).length
        for (const [k, v] of Object.entries(a)) bytes[k] = (bytes[k] ?? 0) + JSON.stringify(v).length + k.length + 4
      }
      const perRow = Object.fromEntries(Object.entries(bytes).sort((x, y) => y[1] - x[1]).map(([k, v]) => [k, Math.round(v / page.length)]))
      const withContent = page.filter((a) => a.contentHtml).length
      const listBytes = (await window.__bench!.db.lists.limit(n).toArray()).reduce((t, r) => t + JSON.stringify(r).length, 0) / n
      return { rows: page.length, jsonBytesPerRow: Math.round(whole / page.length), perField: perRow, withContentHtml: withContent, listRowJsonBytes: Math.round(listBytes) }
    }, rows)
    process.stderr.write(`sizes: ${JSON.stringify(sizes)}\n`)
    const times: Record<string, number[]> = {}
    for (let t = 0; t < turns; t++) {
      const load = loadavg()[0]
      const walks = await timeWalks(s.page, rows)
      process.stderr.write(`walks, turn ${t + 1} (load ${load.toFixed(1)}): ${JSON.stringify(walks)}\n`)
      for (const [k, v] of Object.entries(walks)) (times[k] ??= []).push(v)
      if (process.env.ROW_PROBE === 'walks') continue
      const turn = await s.page.evaluate(async (n) => {
        const source = await window.__bench!.db.articles.limit(n).toArray()
        const listRows = await window.__bench!.db.lists.limit(n).toArray()
        const strip = (a: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(a).filter(([k]) => !keys.includes(k)))
        const variants: Record<string, { indexed: boolean; rows: Record<string, unknown>[]; key: string }> = {
          indexedWhole: { indexed: true, rows: source as unknown as Record<string, unknown>[], key: 'id' },
          plainWhole: { indexed: false, rows: source as unknown as Record<string, unknown>[], key: 'id' },
          indexedNoContent: { indexed: true, rows: source.map((a) => strip(a as unknown as Record<string, unknown>, ['contentHtml'])), key: 'id' },
          indexedNoEvidence: { indexed: true, rows: source.map((a) => strip(a as unknown as Record<string, unknown>, ['tagEvidence'])), key: 'id' },
          tagsOnly: { indexed: false, rows: source.map((a) => ({ id: a.id, countries: a.countries, topics: a.topics, mentions: a.mentions, classified: a.classified, tagEvidence: a.tagEvidence, classifierVersion: a.classifierVersion })), key: 'id' },
          listRows: { indexed: false, rows: listRows as unknown as Record<string, unknown>[], key: 's' },
        }
        const name = `retag-row-probe-${Math.random().toString(36).slice(2)}`
        const idb: IDBDatabase = await new Promise((resolve, reject) => {
          const req = indexedDB.open(name, 1)
          req.onupgradeneeded = () => {
            for (const [v, spec] of Object.entries(variants)) {
              const store = req.result.createObjectStore(v, { keyPath: spec.key })
              if (spec.indexed) {
                store.createIndex('feedId', 'feedId')
                store.createIndex('feedId+url', ['feedId', 'url'])
                store.createIndex('readAt', 'readAt')
              }
              if (v === 'listRows') store.createIndex('k', 'k', { multiEntry: true })
            }
          }
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
        const putChunk = async (store: string, rows: Record<string, unknown>[]) => {
          const t0 = performance.now()
          await new Promise<void>((resolve, reject) => {
            const tx = idb.transaction(store, 'readwrite')
            const os = tx.objectStore(store)
            for (const r of rows) os.put(r)
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          })
          return performance.now() - t0
        }
        // Filled first (an insert), then overwritten with a changed tag (a re-tag's overwrite): only the second is
        // timed. The variants take turns chunk by chunk, in a rotating order, so LevelDB's compactions and the
        // machine's load fall on each alike.
        const names = Object.keys(variants)
        const changedRows = Object.fromEntries(names.map((v) => [v, variants[v]!.rows.map((r) => (v === 'listRows' ? { ...r, m: `${String(r.m)}c:XX ` } : { ...r, countries: ['XX'], classifierVersion: 7 }))]))
        const out: Record<string, number> = Object.fromEntries(names.map((v) => [v, 0]))
        for (let i = 0; i < n; i += 1000) for (const v of names) await putChunk(v, variants[v]!.rows.slice(i, i + 1000))
        for (let i = 0, c = 0; i < n; i += 1000, c++) {
          for (let j = 0; j < names.length; j++) {
            const v = names[(c + j) % names.length]!
            out[v] += await putChunk(v, changedRows[v]!.slice(i, i + 1000))
          }
        }
        for (const v of names) out[v] = Math.round(out[v]!)
        // A page's read: 1,000 rows a request, in key order (what a re-tag's page reads from each store).
        for (const v of ['indexedWhole', 'tagsOnly', 'listRows']) {
          const t0 = performance.now()
          let lower: IDBValidKey | undefined
          for (;;) {
            const got: Record<string, unknown>[] = await new Promise((resolve, reject) => {
              const req = idb.transaction(v, 'readonly').objectStore(v).getAll(lower === undefined ? undefined : IDBKeyRange.lowerBound(lower, true), 1000)
              req.onsuccess = () => resolve(req.result as Record<string, unknown>[])
              req.onerror = () => reject(req.error)
            })
            if (got.length === 0) break
            lower = got.at(-1)![variants[v]!.key] as IDBValidKey
          }
          out[`read:${v}`] = Math.round(performance.now() - t0)
        }
        idb.close()
        await new Promise((r) => { const d = indexedDB.deleteDatabase(name); d.onsuccess = r; d.onerror = r })
        return out
      }, rows)
      process.stderr.write(`turn ${t + 1} (load ${load.toFixed(1)}): ${JSON.stringify(turn)}\n`)
      for (const [k, v] of Object.entries(turn)) (times[k] ??= []).push(v)
    }
    process.stdout.write(`${JSON.stringify({ sizes, overwriteMs: times }, null, 2)}\n`)
  } finally {
    await s.close()
    rmSync(copy, { recursive: true, force: true })
    build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`retag-row-probe: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
