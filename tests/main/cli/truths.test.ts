// Issue 16 item 10, "CLI truths": wrong input gets one line on stderr and a non-zero exit, never a page of
// garbage; errors print once; parse reads any number of inputs from a list.
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'
import { runCli } from '../../helpers/run-cli'

const root = resolve(__dirname, '../../..')
/** runCli with the default log level (run-cli.ts silences the logger, which hid errors printed twice). */
function runCliLogging(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env = { ...process.env }
    delete env.MERIDIAN_LOG
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['src/main/cli.ts', ...args], { cwd: root, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end()
  })
}

const lines = (s: string) => s.split('\n').filter(Boolean)
/** Random-looking bytes, fixed, with NUL and control bytes as any binary file has. */
const binary = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3) * 31) % 256))
const rss = (title: string) => `<rss version="2.0"><channel><title>${title}</title><item><title>${title} story</title><guid>${title}-1</guid></item></channel></rss>`

let dir: string
let server: FixtureServer
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meridian-cli-truths-'))
  server = await startFixtureServer({ '/page': { headers: { 'content-type': 'text/html' }, body: '<html><body><article><p>Hello there.</p></article></body></html>' } })
  await writeFile(join(dir, 'empty.html'), '')
  await writeFile(join(dir, 'blank.html'), ' \n\t\n')
  await writeFile(join(dir, 'binary.dat'), binary)
})
afterAll(() => server.close())

describe('cli extract of a file that is no page', { timeout: 60_000 }, () => {
  it.each([
    ['an empty file', 'empty.html', 'the file is empty, not a web page'],
    ['a file of whitespace', 'blank.html', 'the file is empty (only whitespace), not a web page'],
    ['a binary file', 'binary.dat', 'the file is binary data, not a web page'],
  ])('fails on %s with one line on stderr', async (_what, name, message) => {
    const { code, stdout, stderr } = await runCli(['extract', join(dir, name)])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(lines(stderr)).toEqual([`extract ${join(dir, name)}: ${message}`])
  })

  it('abandons a page still extracting after the time limit, as the app does (its worker, its limit)', async () => {
    // 50 ms is less than the worker takes to start: the limit fires for certain. The default is the app's 20 s.
    const { code, stdout, stderr } = await runCli(['extract', '--timeout', '0.05', server.url('/page')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(lines(stderr)).toEqual([`extract ${server.url('/page')}: Could not extract ${server.url('/page')}: still working after 0.05 s`])
  })
})

describe('cli refresh', { timeout: 60_000 }, () => {
  it('reports a binary URL list in one line', async () => {
    const { code, stdout, stderr } = await runCli(['refresh', '--urls', join(dir, 'binary.dat')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(lines(stderr)).toEqual([`refresh: ${join(dir, 'binary.dat')} is binary data, not a URL list or OPML`])
  })

  it('prints each feed error once, at the default log level', async () => {
    const list = join(dir, 'failing.txt')
    await writeFile(list, `${server.url('/gone-1.xml')}\n${server.url('/gone-2.xml')}\n`)
    const { code, stdout, stderr } = await runCliLogging(['refresh', '--urls', list])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toMatchObject({ feeds: 2, ok: 0, failed: 2 })
    expect(lines(stderr).sort()).toEqual([
      `refresh: HTTP 404 Not Found for ${server.url('/gone-1.xml')}`,
      `refresh: HTTP 404 Not Found for ${server.url('/gone-2.xml')}`,
    ])
  })
})

describe('cli discover', { timeout: 60_000 }, () => {
  it.each(['ftp://files.example/feed.xml', 'file:///etc/passwd', 'not a url'])('reports %s as bad-url', async (input) => {
    const { code, stderr } = await runCli(['discover', input])
    expect(code).toBe(1)
    expect(lines(stderr)).toEqual([`discover ${input}: bad-url: only http and https sites can be discovered, got ${JSON.stringify(input)}`])
  })
})

describe('cli parse', { timeout: 120_000 }, () => {
  it('parses a feed behind a large internal DTD instead of calling it "no root element"', async () => {
    const entities = Array.from({ length: 3000 }, (_, i) => `<!ENTITY e${i} "entity ${i}">`).join('\n')
    const file = join(dir, 'big-dtd.rss')
    await writeFile(file, `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${entities}\n]>\n${rss('Dtd').replace('Dtd story', '&e7; story')}`)
    const { code, stdout } = await runCli(['parse', file])
    expect(code).toBe(0)
    const line = JSON.parse(stdout) as { ok: boolean; items: { title: string }[] }
    expect(line.ok).toBe(true)
    expect(line.items.map((i) => i.title)).toEqual(['entity 7 story'])
  })

  it('reads 2,000 inputs from stdin (--from -) and from a list file, one JSON line each, in order', async () => {
    const paths = await Promise.all(
      Array.from({ length: 2000 }, async (_, i) => {
        const path = join(dir, `feed-${String(i).padStart(4, '0')}-with-a-longish-name-like-real-paths.rss`)
        await writeFile(path, rss(`F${i}`))
        return path
      }),
    )
    const fromStdin = await runCli(['parse', '--from', '-'], `# feeds\n${paths.join('\n')}\n`)
    expect(fromStdin.code).toBe(0)
    const out = lines(fromStdin.stdout).map((l) => JSON.parse(l) as { input: string; ok: boolean; feed: { title: string } })
    expect(out.map((l) => l.input)).toEqual(paths)
    expect(out.every((l, i) => l.ok && l.feed.title === `F${i}`)).toBe(true)

    const list = join(dir, 'list.txt')
    await writeFile(list, paths.slice(0, 3).join('\n'))
    const fromFile = await runCli(['parse', paths[5]!, '--from', list])
    expect(lines(fromFile.stdout).map((l) => (JSON.parse(l) as { input: string }).input)).toEqual([paths[5], ...paths.slice(0, 3)])
  })

  it('reports a binary input list in one line', async () => {
    const { code, stdout, stderr } = await runCli(['parse', '--from', join(dir, 'binary.dat')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(lines(stderr)).toEqual([`parse: the input list ${join(dir, 'binary.dat')} is binary data, not one input a line`])
  })
})
