// Splits a page .cpuprofile of the farm refresh (refresh-app-bench's BENCH_PROFILE=<dir>, a renderer built with
// minify off) by what the page was doing: each sample is billed to the innermost frame of its stack that names a
// known job (ingest, a live query's read, React, the event transport, the indexer...), else to "other".
//   npx tsx bench/browser/refresh-page-profile.ts <dir>/page.cpuprofile [--inclusive N]
// --inclusive N also prints the N functions with the most inclusive time (a sample counted once per name).
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}

/** Jobs by function name, innermost match wins (so ingest's own IndexedDB calls are ingest's, not Dexie's). */
const JOBS: [RegExp, string][] = [
  [/^(writeArticles|writeInSteps|writeBurst|listRowOf|searchRowOf|searchRowToWrite|articleTags|membershipOf|counterDeltas|addCounterDeltas|applyCounterDeltas)$/, 'ingest: derive + write rows'],
  [/^(readBurst|mergeResult|cleanIncoming|cleanAll|ingestFeedResults|ingestFeedResult|recordStories|applyRestoredStates|nextFeedState|compiledRules)$/, 'ingest: read + merge'],
  [/^(indexPending|indexAllPending|postingsOf)$/, 'search indexer'],
  [/^(planDownloads|requestFullTexts)$/, 'offline planning'],
  [/^(parseMessage|decodeBytes)$/, 'event transport (JSON)'],
  [/^(listHead|readWindow|storySummaries|viewCounts|facetCounts|readFacets|unreadBadge|dailySeries|feedTreeCounts|countsOf|readCounts|readTotals|sidebarCounts)$/, 'live query reads (named)'],
  [/^(renderWithHooks|performWorkOnRoot|performUnitOfWork|beginWork|completeWork|commitRoot|commitRootImpl|reconcileChildren|workLoopConcurrentByScheduler|workLoopSync|flushSyncWorkAcrossRoots_impl)$/, 'React render/commit'],
  [/^(liveQuery|execute|querier|pacedLiveQuery)$/, 'live query (Dexie machinery)'],
]

function splitProfile(file: string): { total: number; idle: number; jobs: Map<string, number>; inclusive: Map<string, number> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const jobOf = new Map<number, string>()
  const namesOf = new Map<number, Set<string>>()
  const stackOf = (id: number) => {
    const out: ProfileNode[] = []
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) out.push(byId.get(cur)!)
    return out
  }
  const jobs = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  let idle = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    total += us
    const leaf = byId.get(id)!.callFrame.functionName
    if (leaf === '(idle)') return void (idle += us)
    if (!jobOf.has(id)) {
      const stack = stackOf(id)
      const hit = stack.map((n) => JOBS.find(([re]) => re.test(n.callFrame.functionName))?.[1]).find((j) => j !== undefined)
      jobOf.set(id, hit ?? (leaf === '(program)' ? 'native (program)' : leaf === '(garbage collector)' ? 'GC' : 'other'))
      namesOf.set(id, new Set(stack.map((n) => n.callFrame.functionName || '(anonymous)')))
    }
    const job = jobOf.get(id)!
    jobs.set(job, (jobs.get(job) ?? 0) + us)
    for (const name of namesOf.get(id)!) inclusive.set(name, (inclusive.get(name) ?? 0) + us)
  })
  return { total, idle, jobs, inclusive }
}

function main(): void {
  const [file, flag, n] = process.argv.slice(2)
  if (!file) throw new Error('usage: refresh-page-profile.ts <page.cpuprofile> [--inclusive N]')
  const { total, idle, jobs, inclusive } = splitProfile(file)
  const busy = total - idle
  const ms = (us: number) => String(Math.round(us / 1000)).padStart(7)
  console.log(`busy ${Math.round(busy / 1000)} ms of ${Math.round(total / 1000)} ms`)
  for (const [job, us] of [...jobs].sort((a, b) => b[1] - a[1])) console.log(`${ms(us)} ms ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${job}`)
  if (flag === '--inclusive') {
    console.log('inclusive (ms):')
    for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(n ?? 40))) console.log(`${ms(us)}  ${name}`)
  }
}

main()
