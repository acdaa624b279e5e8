// Settings the main process needs while the window may be closed (tray, login item, notifications, proxy).
// Plain TypeScript: validated here because they cross IPC and are read back from a file the user can edit.

/** Quiet hours as local "HH:MM" times; an end before the start spans midnight (22:00 → 07:00). */
export interface QuietHours {
  enabled: boolean
  start: string
  end: string
}

/** What new articles notify about: their `about` countries, their topics, and the feeds they come from. */
export interface NotificationWatch {
  countries: string[]
  topics: string[]
  /** Feed ids; absent when none is watched. */
  feeds?: string[]
}

export type ProxySetting = { mode: 'system' } | { mode: 'direct' } | { mode: 'fixed'; url: string }

export interface DesktopSettings {
  /** Closing the window keeps Meridian in the tray, refreshing in the background. */
  closeToTray: boolean
  startAtLogin: boolean
  /** Started at login: open in the tray without showing the window. */
  startHidden: boolean
  notifications: { enabled: boolean; quietHours: QuietHours; watch: NotificationWatch }
  /** ISO time until which scheduled refreshing is paused; absent when not paused. */
  refreshPausedUntil?: string
  proxy: ProxySetting
}

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = {
  closeToTray: false,
  startAtLogin: false,
  startHidden: false,
  notifications: { enabled: true, quietHours: { enabled: false, start: '22:00', end: '07:00' }, watch: { countries: [], topics: [] } },
  proxy: { mode: 'system' },
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

export class InvalidSettingsError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function bool(v: unknown, fallback: boolean, what: string): boolean {
  if (v === undefined) return fallback
  if (typeof v !== 'boolean') throw new InvalidSettingsError(`${what} must be true or false`)
  return v
}

function time(v: unknown, fallback: string, what: string): string {
  if (v === undefined) return fallback
  if (typeof v !== 'string' || !HH_MM.test(v)) throw new InvalidSettingsError(`${what} must be a time like 22:00`)
  return v
}

function codes(v: unknown, fallback: string[], what: string, valid: RegExp): string[] {
  if (v === undefined) return fallback
  if (!Array.isArray(v) || v.length > 300 || !v.every((c) => typeof c === 'string' && valid.test(c))) throw new InvalidSettingsError(`${what} must be a list of codes`)
  return [...new Set(v as string[])]
}

function parseProxy(v: unknown): ProxySetting {
  if (v === undefined) return { mode: 'system' }
  if (!isRecord(v)) throw new InvalidSettingsError('proxy must be an object')
  if (v.mode === 'system' || v.mode === 'direct') return { mode: v.mode }
  if (v.mode === 'fixed') {
    const url = typeof v.url === 'string' ? v.url : ''
    if (!/^(https?|socks5?):\/\/[^\s/]+(:\d+)?\/?$/.test(url)) throw new InvalidSettingsError(`proxy.url must look like http://host:port, got ${JSON.stringify(url).slice(0, 80)}`)
    return { mode: 'fixed', url }
  }
  throw new InvalidSettingsError('proxy.mode must be system, direct or fixed')
}

function pausedUntil(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string' || v.length > 40 || Number.isNaN(Date.parse(v))) throw new InvalidSettingsError('refreshPausedUntil must be an ISO time')
  return new Date(Date.parse(v)).toISOString()
}

function parseWatch(v: unknown, base: NotificationWatch): NotificationWatch {
  if (v === undefined) return base
  if (!isRecord(v)) throw new InvalidSettingsError('notifications.watch must be an object')
  const feeds = codes(v.feeds, base.feeds ?? [], 'notifications.watch.feeds', /^[\w.:-]{1,100}$/)
  return {
    countries: codes(v.countries, base.countries, 'notifications.watch.countries', /^[A-Z]{2}$/),
    topics: codes(v.topics, base.topics, 'notifications.watch.topics', /^[a-z][a-z-]{1,40}$/),
    ...(feeds.length > 0 && { feeds }),
  }
}

/** Complete settings from a partial, untrusted object: missing fields take `base`'s values, wrong ones throw. */
export function parseDesktopSettings(value: unknown, base: DesktopSettings = DEFAULT_DESKTOP_SETTINGS): DesktopSettings {
  if (!isRecord(value)) throw new InvalidSettingsError('settings must be an object')
  const n = value.notifications === undefined ? {} : value.notifications
  if (!isRecord(n)) throw new InvalidSettingsError('notifications must be an object')
  const q = n.quietHours === undefined ? {} : n.quietHours
  if (!isRecord(q)) throw new InvalidSettingsError('notifications.quietHours must be an object')
  const settings: DesktopSettings = {
    closeToTray: bool(value.closeToTray, base.closeToTray, 'closeToTray'),
    startAtLogin: bool(value.startAtLogin, base.startAtLogin, 'startAtLogin'),
    startHidden: bool(value.startHidden, base.startHidden, 'startHidden'),
    notifications: {
      enabled: bool(n.enabled, base.notifications.enabled, 'notifications.enabled'),
      quietHours: {
        enabled: bool(q.enabled, base.notifications.quietHours.enabled, 'quietHours.enabled'),
        start: time(q.start, base.notifications.quietHours.start, 'quietHours.start'),
        end: time(q.end, base.notifications.quietHours.end, 'quietHours.end'),
      },
      watch: parseWatch(n.watch, base.notifications.watch),
    },
    proxy: value.proxy === undefined ? base.proxy : parseProxy(value.proxy),
  }
  const paused = 'refreshPausedUntil' in value ? pausedUntil(value.refreshPausedUntil) : base.refreshPausedUntil
  if (paused) settings.refreshPausedUntil = paused
  return settings
}

/** Minutes after local midnight of an "HH:MM" time. */
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** True when `now` (local time) falls inside the quiet hours; start == end means no quiet time. */
export function isQuietTime(now: Date, quiet: QuietHours): boolean {
  if (!quiet.enabled) return false
  const t = now.getHours() * 60 + now.getMinutes()
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return false
  return start < end ? t >= start && t < end : t >= start || t < end
}

/** One new article that matched something the reader watches (a country, topic, feed or a "notify" rule). */
export interface WatchHit {
  /** What matched, as a view key the renderer can open: 'country:SD', 'topic:health', 'feed:<id>', 'rule:<id>'. */
  watchKey: string
  /** Human name of what matched: 'Sudan'. */
  label: string
  articleId: string
  title: string
}

/** Something asked of the window from outside it: a feed: link or file opened with the app, a notification
 *  or tray click, an application-menu action. */
export type OpenRequest =
  | { kind: 'add-feed'; url: string }
  | { kind: 'import-opml'; text: string; fileName: string }
  | { kind: 'open-view'; watchKey: string }
  | { kind: 'open-article'; articleId: string }
  | { kind: 'run-action'; action: string }
  | { kind: 'show-settings' }

const shortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max

/** Watch hits from the renderer: at most 5,000 per call, each field a bounded string. */
export function parseWatchHits(value: unknown): WatchHit[] {
  if (!Array.isArray(value) || value.length > 5000) throw new InvalidSettingsError('hits must be an array of at most 5000')
  return value.map((h, i) => {
    if (!isRecord(h) || !shortString(h.watchKey, 300) || !shortString(h.label, 200) || !shortString(h.articleId, 300) || typeof h.title !== 'string') {
      throw new InvalidSettingsError(`hits[${i}] must have watchKey, label, articleId and title`)
    }
    return { watchKey: h.watchKey, label: h.label, articleId: h.articleId, title: h.title.slice(0, 300) }
  })
}

export function parseUnreadCount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e9) throw new InvalidSettingsError('unread count must be a non-negative integer')
  return value
}
