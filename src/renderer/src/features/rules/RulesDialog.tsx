// Rules and muted words (issue 19): the list in run order, the editor with its live preview, and "apply to stored
// articles". Opened from the sidebar.
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { applyRulesToStored, listRules, newRuleId, type ApplySummary, type Rule } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { Dialog } from '../dialog/Dialog'
import { MutedWords } from './MutedWords'
import { RuleEditor } from './RuleEditor'
import { RuleList } from './RuleList'
import './rules.css'

const logger = log.scope('rules')

const blankRule = (): Rule => ({ id: newRuleId(), name: '', order: 0, isEnabled: true, match: 'all', conditions: [{ kind: 'text', fields: ['title', 'summary'], mode: 'words', value: '' }], actions: [{ kind: 'hide' }] })

export function RulesDialog() {
  const { db } = useServices()
  const isOpen = useUi((s) => s.dialog === 'rules')
  const openDialog = useUi((s) => s.openDialog)
  const rules = useLiveQuery(() => listRules(db), [db]) ?? []
  const [editing, setEditing] = useState<Rule>()
  const [applied, setApplied] = useState<ApplySummary & { isDone: boolean }>()
  const close = () => {
    setEditing(undefined)
    openDialog(null)
  }
  async function applyAll() {
    setApplied({ scanned: 0, changed: 0, isDone: false })
    const summary = await applyRulesToStored(db, undefined, { onProgress: (s) => setApplied({ ...s, isDone: false }) })
    setApplied({ ...summary, isDone: true })
  }
  return (
    <Dialog title={editing ? 'Edit rule' : 'Rules'} isOpen={isOpen} onClose={close} className="rules-dialog">
      {editing ? (
        <RuleEditor initial={editing} onDone={() => setEditing(undefined)} />
      ) : (
        <>
          <p className="hint">Rules run in this order on every new article; muted words run first.</p>
          <RuleList rules={rules.filter((r) => !r.isMute)} onEdit={setEditing} />
          <div className="dialog-buttons">
            <button type="button" className="primary" onClick={() => setEditing(blankRule())}>
              New rule
            </button>
            <button type="button" disabled={applied && !applied.isDone} onClick={() => void applyAll().catch((err: unknown) => logger.error('could not apply the rules', err))}>
              Apply the rules to stored articles
            </button>
          </div>
          {applied && (
            <p role="status">
              {applied.isDone ? 'Done: ' : 'Applying: '}
              {applied.scanned} articles read, {applied.changed} changed.
            </p>
          )}
          <MutedWords mutes={rules.filter((r) => r.isMute)} />
        </>
      )}
    </Dialog>
  )
}
