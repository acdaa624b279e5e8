import { useId, useState } from 'react'
import type { ProxySetting } from '../../../../shared/desktop-settings'

/** How feeds and pages are fetched: through the system's proxy (the default), directly, or through one proxy. */
export function ProxySettingFields({ value, onSave }: { value: ProxySetting; onSave(proxy: ProxySetting): void }) {
  const ids = { mode: useId(), url: useId() }
  const [draft, setDraft] = useState(value.mode === 'fixed' ? value.url : '')
  // The address field stays open after "This proxy…" is picked, before an address is saved (or if it is refused).
  const [picked, setPicked] = useState<ProxySetting['mode']>()
  const mode = picked ?? value.mode
  const saveUrl = () => {
    const url = draft.trim()
    if (url && (value.mode !== 'fixed' || url !== value.url)) onSave({ mode: 'fixed', url })
  }
  const choose = (next: ProxySetting['mode']) => {
    setPicked(next)
    if (next !== 'fixed') onSave({ mode: next })
    else if (draft.trim()) onSave({ mode: next, url: draft.trim() })
  }
  return (
    <>
      <label htmlFor={ids.mode}>Proxy for feeds and pages</label>
      <select id={ids.mode} value={mode} onChange={(e) => choose(e.target.value as ProxySetting['mode'])}>
        <option value="system">Use the system's proxy settings</option>
        <option value="direct">No proxy</option>
        <option value="fixed">This proxy…</option>
      </select>
      {mode === 'fixed' && (
        <>
          <label htmlFor={ids.url}>Proxy address (http://, https:// or socks5://host:port)</label>
          <input
            id={ids.url}
            type="url"
            value={draft}
            placeholder="http://proxy.example:3128"
            onChange={(e) => setDraft(e.target.value)}
            onBlur={saveUrl}
            onKeyDown={(e) => e.key === 'Enter' && saveUrl()}
          />
        </>
      )}
    </>
  )
}
