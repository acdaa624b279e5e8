// The CLI as a user runs it: a real child process, JSON on stdout, one-line errors on stderr, exit codes.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'
import { runCli } from '../../helpers/run-cli'
import { CORPORA_DIR } from '../../helpers/corpora-dir'

const corpora = CORPORA_DIR

const jsonLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)

const rss = (title: string, n: number) =>
  `<rss version="2.0"><channel><title>${title}</title><link>https://site.example/</link>${Array.from({ length: n }, (_, i) => `<item><title>${title} ${i}</title><guid>${title}-${i}</guid></item>`).join('')}</channel></rss>`

let server: FixtureServer
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meridian-cli-'))
  server = await startFixtureServer({
    '/a.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: rss('Alpha', 3) },
    '/b.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: rss('Beta', 2) },
    '/missing.xml': { status: 404 },
    '/': { headers: { 'Content-Type': 'text/html' }, body: '<html><head><link rel="alternate" type="application/rss+xml" title="Alpha feed" href="/a.xml"></head></html>' },
  })
})
afterAll(() => server.close())

describe('cli parse', () => {
  it('prints one JSON line per input, in order, and keeps going past failures', async () => {
    const guardian = join(corpora, 'feeds/rss-parser/input/guardian.rss')
    const { code, stdout } = await runCli(['parse', server.url('/a.xml'), join(dir, 'nope.xml'), guardian, server.url('/missing.xml')])
    const lines = jsonLines(stdout)
    expect(lines.map((l) => l.ok)).toEqual([true, false, true, false])
    expect(lines[0]).toMatchObject({ input: server.url('/a.xml'), feed: { title: 'Alpha', siteUrl: 'https://site.example/' } })
    expect((lines[0]!.items as unknown[]).length).toBe(3)
    expect(lines[3]!.error).toContain('404')
    const item = (lines[2]!.items as Record<string, unknown>[])[0]!
    for (const key of ['id', 'guid', 'url', 'title', 'summary', 'contentHtml', 'author', 'publishedAt', 'imageUrl', 'categories', 'countries', 'topics']) {
      expect(item).toHaveProperty(key)
    }
    expect(code).toBe(1)
  })

  it('exits 0 when every input parsed', async () => {
    const { code, stdout } = await runCli(['parse', server.url('/b.xml')])
    expect(jsonLines(stdout)[0]!.ok).toBe(true)
    expect(code).toBe(0)
  })
})

describe('cli discover', () => {
  it('lists the feeds a site advertises', async () => {
    const { code, stdout } = await runCli(['discover', server.url('/')])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([{ url: server.url('/a.xml'), title: 'Alpha feed', type: 'rss' }])
  })
})

describe('cli refresh', () => {
  it('polls a URL list once and prints one summary', async () => {
    const list = join(dir, 'urls.txt')
    await writeFile(list, [server.url('/a.xml'), server.url('/b.xml'), server.url('/missing.xml')].join('\n'))
    const { code, stdout, stderr } = await runCli(['refresh', '--urls', list, '--concurrency', '2'])
    const summary = JSON.parse(stdout)
    expect(summary).toMatchObject({ feeds: 3, ok: 2, failed: 1, items: 5 })
    expect(summary.bytes).toBeGreaterThan(200)
    expect(typeof summary.ms).toBe('number')
    expect(stderr).toContain('404')
    expect(code).toBe(1)
  })

  it('reads OPML with nested folders', async () => {
    const opml = join(dir, 'subs.opml')
    await writeFile(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline text="A" type="rss" xmlUrl="${server.url('/a.xml')}"/></outline><outline text="B" type="rss" xmlUrl="${server.url('/b.xml')}"/></body></opml>`)
    const { code, stdout } = await runCli(['refresh', '--urls', opml])
    expect(JSON.parse(stdout)).toMatchObject({ feeds: 2, ok: 2, failed: 0, items: 5 })
    expect(code).toBe(0)
  })
})

describe('cli classify', () => {
  it('writes one result line per input line, in order, with an error line for bad input', async () => {
    const input = [JSON.stringify({ title: 'Chinese and Russian foreign ministers discuss Afghanistan in phone call' }), 'not json', JSON.stringify({ title: 'Recipe: a lemon cake' })].join('\n')
    const { code, stdout } = await runCli(['classify'], input)
    const lines = jsonLines(stdout)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toHaveProperty('countries')
    expect(lines[0]).toHaveProperty('topics')
    expect(lines[0]).toHaveProperty('evidence')
    expect(lines[1]).toHaveProperty('error')
    expect(code).toBe(1)
  })
})

describe('cli usage', () => {
  it('rejects an unknown command with usage on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['frobnicate'])
    expect(stdout).toBe('')
    expect(stderr).toContain('unknown command "frobnicate"')
    expect(code).toBe(2)
  })
})
