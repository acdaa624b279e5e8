// Classifier speed and memory benchmark (issue 3). Run: npx tsx --expose-gc bench/classify-bench.ts
// Prints the module load and table build times, the memory the tables hold, and articles per second
// on one core for ~2 KB articles assembled from the evaluation set (title + lead + a body of other
// leads in the same language). The classifier is imported dynamically so its load is measured too.
// `--compare <tree>` also times another checkout's classifier (e.g. /work/main) on the same articles, rounds
// interleaved, and prints the ratio: timings on a shared machine only compare within one run.
// `--profile <file.cpuprofile>` records a CPU profile of the timed rounds only (not the import or the table build);
// open it in Chrome DevTools, or list the top functions by self time.
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'

interface EvalRow {
  title: string
  summary: string
  lang: string
}

const gc = (globalThis as { gc?: () => void }).gc
const MB = 1024 * 1024

function memory(): number {
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

function loadRows(): EvalRow[] {
  const dir = join(__dirname, '../tests/fixtures/classify')
  return ['eval-dev.jsonl', 'eval-heldout.jsonl', 'eval-tuning.jsonl', 'dev-tiers.jsonl', 'dev-general.jsonl'].flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EvalRow))
}

/** ~2 KB articles: each row's title and lead, and a body made of other leads in the same language. */
function makeArticles(rows: EvalRow[], count: number) {
  const byLang = new Map<string, EvalRow[]>()
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r])
  return Array.from({ length: count }, (_, i) => {
    const row = rows[i % rows.length]
    const same = byLang.get(row.lang)!
    let content = ''
    for (let k = 1; content.length < 1400; k++) content += same[(i + k * 7) % same.length].summary + ' '
    return { title: row.title, summary: row.summary, content, lang: row.lang }
  })
}

async function main(): Promise<void> {
  const before = memory()
  const t0 = performance.now()
  const { classifyArticle } = await import('../src/main/core/classify/index')
  const { automatonBytes } = await import('../src/main/core/classify/automaton')
  const { getLexicon } = await import('../src/main/core/classify/lexicon')
  const t1 = performance.now()
  const lexicon = getLexicon()
  const buildMs = performance.now() - t1
  const after = memory()

  const articles = makeArticles(loadRows(), 3000)
  const avgBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.title + a.summary + a.content), 0) / articles.length
  for (const a of articles) classifyArticle(a) // one untimed round: steady-state speed, JIT warmed up
  const rounds = 3
  const profile = await startProfile(argValue(process.argv.slice(2), '--profile'))
  const cpu0 = process.cpuUsage()
  const w0 = performance.now()
  for (let r = 0; r < rounds; r++) for (const a of articles) classifyArticle(a)
  const wallS = (performance.now() - w0) / 1000
  const cpu = process.cpuUsage(cpu0)
  await profile?.()
  const cpuS = (cpu.user + cpu.system) / 1e6
  const n = rounds * articles.length

  const other = argValue(process.argv.slice(2), '--compare')
  if (other) await compare(other, classifyArticle, articles)
  const exact = gc ? '' : '; run with --expose-gc for an exact figure'
  console.log(`patterns: ${lexicon.readings.length}, automaton slots: ${lexicon.automaton.stateCount} (double array)`)
  console.log(`module import: ${(t1 - t0).toFixed(0)} ms (includes transpiling under tsx and parsing the snapshot)`)
  console.log(`table build: ${buildMs.toFixed(0)} ms (first classify call: snapshot -> automaton)`)
  console.log(`table memory: ${((after - before) / MB).toFixed(1)} MB (modules and tables, heap + typed arrays, after GC${exact}); automaton arrays ${(automatonBytes(lexicon.automaton) / MB).toFixed(1)} MB`)
  console.log(`articles: ${n} of ${(avgBytes / 1024).toFixed(1)} KB on average`)
  console.log(`speed: ${(n / cpuS).toFixed(0)} articles/s per core (CPU time), ${(n / wallS).toFixed(0)} articles/s wall clock`)
}

type Classify = (a: { title: string; summary: string; content: string; lang: string }) => unknown

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag)
  if (i < 0) return undefined
  const value = argv[i + 1]
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value`)
  return value
}

/** Starts the V8 profiler when a file is given; the returned function stops it and writes the profile. */
async function startProfile(file: string | undefined): Promise<(() => Promise<void>) | undefined> {
  if (!file) return undefined
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
  }
}

/** Times this tree's and another tree's classifier on the same articles, alternating rounds. */
async function compare(dir: string, mine: Classify, articles: Parameters<Classify>[0][]): Promise<void> {
  const theirs = ((await import(join(dir, 'src/main/core/classify/index'))) as { classifyArticle: Classify }).classifyArticle
  for (const a of articles) theirs(a)
  const cpu = { mine: 0, theirs: 0 }
  for (let r = 0; r < 6; r++) {
    for (const [name, fn] of r % 2 === 0 ? ([['mine', mine], ['theirs', theirs]] as const) : ([['theirs', theirs], ['mine', mine]] as const)) {
      const c0 = process.cpuUsage()
      for (const a of articles) fn(a)
      const c = process.cpuUsage(c0)
      cpu[name] += (c.user + c.system) / 1e6
    }
  }
  const n = 6 * articles.length
  console.log(`side by side (${n} articles each, rounds interleaved): this tree ${(n / cpu.mine).toFixed(0)} articles/s, ` +
    `${dir} ${(n / cpu.theirs).toFixed(0)} articles/s, ratio ${(cpu.theirs / cpu.mine).toFixed(2)}`)
}

void main()
