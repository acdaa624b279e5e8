// Editing one rule: name, all/any, conditions, actions, whether later rules run, with the live preview; saving can
// also apply the rules to the articles already stored.
import { useState } from 'react'
import { applyRulesToStored, ensureLabel, reconsiderHidden, saveRule, type Rule } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useFeeds } from '../feeds/useFeeds'
import { ActionsEditor, NEW_LABEL } from './ActionsEditor'
import { ConditionEditor, emptyCondition } from './ConditionEditor'
import { RulePreviewPanel } from './RulePreviewPanel'

const logger = log.scope('rules')

/** Stores the rule (creating its new label first), shows again what no hide rule matches any more, and applies the
 *  rules to stored articles when asked. */
async function store(db: Parameters<typeof saveRule>[0], draft: Rule, newLabel: string, isApplied: boolean): Promise<void> {
  let rule = draft
  if (rule.actions.some((a) => a.kind === 'label' && a.labelId === NEW_LABEL)) {
    const label = newLabel.trim() ? await ensureLabel(db, newLabel) : undefined
    rule = { ...rule, actions: rule.actions.flatMap((a) => (a.kind === 'label' && a.labelId === NEW_LABEL ? (label ? [{ kind: 'label' as const, labelId: label.id }] : []) : [a])) }
  }
  await saveRule(db, rule)
  await reconsiderHidden(db)
  if (isApplied) await applyRulesToStored(db)
}

export function RuleEditor({ initial, onDone }: { initial: Rule; onDone(): void }) {
  const { db } = useServices()
  const feeds = useFeeds() ?? []
  const [rule, setRule] = useState(initial)
  const [newLabel, setNewLabel] = useState('')
  const [isApplied, setApplied] = useState(true)
  const [error, setError] = useState<string>()
  const [isBusy, setBusy] = useState(false)
  const update = (patch: Partial<Rule>) => setRule((r) => ({ ...r, ...patch }))
  async function save() {
    setBusy(true)
    setError(undefined)
    try {
      await store(db, { ...rule, name: rule.name.trim() || 'Untitled rule' }, newLabel, isApplied)
      onDone()
    } catch (err) {
      logger.warn('could not save a rule', err)
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="rule-editor" onSubmit={(e) => {
      e.preventDefault()
      void save()
    }}>
      <label>
        Rule name <input type="text" value={rule.name} maxLength={100} data-autofocus onChange={(e) => update({ name: e.target.value })} />
      </label>
      <label>
        When{' '}
        <select value={rule.match} onChange={(e) => update({ match: e.target.value === 'any' ? 'any' : 'all' })}>
          <option value="all">all of these are true</option>
          <option value="any">any of these is true</option>
        </select>
      </label>
      {rule.conditions.map((c, i) => (
        <ConditionEditor
          key={`${i}-${c.kind}`}
          condition={c}
          feeds={feeds}
          index={i}
          onChange={(next) => update({ conditions: rule.conditions.map((x, j) => (j === i ? next : x)) })}
          onRemove={() => update({ conditions: rule.conditions.filter((_, j) => j !== i) })}
        />
      ))}
      <button type="button" onClick={() => update({ conditions: [...rule.conditions, emptyCondition('text', feeds)] })}>
        + Add a condition
      </button>
      <ActionsEditor actions={rule.actions} newLabel={newLabel} onChange={(actions) => update({ actions })} onNewLabel={setNewLabel} />
      <label className="checkbox">
        <input type="checkbox" checked={rule.stopsLater ?? false} onChange={(e) => update({ stopsLater: e.target.checked })} />
        Stop here: later rules do not run on these articles
      </label>
      <RulePreviewPanel rule={rule} />
      <label className="checkbox">
        <input type="checkbox" checked={isApplied} onChange={(e) => setApplied(e.target.checked)} />
        Also apply to the articles already stored
      </label>
      {error && <p role="alert" className="error-text">{error}</p>}
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={isBusy}>
          Save rule
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
