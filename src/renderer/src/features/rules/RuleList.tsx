// The rules in run order: on/off, move, edit, delete.
import { deleteRule, moveRule, reconsiderHidden, saveRule, type Rule } from '../../db'
import { useServices } from '../../lib/services'

export function RuleList({ rules, onEdit }: { rules: Rule[]; onEdit(rule: Rule): void }) {
  const { db } = useServices()
  if (rules.length === 0) return <p>No rules yet.</p>
  const afterChange = () => reconsiderHidden(db)
  return (
    <ol className="rule-list">
      {rules.map((r, i) => (
        <li key={r.id}>
          <label className="checkbox">
            <input type="checkbox" checked={r.isEnabled} aria-label={`Rule ${r.name} on`} onChange={(e) => void saveRule(db, { ...r, isEnabled: e.target.checked }).then(afterChange)} />
            {r.name}
          </label>
          <span className="rule-tools">
            <button type="button" className="icon-button" aria-label={`Move rule ${r.name} up`} disabled={i === 0} onClick={() => void moveRule(db, r.id, -1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={`Move rule ${r.name} down`} disabled={i === rules.length - 1} onClick={() => void moveRule(db, r.id, 1)}>
              ↓
            </button>
            <button type="button" onClick={() => onEdit(r)}>
              Edit
            </button>
            <button type="button" aria-label={`Delete rule ${r.name}`} onClick={() => void deleteRule(db, r.id).then(afterChange)}>
              Delete
            </button>
          </span>
        </li>
      ))}
    </ol>
  )
}
