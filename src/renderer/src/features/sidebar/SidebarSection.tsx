import { useId, type ReactNode } from 'react'
import { useLayout } from '../../state/layout'

/** A sidebar section whose heading folds it; folded or not is remembered (state/layout.ts). */
export function SidebarSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const isCollapsed = useLayout((s) => s.collapsed[id] === true)
  const toggle = useLayout((s) => s.toggleSection)
  const regionId = useId()
  return (
    <section className="sidebar-section" aria-label={title}>
      <h3 className="sidebar-heading">
        <button type="button" className="section-toggle" aria-expanded={!isCollapsed} aria-controls={regionId} onClick={() => toggle(id)}>
          <span className="section-caret" aria-hidden="true">
            {isCollapsed ? '▸' : '▾'}
          </span>
          {title}
        </button>
      </h3>
      <div id={regionId} hidden={isCollapsed}>
        {!isCollapsed && children}
      </div>
    </section>
  )
}
