import { describe, expect, it } from 'vitest'
import { badgeText, overlayIconName, unreadDescription } from '../../../src/main/desktop/badge'
import { buildTrayMenu, pauseEnd, trayRefreshing, trayTooltip, type TrayItem } from '../../../src/main/desktop/tray-menu'

const now = new Date(2026, 11, 6, 21, 15)
const actions = (items: TrayItem[]) => items.flatMap((i) => (i.kind === 'action' ? [i.id] : []))

describe('badge', () => {
  it.each([[0, '', undefined], [-3, '', undefined], [1, '1', 'overlay-1.png'], [9, '9', 'overlay-9.png'], [10, '10', 'overlay-9plus.png'], [999, '999', 'overlay-9plus.png'], [1000, '999+', 'overlay-9plus.png'], [Number.NaN, '', undefined]])(
    '%s unread: text %j, overlay %s',
    (n, text, overlay) => {
      expect(badgeText(n)).toBe(text)
      expect(overlayIconName(n)).toBe(overlay)
    },
  )
  it('describes the count for screen readers', () => {
    expect([0, 1, 2, 12345].map(unreadDescription)).toEqual(['No unread articles', '1 unread article', '2 unread articles', '12,345 unread articles'])
  })
})

describe('tray menu', () => {
  it('offers open, refresh, the two pauses and quit when refreshing runs', () => {
    const items = buildTrayMenu({ unread: 12, now })
    expect(actions(items)).toEqual(['open', 'refresh', 'pause-hour', 'pause-tomorrow', 'quit'])
    expect(trayTooltip({ unread: 12, now })).toBe('Meridian: 12 unread')
  })

  it('shows the unread count in the menu as well as the tooltip (Linux app indicators show no tooltip)', () => {
    expect(buildTrayMenu({ unread: 12345, now })[0]).toEqual({ kind: 'action', id: 'open', label: 'Open Meridian (12,345 unread)', enabled: true })
    expect(buildTrayMenu({ unread: 0, now })[0]).toMatchObject({ id: 'open', label: 'Open Meridian' })
  })

  it('says until when refreshing is paused and offers to resume', () => {
    const pausedUntil = pauseEnd('pause-hour', now)
    const items = buildTrayMenu({ unread: 0, pausedUntil, now })
    expect(actions(items)).toEqual(['open', 'refresh', 'resume', 'quit'])
    expect(items).toContainEqual({ kind: 'label', label: 'Refreshing paused until 22:15' })
    const tomorrow = pauseEnd('pause-tomorrow', now)
    expect(trayTooltip({ unread: 0, pausedUntil: tomorrow, now })).toBe('Meridian: no unread articles; refreshing paused until tomorrow 07:00')
  })

  it('treats an expired pause as no pause and disables refresh while one runs', () => {
    const items = buildTrayMenu({ unread: 1, pausedUntil: new Date(now.getTime() - 1), refreshing: { done: 0, total: 0 }, now })
    expect(actions(items)).toContain('pause-hour')
    expect(items[1]).toEqual({ kind: 'action', id: 'refresh', label: 'Refreshing…', enabled: false })
  })

  it('shows "Refreshing… n/m" from the refresh progress, in the menu and the tooltip', () => {
    const refreshing = trayRefreshing({ done: 3, total: 40, running: true })
    expect(buildTrayMenu({ unread: 5, refreshing, now })[1]).toEqual({ kind: 'action', id: 'refresh', label: 'Refreshing… 3/40', enabled: false })
    expect(trayTooltip({ unread: 5, refreshing, now })).toBe('Meridian: 5 unread; refreshing… 3/40')
    const ended = trayRefreshing({ done: 40, total: 40, running: false })
    expect(ended).toBeUndefined()
    expect(buildTrayMenu({ unread: 5, refreshing: ended, now })[1]).toMatchObject({ label: 'Refresh now', enabled: true })
  })

  it('pauses until 07:00 the next day, across a month end', () => {
    const end = pauseEnd('pause-tomorrow', new Date(2026, 11, 31, 23, 50))
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([2027, 0, 1, 7])
  })
})
