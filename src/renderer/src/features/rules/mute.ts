// Mute words: the simplest rule (the word in title or summary hides the article), made in one step and undone
// from the list of muted words.
import { applyRulesToStored, deleteRule, newRuleId, reconsiderHidden, saveRule, splitWords, type MeridianDb, type Rule } from '../../db'

/** What a selection may mute: a word or a short phrase. */
export const MAX_MUTE_LENGTH = 60

function muteRuleOf(word: string): Rule {
  const value = word.trim().slice(0, MAX_MUTE_LENGTH)
  const isPhrase = splitWords(value).length > 1
  return {
    id: newRuleId(),
    name: `Mute “${value}”`,
    order: 0,
    isEnabled: true,
    match: 'all',
    isMute: true,
    conditions: [{ kind: 'text', fields: ['title', 'summary'], mode: isPhrase ? 'phrase' : 'words', value }],
    actions: [{ kind: 'hide' }],
  }
}

/** Mutes a word: the rule is stored (run first) and hides the stored articles it matches at once. */
export async function muteWord(db: MeridianDb, word: string): Promise<Rule> {
  const { order: _first, ...rule } = muteRuleOf(word)
  const saved = await saveRule(db, { ...rule, order: 0 })
  await applyRulesToStored(db, [saved])
  return saved
}

/** Unmutes: the rule goes, and the articles no other rule hides come back. */
export async function unmute(db: MeridianDb, ruleId: string): Promise<void> {
  await deleteRule(db, ruleId)
  await reconsiderHidden(db)
}

export function mutedWordOf(rule: Rule): string {
  const c = rule.conditions[0]
  return c?.kind === 'text' ? c.value : rule.name
}
