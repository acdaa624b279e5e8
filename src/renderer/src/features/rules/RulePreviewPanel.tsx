// How many stored articles the rule matches as typed, and the newest of them.
import type { Rule } from '../../db'
import { countOf } from '../../lib/format'
import { useRulePreview } from './useRulePreview'

export function RulePreviewPanel({ rule }: { rule: Rule }) {
  const preview = useRulePreview(rule)
  if (rule.conditions.length === 0) return <p className="rule-preview">Add a condition to see which articles it matches.</p>
  if (!preview) return <p className="rule-preview">Looking…</p>
  if (preview.errors.length) return <p className="rule-preview error-text" role="alert">{preview.errors.join(' ')}</p>
  const count = countOf(preview.matches, { one: 'stored article', other: 'stored articles' })
  return (
    <div className="rule-preview" aria-live="polite">
      <p data-testid="rule-preview-count">
        {preview.isDone ? `Matches ${count}` : `Matches ${count} so far (${preview.scanned} read)…`}
      </p>
      {preview.first.length > 0 && (
        <ul>
          {preview.first.map((a) => (
            <li key={a.id}>{a.title || '(untitled)'}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
