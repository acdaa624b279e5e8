// Performance measures of a data step's phases (`step:*`), for the upgrade bench (bench/browser/upgrade-profile.ts)
// to sum per phase. Off unless the bench hooks switch them on: a measure costs microseconds, but the app would keep
// every entry in the page's timeline.
let isOn = false

/** Called by the bench hooks (browser mode only). */
export function enableStepMarks(): void {
  isOn = true
}

/** Milliseconds now, to pass to `measureStep` when the phase ends. */
export const stepNow = (): number => performance.now()

/** Records the phase `name` from `start` to now (nothing unless switched on). */
export function measureStep(name: string, start: number): void {
  if (isOn) performance.measure(`step:${name}`, { start, end: performance.now() })
}
