// Adds and removes labels on one article (reader, `l`): tick an existing label or type a new one.
import { useState, type FormEvent } from 'react'
import { ensureLabel, setArticleLabel, type StoredArticle } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useLabels } from './useLabels'

const logger = log.scope('labels')

export function LabelPicker({ article }: { article: StoredArticle }) {
  const { db } = useServices()
  const labels = useLabels() ?? []
  const [name, setName] = useState('')
  // Ticks show at once; the article (and so the tick) catches up when the write lands.
  const [ticked, setTicked] = useState<Record<string, boolean>>({})
  const toggle = (labelId: string, isOn: boolean) => {
    setTicked((t) => ({ ...t, [labelId]: isOn }))
    return setArticleLabel(db, article.id, labelId, isOn).catch((err: unknown) => logger.error('could not change a label', err))
  }
  async function add(e: FormEvent) {
    e.preventDefault()
    if (!name.trim()) return
    const label = await ensureLabel(db, name)
    await toggle(label.id, true)
    setName('')
  }
  return (
    <div className="label-picker">
      {labels.length > 0 && (
        <ul>
          {labels.map((l) => (
            <li key={l.id}>
              <label className="checkbox">
                <input type="checkbox" checked={ticked[l.id] ?? article.labels?.includes(l.id) ?? false} onChange={(e) => void toggle(l.id, e.target.checked)} />
                {l.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e).catch((err: unknown) => logger.error('could not add a label', err))}>
        <label>
          New label
          <input type="text" value={name} maxLength={100} data-autofocus onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add</button>
      </form>
    </div>
  )
}
