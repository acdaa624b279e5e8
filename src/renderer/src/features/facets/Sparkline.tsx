import { memo } from 'react'

const WIDTH = 60
const HEIGHT = 14

/** Daily counts as a small line, oldest on the left; scaled to its own busiest day. `label` names it for screen
 *  readers where no text next to it says the same (the map's card); without one it is decoration. */
export const Sparkline = memo(function Sparkline({ counts, label }: { counts: readonly number[]; label?: string }) {
  if (counts.length < 2) return null
  const max = Math.max(1, ...counts)
  const step = WIDTH / (counts.length - 1)
  const points = counts.map((n, i) => `${(i * step).toFixed(1)},${(HEIGHT - 1 - (n / max) * (HEIGHT - 2)).toFixed(1)}`).join(' ')
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const }
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} {...a11y}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.2" vectorEffect="non-scaling-stroke" />
    </svg>
  )
})

/** "30 days: 42 articles, most on 3 December (7)": what a sparkline shows, in words. */
export function describeSeries(days: readonly string[], counts: readonly number[]): string {
  const total = counts.reduce((a, b) => a + b, 0)
  if (total === 0) return `${days.length} days: no articles`
  const top = counts.indexOf(Math.max(...counts))
  const [y, m, d] = days[top].split('-').map(Number)
  const when = new Date(y, m - 1, d).toLocaleDateString(undefined, { day: 'numeric', month: 'long' })
  return `${days.length} days: ${total.toLocaleString()} ${total === 1 ? 'article' : 'articles'}, most on ${when} (${counts[top]})`
}
