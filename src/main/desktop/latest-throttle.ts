// Passes on the latest of a stream of values at most once per interval: a refresh of 10,000 feeds sends 10,000
// progress events, and rebuilding the tray menu for each would keep the main thread busy for nothing.

export interface ThrottleTimers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** `isUrgent` values (a refresh that ended) go through at once, dropping any pending one. */
export function latestThrottle<T>(apply: (value: T) => void, intervalMs: number, timers: ThrottleTimers, isUrgent: (value: T) => boolean = () => false): (value: T) => void {
  let pending: { value: T } | undefined
  let timer: unknown
  let lastRun = Number.NEGATIVE_INFINITY
  const run = (value: T, now: number) => {
    pending = undefined
    lastRun = now
    apply(value)
  }
  return (value: T) => {
    const now = Date.now()
    if (isUrgent(value) || now - lastRun >= intervalMs) {
      if (timer !== undefined) timers.clearTimeout(timer)
      timer = undefined
      return run(value, now)
    }
    pending = { value }
    if (timer !== undefined) return
    timer = timers.setTimeout(() => {
      timer = undefined
      if (pending) run(pending.value, Date.now())
    }, intervalMs - (now - lastRun))
  }
}
