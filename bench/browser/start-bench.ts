// Start: from navigation to the first article rows painted, with the database already full. An init script
// watches the DOM for the first row of the article list and stamps the time two animation frames later
// (the frame that shows the rows has then been produced). Also the renderer's JS heap with the list open.
import { spread, type Spread } from '../lib/stats'
import type { Session } from './session'

const ROW_WATCH = `(() => {
  const rowSelector = '[aria-label="Article list"] li, [aria-label="Article list"] [role="listitem"]:not([aria-busy="true"])'
  const check = () => {
    if (!document.querySelector(rowSelector)) return
    observer.disconnect()
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstRowsPaintedAt = performance.now() }))
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })
})()`

export interface StartFigures {
  firstRowsMs: Spread
  domContentLoadedMs: Spread
  heapUsedMb: number
  /** performance.memory.usedJSHeapSize without a forced GC: what the page holds in normal use. */
  heapUsedNoGcMb: number
  rowsShown: number
}

export async function runStart(s: Session, runs: number, log: (l: string) => void): Promise<StartFigures> {
  await s.context.addInitScript({ content: ROW_WATCH })
  const first: number[] = []
  const dcl: number[] = []
  for (let r = 0; r < runs; r++) {
    await s.page.goto(s.web.url)
    await s.page.waitForFunction(() => (window as unknown as { __firstRowsPaintedAt?: number }).__firstRowsPaintedAt !== undefined, undefined, { timeout: 60_000 })
    const t = await s.page.evaluate(() => ({
      rows: (window as unknown as { __firstRowsPaintedAt: number }).__firstRowsPaintedAt,
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }))
    first.push(t.rows)
    dcl.push(t.dcl)
    log(`start run ${r + 1}: first rows painted at ${Math.round(t.rows)} ms`)
  }
  await s.page.waitForTimeout(1000) // let live queries settle before reading memory
  const heapUsedNoGcMb = await s.page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20)
  const rowsShown = await s.page.locator('[aria-label="Article list"] li, [aria-label="Article list"] [role="listitem"]:not([aria-busy="true"])').count()
  return { firstRowsMs: spread(first), domContentLoadedMs: spread(dcl), heapUsedMb: await s.heapUsedMb(), heapUsedNoGcMb, rowsShown }
}
