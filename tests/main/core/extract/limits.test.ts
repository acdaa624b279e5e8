// Issue 16 item 2: a page past the element, nesting or memory limits fails with a clear error and never takes the
// process down. Time and memory of the audit's page are measured by bench/extract-hostile.ts, not here.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FeedError } from '../../../../src/main/core/errors'
import { MAX_ELEMENTS, countStartTags } from '../../../../src/main/core/extract/element-budget'
import { ExtractPool } from '../../../../src/main/core/extract/extract-pool'
import { extractArticle } from '../../../../src/main/core/extract/extract-article'
import { nestedDivPage } from './hostile-pages'

const REAL_WORKER = join(__dirname, '../../../../src/main/core/extract/extract-worker.ts')
const SCRIPTED_WORKER = join(__dirname, 'fixtures/scripted-worker.cjs')
const URL_A = 'https://news.example/a'
const pools: ExtractPool[] = []
afterEach(() => pools.splice(0).forEach((p) => p.close()))
const pool = (opts: ConstructorParameters<typeof ExtractPool>[0]) => {
  const p = new ExtractPool(opts)
  pools.push(p)
  return p
}
const failure = (run: () => unknown) => {
  try {
    run()
  } catch (err) {
    return err as FeedError
  }
  return undefined
}

/** Oracle: every "<" followed by an ASCII letter, found character by character. */
function naiveStartTags(html: string): number {
  let count = 0
  for (let i = 0; i + 1 < html.length; i++) if (html[i] === '<' && /[a-zA-Z]/.test(html[i + 1]!)) count++
  return count
}

describe('element and nesting caps', () => {
  it('counts start tags like a character-by-character scan, ignoring end tags, comments and "a < b"', () => {
    const samples = ['<p>a < b</p><!-- <x --><br/><IMG src=x>', '<<a>>', '', 'no tags', nestedDivPage(3, 4)]
    for (const html of samples) expect(countStartTags(html, 1e9)).toBe(naiveStartTags(html))
    expect(countStartTags(nestedDivPage(4000, 99))).toBe(MAX_ELEMENTS + 1) // stops right past the cap
  })

  it("refuses the audit's 4.6 MB page of 4,000 blocks of 99-deep divs with a clear 'too-large'", () => {
    const html = nestedDivPage(4000, 99)
    expect(html.length).toBeGreaterThan(4_400_000)
    const err = failure(() => extractArticle(html, URL_A))
    expect(err).toBeInstanceOf(FeedError)
    expect(err?.code).toBe('too-large')
    expect(err?.message).toMatch(/news\.example\/a: the page has more than 60,000 elements/)
  })

  it('refuses a page under the element cap whose nesting would still cost seconds', () => {
    const err = failure(() => extractArticle(nestedDivPage(150, 99), URL_A))
    expect(err?.code).toBe('too-large')
    expect(err?.message).toMatch(/nested too deeply/)
  })

  it('still reads a deep page within both caps', () => {
    const article = extractArticle(nestedDivPage(8, 99), URL_A)
    expect(article.textContent).toContain('Block text that repeats.')
  })
})

describe('extraction worker limits', { timeout: 60_000 }, () => {
  it("fails the hostile page in the worker with 'too-large' and reads the next page", async () => {
    const p = pool({ workerPath: REAL_WORKER })
    const err = await p.extract(nestedDivPage(4000, 99), URL_A).then(() => undefined, (e: unknown) => e as FeedError)
    expect(err?.code).toBe('too-large')
    const next = await p.extract('<html><body><article><p>Fine text here.</p></article></body></html>', 'https://news.example/b')
    expect(next.textContent).toContain('Fine text here.')
  })

  it('a page that exhausts the heap cap fails alone: the worker is replaced, this process lives on', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } })
    const err = await p.extract('oom', URL_A).then(() => undefined, (e: unknown) => e as FeedError)
    expect(err?.code).toBe('too-large')
    expect(err?.message).toMatch(/news\.example\/a: the page needs more than the 32 MB/)
    expect((await p.extract('after', 'https://news.example/b')).title).toBe('after')
  })
})
