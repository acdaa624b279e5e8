// The automaton's scan alone (scanText), this tree against other trees, in one process: the dev sets' titles and
// leads, the same matches checked equal, rounds interleaved, CPU time per UTF-16 unit. The whole classifier's
// speed is classify-bench.ts's; this isolates the walk that was a third of it.
// Run: npx tsx bench/automaton-bench.ts [--compare /work/wt/base16 ...] (trees load in the order given, this one
// first; on a shared machine run both orders: the first-loaded tree has measured faster than an identical second).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

interface Scanner {
  dir: string
  scan: (text: string) => Int32Array
}

const SETS = ['eval-dev.jsonl', 'eval-tuning.jsonl', 'dev-tiers.jsonl', 'dev-general.jsonl']

async function scannerOf(dir: string): Promise<Scanner> {
  const automaton = await import(join(dir, 'src/main/core/classify/automaton'))
  const lexicon = (await import(join(dir, 'src/main/core/classify/lexicon'))).getLexicon()
  const buffer = new automaton.MatchBuffer()
  return {
    dir,
    scan(text) {
      buffer.count = 0
      automaton.scanText(lexicon.automaton, text, 0, text.length, buffer)
      return buffer.data.subarray(0, 3 * buffer.count)
    },
  }
}

async function main(): Promise<void> {
  const here = resolve(__dirname, '..')
  const others = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--compare' ? [resolve(a)] : []))
  const texts = SETS.flatMap((f) => readFileSync(join(here, 'tests/fixtures/classify', f), 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line) as { title: string; summary: string })
    .map((row) => `${row.title} ${row.summary}`)
  const scanners = [await scannerOf(here)]
  for (const dir of others) scanners.push(await scannerOf(dir))
  for (const text of texts) {
    const first = scanners[0].scan(text).join()
    for (const s of scanners.slice(1)) if (s.scan(text).join() !== first) throw new Error(`${s.dir} finds other matches in ${JSON.stringify(text)}`)
  }
  const units = texts.reduce((sum, t) => sum + t.length, 0)
  const cpu = new Map(scanners.map((s) => [s.dir, 0]))
  const rounds = 16
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 === 0 ? scanners : [...scanners].reverse()) {
      const c0 = process.cpuUsage()
      for (let k = 0; k < 5; k++) for (const text of texts) s.scan(text)
      const c = process.cpuUsage(c0)
      if (r >= 4) cpu.set(s.dir, cpu.get(s.dir)! + c.user + c.system) // the first rounds warm the JIT
    }
  }
  for (const [dir, us] of cpu) console.log(`${dir}: ${((us * 1000) / (units * 5 * (rounds - 4))).toFixed(1)} ns a unit (CPU)`)
}

void main()
