// The browser mode runs the worker threads built beside the renderer when there are, as Electron does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { workerPathsFor } from '../../../src/main/web/worker-paths'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function buildDir(files: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'meridian-worker-paths-'))
  dirs.push(out)
  mkdirSync(join(out, 'renderer'))
  mkdirSync(join(out, 'main'))
  for (const f of files) writeFileSync(join(out, 'main', f), '')
  return out
}

describe('workerPathsFor', () => {
  it('takes both built workers beside the renderer', () => {
    const out = buildDir(['extract-worker.js', 'feed-text-worker.js'])
    expect(workerPathsFor([], join(out, 'renderer'))).toEqual({
      extractWorkerPath: join(out, 'main', 'extract-worker.js'),
      feedTextWorkerPath: join(out, 'main', 'feed-text-worker.js'),
    })
  })

  it('sizes the feed-text pool when asked, within 1 to 16', () => {
    const out = buildDir(['extract-worker.js', 'feed-text-worker.js'])
    expect(workerPathsFor(['--feed-workers', '2'], join(out, 'renderer')).feedTextWorkers).toBe(2)
    expect(workerPathsFor(['--workers', 'source', '--feed-workers', '3'], join(out, 'renderer'))).toEqual({ feedTextWorkers: 3 })
    for (const bad of ['0', '17', '1.5', 'two']) expect(workerPathsFor(['--feed-workers', bad], join(out, 'renderer')).feedTextWorkers).toBeUndefined()
    expect(workerPathsFor(['2'], join(out, 'renderer')).feedTextWorkers).toBeUndefined()
  })

  it('runs the sources when asked, or when a built worker is missing', () => {
    const out = buildDir(['extract-worker.js', 'feed-text-worker.js'])
    expect(workerPathsFor(['--workers', 'source'], join(out, 'renderer'))).toEqual({})
    expect(workerPathsFor([], join(buildDir(['extract-worker.js']), 'renderer'))).toEqual({})
  })
})
