// The actions of a rule in the editor: hide, mark read, star, highlight, notify, and a label.
import type { Action } from '../../db'
import { useLabels } from '../labels/useLabels'

const SIMPLE: { kind: Exclude<Action['kind'], 'label'>; label: string }[] = [
  { kind: 'hide', label: 'Hide' },
  { kind: 'markRead', label: 'Mark read' },
  { kind: 'star', label: 'Star' },
  { kind: 'highlight', label: 'Highlight' },
  { kind: 'notify', label: 'Notify me' },
]

/** The label picked as "new": the editor creates it on save. */
export const NEW_LABEL = '\u0000new'

export function ActionsEditor({ actions, newLabel, onChange, onNewLabel }: { actions: Action[]; newLabel: string; onChange(a: Action[]): void; onNewLabel(name: string): void }) {
  const labels = useLabels() ?? []
  const has = (kind: Action['kind']) => actions.some((a) => a.kind === kind)
  const labelId = actions.find((a): a is Extract<Action, { kind: 'label' }> => a.kind === 'label')?.labelId ?? ''
  const setLabel = (id: string) => onChange([...actions.filter((a) => a.kind !== 'label'), ...(id ? [{ kind: 'label' as const, labelId: id }] : [])])
  return (
    <fieldset className="rule-actions">
      <legend>Then</legend>
      {SIMPLE.map((s) => (
        <label key={s.kind} className="checkbox">
          <input type="checkbox" checked={has(s.kind)} onChange={(e) => onChange(e.target.checked ? [...actions, { kind: s.kind }] : actions.filter((a) => a.kind !== s.kind))} />
          {s.label}
        </label>
      ))}
      <label>
        Add the label{' '}
        <select value={labelId} onChange={(e) => setLabel(e.target.value)}>
          <option value="">(none)</option>
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
          <option value={NEW_LABEL}>New label…</option>
        </select>
      </label>
      {labelId === NEW_LABEL && <input type="text" aria-label="Name of the new label" value={newLabel} maxLength={100} onChange={(e) => onNewLabel(e.target.value)} />}
    </fieldset>
  )
}
