// @vitest-environment happy-dom
// The automatic backup's check at start waits while a refresh's results are being stored: its export reads every
// article row, and on a first refresh of many feeds it met the import a minute after the start.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { noteIngestBurst } from '../../../src/renderer/src/db/paced-live-query'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { AUTO_BACKUP_KEY, AUTO_BACKUP_RETRY_MS, startAutoBackup } from '../../../src/renderer/src/features/backup/auto-backup'
import { dropDatabase, freshDb } from '../helpers/factories'

let db: MeridianDb
afterEach(async () => {
  vi.useRealTimers()
  localStorage.removeItem(AUTO_BACKUP_KEY)
  await dropDatabase(db)
})

/** Lets IndexedDB's work run (fake-indexeddb schedules with setImmediate, left real here). */
async function settle(): Promise<void> {
  for (let i = 0; i < 300; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('startAutoBackup', () => {
  it('holds its check while bursts land and runs it once they stopped', async () => {
    db = freshDb()
    await addFeed(db, 'https://a.example/rss')
    const api = { saveAutomaticBackup: vi.fn(async () => ({ ok: true as const, value: { file: '/data/backups/b.json', kept: [] } })) }
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] })
    const stop = startAutoBackup(db, api)
    noteIngestBurst(performance.now() + 60_000, 500) // a burst stored just as the check comes due
    vi.advanceTimersByTime(60_000)
    noteIngestBurst(performance.now() + AUTO_BACKUP_RETRY_MS, 500) // and another as the retry comes due
    vi.advanceTimersByTime(AUTO_BACKUP_RETRY_MS)
    await settle() // an export begun would have reached the main process by now
    expect(api.saveAutomaticBackup).not.toHaveBeenCalled()
    vi.advanceTimersByTime(AUTO_BACKUP_RETRY_MS) // no burst since: the check runs
    vi.useRealTimers()
    await vi.waitFor(() => expect(api.saveAutomaticBackup).toHaveBeenCalledTimes(1))
    stop()
  })
})
