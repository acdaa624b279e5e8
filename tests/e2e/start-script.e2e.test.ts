// `npm start` where Electron's program file is missing and cannot be downloaded: two plain lines (what happened,
// what to do) and exit 1, no stack trace. The download is pointed at a closed loopback port so it fails fast.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

describe('npm start without Electron', () => {
  it('says what happened and what to do in two lines', () => {
    const empty = mkdtempSync(join(tmpdir(), 'meridian-no-electron-'))
    try {
      const result = spawnSync(process.execPath, [resolve(__dirname, '../../scripts/start.mjs')], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: empty, MERIDIAN_START_DRY_RUN: '1' },
      })
      const lines = result.stderr.trim().split('\n')
      expect(result.status).toBe(1)
      expect(lines).toHaveLength(2)
      expect(lines[0]).toMatch(/^Meridian cannot start: Electron's program file is missing and could not be downloaded \(.+\)\.$/)
      expect(lines[1]).toMatch(/run `npm start` again.*`npm run dev:web`/)
      expect(result.stderr).not.toMatch(/^\s+at /m)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
