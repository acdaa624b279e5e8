// Story grouping cost at ingest (issue 19, target ≤ 1 ms per article): the main process's StoryIndex primed with
// three days of news (the window it keeps, whatever the library's size), then timed while it assigns stories to
// the next articles one feed-sized batch at a time. Articles are real leads from the tagging sets in ten
// languages, repeated to fill the window: one copy in four keeps its text (another outlet's report of that story);
// the others pair the title of one lead with the lead of another, with new figures and names (other stories).
//   npx tsx bench/stories-bench.ts [window=15000] [timed=5000]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StoryIndex, type StorySeed } from '../src/main/core/stories/story-index'

interface Lead {
  title: string
  summary: string
  lang: string
  countries?: string[]
  about?: string[]
}

const dir = join(__dirname, '../tests/fixtures/classify')
const leads: Lead[] = ['eval-dev.jsonl', 'eval-heldout.jsonl', 'eval-tuning.jsonl', 'dev-tiers.jsonl', 'dev-general.jsonl', 'dev-precision.jsonl']
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Lead))
const windowSize = Number(process.argv[2] ?? 15_000)
const timed = Number(process.argv[3] ?? 5_000)
const start = Date.parse('2026-10-01T00:00:00Z')
const span = 72 * 3600_000

/** A made-up name for copy `shift` of a capitalised word, so renamed copies share no name key. */
const rename = (word: string, shift: number) => `${word[0]}${'bdgklmnprstvz'[shift % 13]}${'aeiou'[shift % 5]}${word.slice(1).split('').reverse().join('')}${shift}`

/** The i-th article: a lead at a time inside the window, as another report of its story or as a new story. */
function article(i: number, total: number): StorySeed {
  const lead = leads[i % leads.length]
  const shift = Math.floor(i / leads.length)
  const isReport = shift % 4 === 0
  const vary = (s: string) =>
    isReport ? s : s.replace(/\d+/g, (d) => String(Number(d) + shift * 7)).replace(/(?<=\s)\p{Lu}\p{L}+/gu, (w) => rename(w, shift))
  const n = leads.length
  return {
    id: `a${i}`,
    title: vary(isReport ? lead.title : leads[(i * 7 + shift) % n].title),
    summary: vary(isReport ? lead.summary : leads[(i * 13 + shift * 5) % n].summary),
    lang: lead.lang,
    url: `https://news.example/${i}`,
    publishedAt: new Date(start + (i / total) * span * ((windowSize + timed) / windowSize)).toISOString(),
    about: lead.about ?? lead.countries ?? [],
  }
}

const total = windowSize + timed
const all = Array.from({ length: total }, (_, i) => article(i, total))
const index = new StoryIndex()
const primeStart = performance.now()
index.prime(all.slice(0, windowSize).map((a, i) => ({ ...a, storyId: `s${i}` })))
const primeMs = performance.now() - primeStart
const batchMs: number[] = []
let grouped = 0
for (let i = windowSize; i < total; i += 50) {
  const batch = all.slice(i, i + 50)
  const t = performance.now()
  const stories = index.assign(batch)
  batchMs.push((performance.now() - t) / batch.length)
  grouped += stories.filter((s, k) => s !== batch[k].id).length
}
batchMs.sort((a, b) => a - b)
const mean = batchMs.reduce((a, b) => a + b, 0) / batchMs.length
console.log(`primed ${windowSize} articles in ${primeMs.toFixed(0)} ms (${(primeMs / windowSize).toFixed(3)} ms/article); index holds ${index.size}`)
console.log(`assigned ${timed} more in batches of 50: mean ${mean.toFixed(3)} ms/article, p95 batch ${batchMs[Math.floor(batchMs.length * 0.95)].toFixed(3)} ms/article; ${grouped} joined a story`)
console.log(`heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`)
