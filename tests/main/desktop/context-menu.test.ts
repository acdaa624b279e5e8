// Context menus: what crosses IPC is checked, the native menu's template says what the renderer asked for, and
// a popup answers once whatever order Electron reports the click and the close in.
import { describe, expect, it } from 'vitest'
import { contextMenuTemplate, popupAnswer } from '../../../src/main/desktop/context-menu'
import { createNewsService } from '../../../src/main/core/news-service'
import { memoryDesktopHost } from '../../../src/main/core/desktop-host'
import { parseContextMenuItems, type ContextMenuItem } from '../../../src/shared/context-menu'

const items: ContextMenuItem[] = [
  { type: 'item', id: 'open', label: 'Open' },
  { type: 'item', id: 'copy-link', label: 'Copy link', copyText: 'https://news.example/a' },
  { type: 'separator' },
  { type: 'item', id: 'star', label: 'Star', enabled: false },
]

describe('parseContextMenuItems', () => {
  it('keeps well-formed items as they are', () => {
    expect(parseContextMenuItems(items)).toEqual(items)
  })
  it.each([
    ['not an array', 'open'],
    ['empty', []],
    ['too many', Array.from({ length: 31 }, () => ({ type: 'separator' }))],
    ['an id with spaces', [{ type: 'item', id: 'rm -rf', label: 'x' }]],
    ['an empty label', [{ type: 'item', id: 'open', label: '' }]],
    ['a huge label', [{ type: 'item', id: 'open', label: 'x'.repeat(121) }]],
    ['a non-boolean enabled', [{ type: 'item', id: 'open', label: 'Open', enabled: 'yes' }]],
    ['a huge copy text', [{ type: 'item', id: 'copy', label: 'Copy', copyText: 'x'.repeat(4097) }]],
    ['an unknown kind', [{ type: 'submenu', id: 'x', label: 'x' }]],
  ])('refuses %s', (_what, value) => {
    expect(() => parseContextMenuItems(value)).toThrow(/items/)
  })
})

describe('contextMenuTemplate', () => {
  it('maps items to labels, enabled flags and separators, and reports the clicked item', () => {
    const chosen: string[] = []
    const template = contextMenuTemplate(items, (item) => chosen.push(`${item.id}:${item.copyText ?? ''}`))
    expect(template.map((t) => ('label' in t ? `${t.label}${t.enabled ? '' : ' (disabled)'}` : '—'))).toEqual(['Open', 'Copy link', '—', 'Star (disabled)'])
    const copy = template[1]
    if ('click' in copy) copy.click()
    expect(chosen).toEqual(['copy-link:https://news.example/a'])
  })
})

describe('popupAnswer', () => {
  it('answers the chosen id even when the close is reported first', async () => {
    const queued: Array<() => void> = []
    const popup = popupAnswer((fn) => queued.push(fn))
    popup.closed()
    popup.choose('star')
    queued.forEach((fn) => fn())
    expect(await popup.answer).toBe('star')
  })
  it('answers null when the menu closes without a choice', async () => {
    const popup = popupAnswer()
    popup.closed()
    expect(await popup.answer).toBeNull()
  })
})

describe('news service showContextMenu', () => {
  const service = (desktop = memoryDesktopHost()) => createNewsService({ emitFeedResult() {}, emitProgress() {}, emitArticleContent() {}, openExternal: async () => {}, desktop })
  it('says no native menu was shown where the host has none (browser mode)', async () => {
    const s = service()
    expect(await s.showContextMenu(items)).toEqual({ shown: false, chosen: null })
    await expect(s.showContextMenu([{ type: 'item', id: 'BAD ID', label: 'x' }])).rejects.toThrow(/short action name/)
    s.stop()
  })
  it('passes checked items to the native menu and returns its choice', async () => {
    const shown: ContextMenuItem[][] = []
    const host = { ...memoryDesktopHost(), showContextMenu: async (m: ContextMenuItem[]) => (shown.push(m), 'open') }
    const s = service(host)
    expect(await s.showContextMenu(items)).toEqual({ shown: true, chosen: 'open' })
    expect(shown).toEqual([items])
    s.stop()
  })
})
