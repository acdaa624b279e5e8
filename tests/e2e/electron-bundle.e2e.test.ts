// The built Electron bundles load and wire themselves (electron replaced by a recording fake, since the
// Electron binary cannot run on these machines): secure window options, one IPC handler per method, and a
// preload exposing exactly the NewsApi methods.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { channel, invokableMethods } from '../../src/shared/api'
import { SHORTCUTS } from '../../src/shared/shortcuts'

const root = resolve(__dirname, '../..')
const fake = resolve(__dirname, 'fixtures/fake-electron.cjs')
const runBundle = (file: string, env: Record<string, string> = {}) =>
  JSON.parse(execFileSync(process.execPath, ['-r', fake, resolve(root, file)], { cwd: root, encoding: 'utf8', env: { ...process.env, MERIDIAN_LOG: 'silent', ...env } }).trim().split('\n').at(-1)!)

describe('built Electron bundles', () => {
  it('main opens one sandboxed, context-isolated window and registers every channel', async () => {
    const report = runBundle('out/main/index.js')
    expect(report.whenReady).toBe(true)
    expect(report.handlers.sort()).toEqual(invokableMethods.map((m) => channel[m]).sort())
    expect(report.windows).toHaveLength(1)
    expect(report.windows[0].webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(report.windows[0].webPreferences.preload).toMatch(/out[\\/]preload[\\/]index\.js$/)
    expect(report.loadedFile).toBeUndefined()
    expect(report.loadedUrl).toBe('app://meridian/index.html')
  })

  it('a second launch exits at once: no window, no IPC, no tray, nothing written to the data folder', () => {
    const report = runBundle('out/main/index.js', { FAKE_ELECTRON_SECOND_INSTANCE: '1' })
    expect(report.exitCode).toBe(0)
    expect(report.whenReady).toBe(false)
    expect(report.windows).toEqual([])
    expect(report.handlers).toEqual([])
    expect(report.privilegedSchemes).toEqual([])
    expect(report.userDataFiles).toEqual([])
  })

  it("hands a second launch's feed: link and .opml file to the first instance's window", () => {
    const opml = join(mkdtempSync(join(tmpdir(), 'meridian-launch-')), 'subs.opml')
    writeFileSync(opml, '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="A" xmlUrl="https://a.example/rss"/></body></opml>')
    try {
      const report = runBundle('out/main/index.js', { FAKE_ELECTRON_SECOND_ARGV: JSON.stringify(['/opt/Meridian/meridian', '--flag', 'feed://news.example/rss', opml]) })
      const requests = (report.sent as [string, { kind: string; url?: string; fileName?: string }][]).filter(([ch]) => ch === channel.onOpenRequest).map(([, r]) => r)
      expect(requests).toEqual([
        { kind: 'add-feed', url: 'http://news.example/rss' },
        expect.objectContaining({ kind: 'import-opml', fileName: opml }),
      ])
    } finally {
      rmSync(dirname(opml), { recursive: true, force: true })
    }
  })

  it('main serves the renderer on a privileged app:// scheme, with framing refused and no way out of the root', () => {
    const report = runBundle('out/main/index.js')
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(report.protocols.app.page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', frame: 'DENY' })
    expect(report.protocols.app.page.csp).toContain("frame-ancestors 'none'")
    expect(report.protocols.app.traversal.status).toBe(403)
    expect(report.permissionCheck).toEqual([false, false, false])
  })

  it('shows the window, lists every shortcut in the application menu without registering letters, and claims feed: links', () => {
    const report = runBundle('out/main/index.js')
    expect(report.shown).toBe(true)
    expect(report.protocolClients.sort()).toEqual(['feed', 'feeds'])
    type Item = { label?: string; accelerator?: string; registerAccelerator?: boolean; submenu?: Item[] }
    const items: Item[] = (report.menu as Item[]).flatMap((m) => m.submenu ?? [])
    for (const s of SHORTCUTS) {
      const entry = items.find((i) => i.label === s.description || i.label?.startsWith(`${s.description} (`))
      expect(entry, s.description).toBeDefined()
      if (entry?.accelerator) expect(entry.registerAccelerator).toBe(false) // a sequence ('g m') has none: it is in the label
    }
    expect(items.find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
  })

  it('builds the extraction worker beside main, and it extracts a page as a worker thread', async () => {
    const worker = new Worker(resolve(root, 'out/main/extract-worker.js'))
    try {
      const html = `<html><head><title>Talks in Kabul</title></head><body><article><h1>Talks in Kabul</h1><p>${'Ministers met to discuss the talks. '.repeat(40)}</p></article></body></html>`
      const reply = await new Promise<{ id: number; article?: { title?: string; wordCount: number } }>((done, fail) => {
        worker.once('message', done)
        worker.once('error', fail)
        worker.postMessage({ id: 7, html, url: 'https://news.example/kabul' })
      })
      expect(reply.id).toBe(7)
      expect(reply.article?.title).toBe('Talks in Kabul')
      expect(reply.article?.wordCount).toBeGreaterThan(200)
    } finally {
      await worker.terminate()
    }
  })

  it('builds the feed-text worker beside main, and it reads and tags a feed as a worker thread', async () => {
    const worker = new Worker(resolve(root, 'out/main/feed-text-worker.js'))
    try {
      const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Chinese and Russian foreign ministers discuss Afghanistan in phone call</title><guid>k1</guid></item></channel></rss>'
      const job = { feedId: 'f', feedUrl: 'https://wire.example/rss', bytes: new TextEncoder().encode(xml), maxItems: 50, now: Date.UTC(2026, 11, 7) }
      const reply = await new Promise<{ id: number; text?: { feed: { title: string }; articles: { title: string; countries: string[] }[]; features: unknown[] } }>((done, fail) => {
        worker.once('message', done)
        worker.once('error', fail)
        worker.postMessage({ id: 9, job })
      })
      expect(reply.id).toBe(9)
      expect(reply.text?.feed.title).toBe('Wire')
      expect(reply.text?.articles.map((a) => [a.title, [...a.countries].sort()])).toEqual([['Chinese and Russian foreign ministers discuss Afghanistan in phone call', ['AF', 'CN', 'RU']]])
      expect(reply.text?.features).toHaveLength(1)
    } finally {
      await worker.terminate()
    }
  })

  it('preload exposes window.news with exactly the NewsApi methods', () => {
    const report = runBundle('out/preload/index.js')
    expect(report.exposed.key).toBe('news')
    expect(report.exposed.methods).toEqual(Object.keys(channel).sort())
    expect(new Set(report.exposed.types)).toEqual(new Set(['function']))
  })
})
