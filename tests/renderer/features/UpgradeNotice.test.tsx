// @vitest-environment jsdom
// The library upgrade as the reader sees it: "Upgrading your library… N %" in the status area while the data steps
// run, the list pane waiting instead of showing a partial list, then the whole list; a failure says so.
import 'fake-indexeddb/auto'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { UpgradeNotice } from '../../../src/renderer/src/features/status/UpgradeNotice'
import { startDataMigrations, useMigrationError } from '../../../src/renderer/src/features/status/data-migration'
import { createAt, manyArticlesAt } from '../db/released-schemas'
import { fakeApi } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'
import { quotaFault } from '../helpers/quota-fault'

useComponentTestHygiene()
let db: MeridianDb
afterEach(async () => {
  useMigrationError.setState({ error: undefined })
  db.close()
  await db.delete()
})

async function upgradedFrom14(n: number): Promise<MeridianDb> {
  const name = `notice-${Math.random().toString(36).slice(2)}`
  await createAt(14, name, manyArticlesAt(14, n))
  db = openDatabase(name)
  return db
}

const ui = (db: MeridianDb) =>
  renderWith(
    <>
      <UpgradeNotice />
      <ArticlesPane />
    </>,
    { db, api: fakeApi().api },
  )

describe('the upgrade notice', () => {
  it('shows the progress while the steps run, keeps the list back, then lists every article', async () => {
    await upgradedFrom14(60)
    ui(db)
    // Two of three batches of 20 list rows done, then stopped (the day counters' step, a unit per list row, still to
    // come): the notice says 40 of 120 units, 33 %, and the list pane waits.
    const stop = new AbortController()
    let batches = 0
    await runDataMigrations(db, { batchSize: 20, pauseMs: 0, signal: stop.signal, onProgress: () => ++batches === 2 && stop.abort() })
    expect(await screen.findByText('Upgrading your library… 33 %')).toBeTruthy()
    expect(screen.getByText(/Your library is being upgraded \(33 %\)/)).toBeTruthy()
    expect(screen.queryByText(/Élection/)).toBeNull()

    await runDataMigrations(db, { batchSize: 20, pauseMs: 0 })
    await waitFor(() => expect(screen.queryByText(/Upgrading your library/)).toBeNull())
    await waitFor(() => expect(screen.getAllByText(/Élection m000/).length).toBeGreaterThan(5))
  })

  it('says the upgrade stopped, and why, when a batch fails', async () => {
    await upgradedFrom14(10)
    const fault = quotaFault()
    db.use(fault.middleware)
    fault.arm(['lists'])
    ui(db)
    await startDataMigrations(db)
    expect((await screen.findByRole('alert')).textContent).toBe('The library upgrade stopped (the disk is full: free some space). Nothing is lost: it carries on at the next start.')
    expect(await db.lists.count()).toBe(0)
    expect(await db.articles.count()).toBe(10)
    expect(fault.refused()).toBe(1)
    // The next start, with room again, finishes it.
    fault.disarm()
    expect(await runDataMigrations(db, { pauseMs: 0 })).toBe(true)
    expect(await db.lists.count()).toBe(10)
  })
})
