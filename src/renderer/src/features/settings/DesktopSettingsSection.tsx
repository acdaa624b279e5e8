import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useId, useState } from 'react'
import { COUNTRY_CODES } from '../../../../shared/country-codes'
import { parseDesktopSettings, type DesktopSettings } from '../../../../shared/desktop-settings'
import { TOPICS, type TopicId } from '../../../../shared/model'
import { listFeeds } from '../../db'
import { setNotificationWatch } from '../../desktop/start-notifications'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { topicLabel } from '../../lib/topics'
import { ProxySettingFields } from './ProxySettingFields'

type Patch = Record<string, unknown>

/** The settings the main process keeps (it needs them with the window closed): tray, login, proxy, notifications. */
export function DesktopSettingsSection() {
  const { api, db } = useServices()
  const [settings, setSettings] = useState<DesktopSettings | null>(null)
  const [error, setError] = useState('')
  const ids = { country: useId(), feed: useId(), from: useId(), to: useId() }
  const feeds = useLiveQuery(() => listFeeds(db), [db])
  useEffect(() => {
    void api.getDesktopSettings().then(setSettings, () => setError('The desktop settings could not be read.'))
  }, [api])

  async function save(patch: Patch) {
    // Shown at once (a checkbox must not wait for the round trip), then confirmed or taken back by the main side.
    const before = settings
    try {
      if (before) setSettings(parseDesktopSettings(patch, before))
    } catch (err) {
      return setError(err instanceof Error ? err.message : String(err))
    }
    const result = await api.updateDesktopSettings(patch)
    if (!result.ok) {
      setSettings(before)
      return setError(result.error.message)
    }
    setError('')
    setSettings(result.value)
    setNotificationWatch(result.value.notifications.watch)
  }
  if (!settings) return error ? <p role="alert">{error}</p> : null
  const n = settings.notifications
  const watch = (next: Partial<DesktopSettings['notifications']['watch']>) => void save({ notifications: { watch: { ...n.watch, ...next } } })
  const check = (label: string, checked: boolean, patch: (v: boolean) => Patch) => (
    <label className="check-row">
      <input type="checkbox" checked={checked} onChange={(e) => void save(patch(e.target.checked))} /> {label}
    </label>
  )
  const watchedFeeds = n.watch.feeds ?? []
  const feedName = (id: string) => {
    const f = feeds?.find((x) => x.id === id)
    return f ? (f.customTitle ?? f.title) : 'a removed feed'
  }
  const unwatchedFeeds = (feeds ?? []).filter((f) => !watchedFeeds.includes(f.id)).map((f) => [f.id, f.customTitle ?? f.title] as const).sort((a, b) => a[1].localeCompare(b[1]))
  const names = COUNTRY_CODES.filter((c) => !n.watch.countries.includes(c)).map((c) => [c, countryName(c)] as const).sort((a, b) => a[1].localeCompare(b[1]))

  return (
    <section aria-label="Desktop and notifications" className="settings-section">
      <h3>Desktop</h3>
      {check('Keep refreshing in the tray when the window is closed', settings.closeToTray, (v) => ({ closeToTray: v }))}
      {check('Start Meridian when I log in', settings.startAtLogin, (v) => ({ startAtLogin: v }))}
      {check('…and start it in the tray, without a window', settings.startHidden, (v) => ({ startHidden: v }))}
      <ProxySettingFields value={settings.proxy} onSave={(proxy) => void save({ proxy })} />
      <h3>Notifications</h3>
      {check('Notify me of new articles about what I watch', n.enabled, (v) => ({ notifications: { enabled: v } }))}
      {check('Quiet hours', n.quietHours.enabled, (v) => ({ notifications: { quietHours: { enabled: v } } }))}
      <div className="inline-fields">
        <label htmlFor={ids.from}>from</label>
        <input id={ids.from} type="time" value={n.quietHours.start} onChange={(e) => e.target.value && void save({ notifications: { quietHours: { start: e.target.value } } })} />
        <label htmlFor={ids.to}>to</label>
        <input id={ids.to} type="time" value={n.quietHours.end} onChange={(e) => e.target.value && void save({ notifications: { quietHours: { end: e.target.value } } })} />
      </div>
      <label htmlFor={ids.country}>Countries to watch</label>
      <select id={ids.country} value="" onChange={(e) => e.target.value && watch({ countries: [...n.watch.countries, e.target.value] })}>
        <option value="">Add a country…</option>
        {names.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <ul aria-label="Watched countries" className="chip-list">
        {n.watch.countries.map((c) => (
          <li key={c}>
            {countryName(c)}{' '}
            <button type="button" aria-label={`Stop watching ${countryName(c)}`} onClick={() => watch({ countries: n.watch.countries.filter((x) => x !== c) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={ids.feed}>Feeds to watch (every new article)</label>
      <select id={ids.feed} value="" onChange={(e) => e.target.value && watch({ feeds: [...watchedFeeds, e.target.value] })}>
        <option value="">Add a feed…</option>
        {unwatchedFeeds.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <ul aria-label="Watched feeds" className="chip-list">
        {watchedFeeds.map((id) => (
          <li key={id}>
            {feedName(id)}{' '}
            <button type="button" aria-label={`Stop watching ${feedName(id)}`} onClick={() => watch({ feeds: watchedFeeds.filter((x) => x !== id) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>Topics to watch</legend>
        {TOPICS.map((t: TopicId) => (
          <label key={t} className="check-row">
            <input
              type="checkbox"
              checked={n.watch.topics.includes(t)}
              onChange={(e) => watch({ topics: e.target.checked ? [...n.watch.topics, t] : n.watch.topics.filter((x) => x !== t) })}
            />{' '}
            {topicLabel(t)}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert">{error}</p>}
    </section>
  )
}
