// Backup and restore in the settings (issue 19): a file with everything the reader made, optionally the articles;
// restoring merges into the library and never removes anything; the weekly automatic backup's last run.
import { useId, useRef, useState } from 'react'
import { BackupFormatError, exportLibrary, readBackup, restoreLibrary, type RestoreReport } from '../../db'
import { downloadFile } from '../../lib/download-file'
import { useServices } from '../../lib/services'
import { readAutoBackupState, runAutoBackup } from './auto-backup'
import { readLocalSettings, writeLocalSettings } from './local-settings'
import './backup.css'

const n = (x: number) => x.toLocaleString()

function describe(r: RestoreReport, settings: number): string {
  return `Restored: ${n(r.feedsAdded)} feeds added, ${n(r.feedsMerged)} already here, ${n(r.articlesAdded)} articles added, ` +
    `${n(r.statesApplied)} read, starred or corrected marks applied, ${n(r.statesPending)} waiting for their articles to come back, ` +
    `${n(r.rulesAdded)} rules, ${n(r.savedViewsAdded)} saved views and ${n(r.labelsAdded)} labels added, ${n(settings)} settings.`
}

export function BackupSection() {
  const { db, api } = useServices()
  const ids = { articles: useId(), file: useId() }
  const [withArticles, setWithArticles] = useState(true)
  const [status, setStatus] = useState<{ text: string; isError?: boolean; needsReload?: boolean }>()
  const [busy, setBusy] = useState(false)
  const [auto, setAuto] = useState(readAutoBackupState)
  const fileInput = useRef<HTMLInputElement>(null)

  async function backUp() {
    setBusy(true)
    try {
      const file = await exportLibrary(db, { articles: withArticles, local: readLocalSettings() })
      downloadFile(new Blob([JSON.stringify(file)], { type: 'application/json' }), `meridian-backup-${file.exportedAt.slice(0, 10)}.json`)
      setStatus({ text: `Backup saved: ${n(file.feeds.length)} feeds, ${n(file.articles.length)} articles, ${n(file.states.read.length)} read marks.` })
    } catch (err) {
      setStatus({ text: `Could not back up: ${err instanceof Error ? err.message : String(err)}`, isError: true })
    } finally {
      setBusy(false)
    }
  }

  async function restore(file: File) {
    setBusy(true)
    try {
      const backup = readBackup(await file.text())
      const report = await restoreLibrary(db, backup)
      const settings = writeLocalSettings(backup.settings.local)
      setStatus({ text: describe(report, settings), needsReload: settings > 0 })
    } catch (err) {
      const text = err instanceof BackupFormatError ? err.message : `Could not restore: ${err instanceof Error ? err.message : String(err)}`
      setStatus({ text, isError: true })
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  return (
    <section aria-label="Backup" className="settings-section">
      <h3>Backup</h3>
      <label className="check-row">
        <input id={ids.articles} type="checkbox" checked={withArticles} onChange={(e) => setWithArticles(e.target.checked)} /> Include the articles (a larger file)
      </label>
      <div className="backup-actions">
        <button type="button" disabled={busy} onClick={() => void backUp()}>
          Back up now…
        </button>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Restore from a file…
        </button>
        <input ref={fileInput} id={ids.file} type="file" accept=".json,application/json" hidden aria-label="Backup file to restore" onChange={(e) => e.target.files?.[0] && void restore(e.target.files[0])} />
      </div>
      {status && (
        <p role={status.isError ? 'alert' : 'status'} className={status.isError ? 'error-text' : 'hint-text'}>
          {status.text}{' '}
          {status.needsReload && (
            <button type="button" onClick={() => location.reload()}>
              Reload to apply the settings
            </button>
          )}
        </p>
      )}
      <p className="hint-text">
        Every week a backup without article texts goes to the app’s data folder (the newest four are kept).{' '}
        {auto.lastAt ? `Last: ${new Date(auto.lastAt).toLocaleString()}.` : 'None yet.'} {auto.lastError && `Last attempt failed: ${auto.lastError}`}
      </p>
      <button type="button" disabled={busy} onClick={() => void runAutoBackup(db, api, { force: true }).then(setAuto)}>
        Run the automatic backup now
      </button>
    </section>
  )
}
