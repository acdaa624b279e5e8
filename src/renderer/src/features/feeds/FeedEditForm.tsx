import { useId, useState, type FormEvent } from 'react'
import { renameFeed, setFolder, setOutletCountry, type Feed } from '../../db'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'

export type EditField = 'rename' | 'folder' | 'outlet'

const LABELS: Record<EditField, string> = {
  rename: 'New name (empty for the feed’s own)',
  folder: 'Folder (Parent/Child for nesting; empty for none)',
  outlet: 'Outlet country, two-letter code (empty for unknown)',
}

/** One small inline form per feed setting; Electron has no window.prompt. */
export function FeedEditForm({ feed, name, field, onDone }: { feed: Feed; name: string; field: EditField; onDone(): void }) {
  const { db } = useServices()
  const initial = field === 'rename' ? (feed.customTitle ?? name) : field === 'folder' ? (feed.folder ?? '') : (feed.outletCountry ?? '')
  const [value, setValue] = useState(initial)
  const [error, setError] = useState<string>()
  const id = useId()

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    const v = value.trim()
    if (field === 'rename') await renameFeed(db, feed.id, v)
    else if (field === 'folder') await setFolder(db, feed.id, v.split('/').map((p) => p.trim()).filter(Boolean).join('/') || undefined)
    else {
      const code = v.toUpperCase()
      if (code && (!/^[A-Z]{2}$/.test(code) || countryName(code) === code)) return setError(`"${v}" is not a two-letter country code such as FR or GB.`)
      await setOutletCountry(db, feed.id, code || undefined)
    }
    onDone()
  }

  return (
    <form className="inline-form" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={id}>{LABELS[field]}</label>
      <input id={id} type="text" value={value} onChange={(e) => setValue(e.target.value)} />
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className="form-buttons">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
