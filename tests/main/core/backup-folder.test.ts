import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { saveBackup } from '../../../src/main/core/backup-folder'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('saveBackup', () => {
  it('writes each backup under its time and keeps only the newest four, leaving other files alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'backups-'))
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    for (let day = 1; day <= 6; day++) await saveBackup(dir, `{"day":${day}}`, new Date(Date.UTC(2026, 11, day, 3)))
    const names = readdirSync(dir).sort()
    expect(names).toEqual([
      'meridian-backup-2026-12-03T03-00-00Z.json', 'meridian-backup-2026-12-04T03-00-00Z.json',
      'meridian-backup-2026-12-05T03-00-00Z.json', 'meridian-backup-2026-12-06T03-00-00Z.json', 'notes.txt',
    ])
    expect(readFileSync(join(dir, 'meridian-backup-2026-12-06T03-00-00Z.json'), 'utf8')).toBe('{"day":6}')
  })

  it('reports the file written and those kept, newest first', async () => {
    dir = mkdtempSync(join(tmpdir(), 'backups-'))
    await saveBackup(dir, 'a', new Date(Date.UTC(2026, 0, 1)))
    const saved = await saveBackup(dir, 'b', new Date(Date.UTC(2026, 0, 8)))
    expect(saved.file).toBe(join(dir, 'meridian-backup-2026-01-08T00-00-00Z.json'))
    expect(saved.kept).toEqual([saved.file, join(dir, 'meridian-backup-2026-01-01T00-00-00Z.json')])
  })
})
