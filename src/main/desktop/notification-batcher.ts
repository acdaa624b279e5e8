// Turns a burst of "new article about a watched thing" events into one notification ("12 new about Sudan"),
// held back during quiet hours. Timers and the clock come in as parameters so tests drive them.
import { isQuietTime, type QuietHours, type WatchHit } from '../../shared/desktop-settings'

export interface BatchedNotification {
  title: string
  body: string
  /** What a click opens: the single article, or the view of the watch with most new articles. */
  target: { kind: 'article'; articleId: string } | { kind: 'view'; watchKey: string }
}

export interface BatcherDeps {
  now: () => Date
  setTimer: (fn: () => void, ms: number) => unknown
  clearTimer: (handle: unknown) => void
  show: (n: BatchedNotification) => void
  settings: () => { enabled: boolean; quietHours: QuietHours }
}

/** How long a burst may grow before its notification shows. */
export const BURST_MS = 8_000

export function summarize(hits: WatchHit[]): BatchedNotification | undefined {
  const unique = [...new Map(hits.map((h) => [`${h.watchKey}\u0000${h.articleId}`, h])).values()]
  if (unique.length === 0) return undefined
  const byKey = new Map<string, WatchHit[]>()
  for (const h of unique) byKey.set(h.watchKey, [...(byKey.get(h.watchKey) ?? []), h])
  const groups = [...byKey.values()].sort((a, b) => b.length - a.length)
  const top = groups[0]!
  const articles = new Set(unique.map((h) => h.articleId))
  if (articles.size === 1) {
    return { title: `New about ${groups.map((g) => g[0]!.label).join(', ')}`, body: top[0]!.title, target: { kind: 'article', articleId: top[0]!.articleId } }
  }
  if (groups.length === 1) {
    const headlines = top.slice(0, 2).map((h) => h.title).join('\n')
    return { title: `${top.length} new about ${top[0]!.label}`, body: headlines, target: { kind: 'view', watchKey: top[0]!.watchKey } }
  }
  const parts = groups.slice(0, 4).map((g) => `${g[0]!.label} ${g.length}`)
  if (groups.length > 4) parts.push(`and ${groups.length - 4} more`)
  return { title: `${articles.size} new in your watchlist`, body: parts.join(' · '), target: { kind: 'view', watchKey: top[0]!.watchKey } }
}

export class NotificationBatcher {
  private pending: WatchHit[] = []
  private timer: unknown

  constructor(private readonly deps: BatcherDeps) {}

  add(hits: WatchHit[]): void {
    const settings = this.deps.settings()
    // Quiet hours and a switched-off setting drop the burst: the sidebar's watch marks still show it later.
    if (!settings.enabled || isQuietTime(this.deps.now(), settings.quietHours) || hits.length === 0) return
    this.pending.push(...hits)
    if (this.timer === undefined) this.timer = this.deps.setTimer(() => this.flush(), BURST_MS)
  }

  /** Shows what is pending now (the end of a refresh round also calls this). */
  flush(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer)
    this.timer = undefined
    const hits = this.pending
    this.pending = []
    const settings = this.deps.settings()
    if (!settings.enabled || isQuietTime(this.deps.now(), settings.quietHours)) return
    const n = summarize(hits)
    if (n) this.deps.show(n)
  }
}
