// The engine's text work on the farm's feeds without any network: parse, normalize + classify (buildArticles),
// story grouping (one StoryIndex across all feeds, as the app's NewsService keeps), and the JSON an SSE event sends,
// each timed apart in CPU time of this process (the machine is shared: wall time would measure the others). `--out FILE` writes every article's id, tags and story, to check a speed change left them as
// they were. `npx tsx bench/refresh/stages-bench.ts [--feeds 300] [--items 50] [--out FILE]`
import { writeFileSync } from 'node:fs'
import { buildArticles } from '../../src/main/core/refresh-feed'
import { classifyArticle } from '../../src/main/core/classify'
import { parseFeed } from '../../src/main/core/parse-feed'
import { groupIntoStories, StoryIndex } from '../../src/main/core/stories/story-index'
import { splitLargeResult } from '../../src/main/core/split-result'
import { generateFeed } from '../lib/feed-gen'

const quiet = { info() {}, warn() {}, error() {} }

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

async function main(): Promise<void> {
  const feeds = Number(arg('feeds', '300'))
  const items = Number(arg('items', '50'))
  const out = arg('out')
  const texts = Array.from({ length: feeds }, (_, f) => generateFeed(f, items).xml)
  classifyArticle({ title: 'warm-up', lang: 'en' })
  const ms = { parse: 0, build: 0, group: 0, json: 0 }
  const cpuMs = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const stories = new StoryIndex()
  const lines: string[] = []
  const now = new Date(Date.UTC(2026, 10, 28, 13))
  for (let f = 0; f < feeds; f++) {
    const url = `http://127.0.0.1/feeds/${f}.xml`
    let t = cpuMs()
    const parsed = await parseFeed(texts[f], url, { maxItems: 500 })
    ms.parse += cpuMs() - t
    t = cpuMs()
    const built = buildArticles(`feed-${f}`, url, parsed, now, quiet)
    ms.build += cpuMs() - t
    t = cpuMs()
    const articles = groupIntoStories(stories, built)
    ms.group += cpuMs() - t
    t = cpuMs()
    const result = { feedId: `feed-${f}`, kind: 'updated' as const, feed: { title: 'x' }, articles, http: { url, fetchedAt: 0, nextPollAt: 0, failureCount: 0, isDead: false, intervalMinutes: 30, bytes: 0 } }
    for (const part of splitLargeResult(result)) JSON.stringify(part)
    ms.json += cpuMs() - t
    if (out) for (const a of articles) lines.push(JSON.stringify([a.id, a.storyId, a.countries, a.mentions, a.topics, a.tagEvidence?.source]))
  }
  const n = feeds * items
  const perArticle = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Number((v / n).toFixed(3))]))
  console.log(JSON.stringify({ feeds, items, totalMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])), msPerArticle: perArticle }))
  if (out) writeFileSync(out, lines.join('\n') + '\n')
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
