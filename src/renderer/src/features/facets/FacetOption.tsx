import { memo } from 'react'

interface Props {
  label: string
  icon?: string
  count: number
  isSelected: boolean
  onToggle(): void
}

/** One facet value: a toggle button named "France 12 articles" (the visible text, then the unit; see countedLabel), pressed when it filters the list. */
export const FacetOption = memo(function FacetOption({ label, icon, count, isSelected, onToggle }: Props) {
  return (
    <li>
      <button
        type="button"
        className={count === 0 && !isSelected ? 'facet-option is-empty' : 'facet-option'}
        aria-pressed={isSelected}
        aria-label={`${label} ${count} article${count === 1 ? '' : 's'}`}
        onClick={onToggle}
      >
        <span className="facet-check" aria-hidden="true">
          {isSelected ? '✓' : ''}
        </span>
        {icon && (
          <span className="facet-icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <span className="facet-label">{label}</span> <span className="facet-count">{count}</span>
      </button>
    </li>
  )
})
