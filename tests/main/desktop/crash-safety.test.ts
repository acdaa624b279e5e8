// Fault suite, main-process side (issue 16): the process killed (SIGKILL, no chance to clean up) while it writes
// what it persists leaves nothing half-written: every poll result whose write returned is in the buffer file after
// a restart, the settings file always reads back whole (the last write or the one before), and writing goes on
// after the crash. Runs the real files in a temporary data folder through a child process killed at varied times.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileBufferStore } from '../../../src/main/desktop/buffer-file'
import { jsonFile } from '../../../src/main/desktop/json-file'
import { ResultBuffer } from '../../../src/main/desktop/result-buffer'
import { DEFAULT_DESKTOP_SETTINGS, parseDesktopSettings } from '../../../src/shared/desktop-settings'

const dir = mkdtempSync(join(tmpdir(), 'meridian-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const writer = resolve(__dirname, 'fixtures/persist-writer.ts')

/** Runs the writer from `first` until it has acknowledged `atLeast` more writes plus a varying extra, then kills it.
 *  Resolves with the last number acknowledged. */
function runAndKill(first: number, atLeast: number, extraMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    let isKilling = false
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (!isKilling && out.split('\n').length - 1 >= atLeast) {
        isKilling = true
        setTimeout(() => child.kill('SIGKILL'), extraMs)
      }
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`writer exited without being killed (signal ${signal})`))
      const acknowledged = out.split('\n').filter((l) => /^\d+$/.test(l)).map(Number)
      done(acknowledged.at(-1) ?? first - 1)
    })
  })
}

describe('main-process state survives SIGKILL mid-write', () => {
  it('keeps every acknowledged poll result and a whole settings file across four crashes', async () => {
    let next = 0
    for (const [round, extraMs] of [0, 7, 23, 41].entries()) {
      const last = await runAndKill(next, 150 + round * 50, extraMs)
      expect(last).toBeGreaterThanOrEqual(next)
      const warnings: string[] = []
      const restarted = new ResultBuffer(fileBufferStore(join(dir, 'pending-results.jsonl')), undefined, (m) => warnings.push(m))
      const stored = new Set(restarted.peek().flatMap((r) => (r.kind === 'updated' ? r.articles.map((a) => a.id) : [])))
      const missing = Array.from({ length: last + 1 }, (_, n) => `r${n}`).filter((id) => !stored.has(id))
      expect(missing, `round ${round}: results acknowledged before the kill but lost`).toEqual([])

      const errors: string[] = []
      const settings = jsonFile(join(dir, 'desktop-settings.json'), DEFAULT_DESKTOP_SETTINGS, (raw) => parseDesktopSettings(raw), (m) => errors.push(m)).read()
      expect(errors).toEqual([])
      const written = (Date.parse(settings.refreshPausedUntil ?? '') - Date.UTC(2030, 0, 1)) / 1000
      expect([last, last + 1]).toContain(written)
      next = last + 1 // the next run continues after the crash, on the same files
    }
  }, 120_000)

  it('leaves only the two data files behind, however a kill fell (temp files are replaced, not left growing)', () => {
    const leftovers = readdirSync(dir).filter((f) => f !== 'pending-results.jsonl' && f !== 'desktop-settings.json')
    // A kill between writing a temp file and renaming it leaves that one temp file; it is overwritten next time.
    expect(leftovers.length).toBeLessThanOrEqual(5)
    expect(leftovers.every((f) => f.endsWith('.tmp'))).toBe(true)
  })
})
