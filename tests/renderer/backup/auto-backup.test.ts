import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '../../../src/renderer/src/db/backup/format'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { AUTO_BACKUP_KEY, runAutoBackup } from '../../../src/renderer/src/features/backup/auto-backup'
import { dropDatabase, freshDb } from '../helpers/factories'

let db: MeridianDb
afterEach(() => dropDatabase(db))

function memoryStorage(): Storage {
  const m = new Map<string, string>()
  return {
    get length() { return m.size },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  }
}

describe('runAutoBackup', () => {
  it('writes a backup without article texts once a week, and says why when it cannot', async () => {
    db = freshDb()
    await addFeed(db, 'https://a.example/rss')
    const storage = memoryStorage()
    storage.setItem('meridian.reading-settings', '{"state":{"fontSize":20}}')
    const saved: string[] = []
    const api = { saveAutomaticBackup: vi.fn(async (text: string) => (saved.push(text), { ok: true as const, value: { file: '/data/backups/b.json', kept: [] } })) }
    const day = 24 * 3600_000
    await runAutoBackup(db, api, { now: 10 * day, storage })
    await runAutoBackup(db, api, { now: 16 * day, storage }) // six days later: nothing
    await runAutoBackup(db, api, { now: 17 * day, storage })
    expect(api.saveAutomaticBackup).toHaveBeenCalledTimes(2)
    const file = readBackup(saved[0])
    expect(file).toMatchObject({ hasAllArticles: false, feeds: [{ url: 'https://a.example/rss' }] })
    expect(file.settings.local).toEqual({ 'meridian.reading-settings': '{"state":{"fontSize":20}}' })
    expect(JSON.parse(storage.getItem(AUTO_BACKUP_KEY) ?? '')).toEqual({ lastAt: 17 * day, lastFile: '/data/backups/b.json' })

    const failing = { saveAutomaticBackup: async () => ({ ok: false as const, error: { code: 'invalid-argument' as const, message: 'No backup folder here' } }) }
    const state = await runAutoBackup(db, failing, { now: 30 * day, storage })
    expect(state).toMatchObject({ lastAt: 17 * day, lastError: 'No backup folder here' })
  })
})
