import { memo, type ReactNode } from 'react'
import { countOf } from '../../lib/format'
import { Sparkline } from './Sparkline'

interface Props {
  label: string
  icon?: ReactNode
  count: number
  isSelected: boolean
  /** The selection excludes this value (outlet countries in "outside these" mode). */
  isExcluding?: boolean
  /** Daily counts of the last 30 days, drawn as a sparkline (decoration: the count is in the label). */
  trend?: readonly number[]
  onToggle(): void
}

/** One facet value: a toggle button named "France 12 articles" (the visible text, then the unit; see countedLabel), pressed when it filters the list. */
export const FacetOption = memo(function FacetOption({ label, icon, count, isSelected, isExcluding, trend, onToggle }: Props) {
  return (
    <li>
      <button
        type="button"
        className={`facet-option${count === 0 && !isSelected ? ' is-empty' : ''}${isSelected && isExcluding ? ' is-excluded' : ''}`}
        aria-pressed={isSelected}
        aria-label={`${label} ${countOf(count, { one: 'article', other: 'articles' })}`}
        onClick={onToggle}
      >
        <span className="facet-check" aria-hidden="true">
          {isSelected ? (isExcluding ? '✕' : '✓') : ''}
        </span>
        {icon && (
          <span className="facet-icon">{icon}</span>
        )}
        <span className="facet-label">{label}</span> {trend && <Sparkline counts={trend} />}
        <span className="facet-count">{count.toLocaleString()}</span>
      </button>
    </li>
  )
})
