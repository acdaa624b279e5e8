// `extract` as a user runs it: a child process printing one JSON object, for a URL, a file with --base, and
// a page that is not an article; usage errors exit 2.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'
import { runCli } from '../../helpers/run-cli'
import { articlePage } from '../core/downloads/test-pages'

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'leadImageUrl', 'lang', 'contentHtml', 'textContent', 'wordCount']


let server: FixtureServer
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meridian-extract-'))
  server = await startFixtureServer({
    '/story': { headers: { 'Content-Type': 'text/html' }, body: articlePage({ title: 'Harbour plan approved', marker: 'MARKER', ogImage: '/lead.jpg', images: ['pics/a.png'] }) },
    '/home': { headers: { 'Content-Type': 'text/html' }, body: '<html lang="fr"><head><title>Accueil</title></head><body><nav><a href="/a">A</a></nav></body></html>' },
    '/file.pdf': { headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4' },
  })
  await writeFile(join(dir, 'saved.html'), articlePage({ title: 'Saved copy', marker: 'SAVED', images: ['img/b.png'] }))
})
afterAll(() => server.close())

describe('cli extract', { timeout: 60_000 }, () => {
  it('prints the article of a URL with every documented field', async () => {
    const { code, stdout, stderr } = await runCli(['extract', server.url('/story')])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as Record<string, unknown>
    for (const field of FIELDS) expect(out).toHaveProperty(field)
    expect(out).not.toHaveProperty('readerable')
    expect(out).toMatchObject({ title: 'Harbour plan approved', lang: 'en', leadImageUrl: server.url('/lead.jpg') })
    expect(out.contentHtml).toContain(`src="${server.url('/pics/a.png')}"`)
    expect(out.textContent).toContain('MARKER')
    expect(out.wordCount).toBeGreaterThan(300)
  })

  it('reads a saved file, resolving its links against --base', async () => {
    const { code, stdout } = await runCli(['extract', join(dir, 'saved.html'), '--base', 'https://news.example/2026/story'])
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as Record<string, unknown>
    expect(out.title).toBe('Saved copy')
    expect(out.contentHtml).toContain('src="https://news.example/2026/img/b.png"')
  })

  it('marks a page that is not an article as readerable: false, with what it could read', async () => {
    const { code, stdout } = await runCli(['extract', server.url('/home')])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ readerable: false, title: 'Accueil', lang: 'fr' })
  })

  it('fails with one line on stderr for a download that is not a page, and exits 2 on bad usage', async () => {
    const pdf = await runCli(['extract', server.url('/file.pdf')])
    expect(pdf.code).toBe(1)
    expect(pdf.stdout).toBe('')
    expect(pdf.stderr.trim().split('\n')).toHaveLength(1)
    expect(pdf.stderr).toContain('application/pdf')
    const usage = await runCli(['extract'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('usage: extract <url-or-file> [--base <url>]')
    expect((await runCli(['extract', 'x.html', '--base', 'ftp://x'])).code).toBe(2)
  })
})
