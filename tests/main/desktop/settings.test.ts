import { describe, expect, it } from 'vitest'
import { DEFAULT_DESKTOP_SETTINGS, isQuietTime, parseDesktopSettings } from '../../../src/shared/desktop-settings'

const at = (hhmm: string) => new Date(2026, 11, 6, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)))

describe('parseDesktopSettings', () => {
  it('fills what is missing from the defaults', () => {
    expect(parseDesktopSettings({})).toEqual(DEFAULT_DESKTOP_SETTINGS)
    const s = parseDesktopSettings({ closeToTray: true, notifications: { quietHours: { enabled: true } } })
    expect(s.closeToTray).toBe(true)
    expect(s.notifications).toEqual({ enabled: true, quietHours: { enabled: true, start: '22:00', end: '07:00' }, watch: { countries: [], topics: [] } })
  })

  it('keeps the base values a partial update does not name', () => {
    const base = parseDesktopSettings({ startAtLogin: true, proxy: { mode: 'direct' } })
    const next = parseDesktopSettings({ closeToTray: true }, base)
    expect(next).toMatchObject({ startAtLogin: true, closeToTray: true, proxy: { mode: 'direct' } })
  })

  it.each([
    [{ closeToTray: 'yes' }, /closeToTray/],
    [{ notifications: { quietHours: { start: '25:00' } } }, /quietHours.start/],
    [{ notifications: { quietHours: { end: '7:00' } } }, /quietHours.end/],
    [{ proxy: { mode: 'fixed', url: 'javascript:alert(1)' } }, /proxy.url/],
    [{ proxy: { mode: 'pac' } }, /proxy.mode/],
    [{ refreshPausedUntil: 'tomorrow' }, /refreshPausedUntil/],
    [[], /settings must be an object/],
    [{ notifications: { watch: { countries: ['fr'] } } }, /watch.countries/],
    [{ notifications: { watch: { topics: ['<b>'] } } }, /watch.topics/],
    [{ notifications: { watch: { feeds: ['a b'] } } }, /watch.feeds/],
    [{ notifications: { watch: { feeds: 'f1' } } }, /watch.feeds/],
  ])('refuses %j', (input, message) => {
    expect(() => parseDesktopSettings(input)).toThrow(message)
  })

  it('keeps watched feeds (ids, no repeats) beside countries and topics, and drops the list once emptied', () => {
    const s = parseDesktopSettings({ notifications: { watch: { feeds: ['0f9c2b1e-3d4a-4b5c-8d6e-7f8a9b0c1d2e', 'f1', 'f1'] } } })
    expect(s.notifications.watch).toEqual({ countries: [], topics: [], feeds: ['0f9c2b1e-3d4a-4b5c-8d6e-7f8a9b0c1d2e', 'f1'] })
    expect(parseDesktopSettings({ notifications: { watch: { countries: ['SD'] } } }, s).notifications.watch.feeds).toEqual(['0f9c2b1e-3d4a-4b5c-8d6e-7f8a9b0c1d2e', 'f1'])
    expect(parseDesktopSettings({ notifications: { watch: { feeds: [] } } }, s).notifications.watch).toEqual({ countries: [], topics: [] })
  })

  it('normalises a pause time and clears it when set to null', () => {
    const paused = parseDesktopSettings({ refreshPausedUntil: '2026-12-07T07:00:00+01:00' })
    expect(paused.refreshPausedUntil).toBe('2026-12-07T06:00:00.000Z')
    expect(parseDesktopSettings({ refreshPausedUntil: null }, paused).refreshPausedUntil).toBeUndefined()
    expect(parseDesktopSettings({ proxy: { mode: 'fixed', url: 'socks5://127.0.0.1:1080' } }).proxy).toEqual({ mode: 'fixed', url: 'socks5://127.0.0.1:1080' })
  })
})

describe('isQuietTime', () => {
  const overnight = { enabled: true, start: '22:00', end: '07:00' }
  it.each([
    ['21:59', false], ['22:00', true], ['23:30', true], ['00:00', true], ['06:59', true], ['07:00', false], ['12:00', false],
  ])('overnight quiet hours at %s: %s', (t, quiet) => {
    expect(isQuietTime(at(t), overnight)).toBe(quiet)
  })

  it('handles a daytime span, a disabled setting and an empty span', () => {
    const lunch = { enabled: true, start: '12:00', end: '13:30' }
    expect([at('11:59'), at('12:00'), at('13:29'), at('13:30')].map((d) => isQuietTime(d, lunch))).toEqual([false, true, true, false])
    expect(isQuietTime(at('23:00'), { ...overnight, enabled: false })).toBe(false)
    expect(isQuietTime(at('09:00'), { enabled: true, start: '09:00', end: '09:00' })).toBe(false)
  })
})
