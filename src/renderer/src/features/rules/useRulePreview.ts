// The editor's live preview: re-run (debounced) as the rule is typed; an older run is cancelled by a newer one.
import { useEffect, useState } from 'react'
import { previewRule, type Rule, type RulePreview } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'

const logger = log.scope('rule-preview')
const DEBOUNCE_MS = 200

export function useRulePreview(rule: Rule): RulePreview | undefined {
  const { db } = useServices()
  const [preview, setPreview] = useState<RulePreview>()
  const key = JSON.stringify([rule.match, rule.conditions])
  useEffect(() => {
    let isCancelled = false
    const timer = setTimeout(() => {
      previewRule(db, rule, { isCancelled: () => isCancelled, onProgress: (p) => !isCancelled && setPreview(p) })
        .then((p) => !isCancelled && setPreview(p))
        .catch((err: unknown) => logger.error('preview failed', err))
    }, DEBOUNCE_MS)
    return () => {
      isCancelled = true
      clearTimeout(timer)
    }
    // The rule object changes on every render; what the preview depends on is in `key`.
  }, [db, key])
  return preview
}
