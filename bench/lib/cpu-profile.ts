// Summarises a V8 .cpuprofile by pipeline stage (self time per file group) and by function, so a slow refresh
// says where its time goes: rss-parser's XML step, our parse mapping, normalization, classification, HTTP, GC.
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileSummary {
  totalMs: number
  idleMs: number
  byStage: { stage: string; ms: number; share: number }[]
  topFunctions: { fn: string; ms: number }[]
}

const STAGES: [RegExp, string][] = [
  [/node_modules\/(xml2js|sax|xmlbuilder)\//, 'XML (xml2js + sax, inside rss-parser)'],
  [/node_modules\/rss-parser\//, 'rss-parser (mapping)'],
  [/node_modules\/(entities|htmlparser2|domhandler|domutils)\//, 'HTML text (htmlparser2/entities)'],
  [/core\/classify\/(lexicon|lexicon-builder|forms|country-names|country-terms|topic-terms|terms)\.ts|node_modules\/(world-countries|i18n-iso-countries)\//, 'classify: table build (once per process)'],
  [/core\/classify\//, 'classify: per article'],
  [/core\/(normalize|html-text|canonical-url|feed-date|ids)\.ts/, 'normalize'],
  [/core\/parse-feed\.ts|core\/json-feed\.ts|core\/sniff\.ts/, 'parse-feed (ours)'],
  [/core\/decode\.ts|node_modules\/iconv-lite\//, 'decode'],
  [/core\/(fetch-feed|host-limiter)\.ts|^node:(_http|http|net|stream|internal\/stream|internal\/http|zlib|events)/, 'fetch + HTTP'],
  [/core\/(poller|refresh-feed|schedule)\.ts|cli\/refresh-command/, 'poller + refresh-feed'],
  [/node_modules\/(tsx|esbuild|get-tsconfig)\//, 'tsx loader (profiling only)'],
]

function stageOf(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'GC'
  if (fn === '(program)') return 'V8/native (program)'
  for (const [re, stage] of STAGES) if (re.test(url)) return stage
  if (url.startsWith('node:')) return 'Node internals (other)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (pkg) return `npm: ${pkg[1]}`
  return url ? 'other (ours)' : `native: ${fn || '(anonymous)'}`
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  // Native frames (RegExp, Buffer writes) and Node's own library (string_decoder, buffer) are billed to the
  // nearest caller in our code or a package, which is the stage that asked for the work.
  const billedUrl = (id: number): string => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur)?.callFrame.url
      if (url && !url.startsWith('node:')) return url
    }
    return byId.get(id)?.callFrame.url ?? ''
  }
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const stages = new Map<string, number>()
  const fns = new Map<string, number>()
  let idle = 0
  let total = 0
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    total += us
    if (functionName === '(idle)') {
      idle += us
      continue
    }
    const isHttpInternal = /^node:(_http|http|net|internal\/(http|stream|net))/.test(url)
    const billed = !url || (url.startsWith('node:') && !isHttpInternal) ? billedUrl(id) : url
    const stage = stageOf(billed, functionName)
    stages.set(stage, (stages.get(stage) ?? 0) + us)
    const where = (billed === url ? url : `${url || '[native]'} <- ${billed}`).replace(/file:\/\/.*?\/(node_modules|src)\//, '$1/')
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    fns.set(key, (fns.get(key) ?? 0) + us)
  }
  const busy = total - idle
  return {
    totalMs: Math.round(total / 1000),
    idleMs: Math.round(idle / 1000),
    byStage: [...stages].sort((a, b) => b[1] - a[1]).filter(([, us]) => us / busy >= 0.005).map(([stage, us]) => ({ stage, ms: Math.round(us / 1000), share: Number((us / busy).toFixed(3)) })),
    topFunctions: [...fns].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, ms: Math.round(us / 1000) })),
  }
}
