// What a rule is, as stored: conditions combined with all/any and the actions taken on the articles they match.
// Types and validation only; matching is in match.ts.
import type { CountryCode, TopicId } from '../../../../shared/model'

/** The article text a word, phrase or regular expression is looked for in. fullText is the feed's own content. */
export type TextField = 'title' | 'summary' | 'fullText' | 'author'
const TEXT_FIELDS: readonly TextField[] = ['title', 'summary', 'fullText', 'author']

/** words: any of the words, whole words; phrase: the words in this order; regex: RE2 syntax, case-insensitive. */
type TextMode = 'words' | 'phrase' | 'regex'

export type Condition =
  | { kind: 'feed'; feedIds: string[] }
  /** A folder path; its subfolders' feeds are in it too. */
  | { kind: 'folder'; folder: string }
  | { kind: 'text'; fields: TextField[]; mode: TextMode; value: string }
  /** Any of these countries is one the article is about. */
  | { kind: 'countries'; countries: CountryCode[] }
  | { kind: 'topics'; topics: TopicId[] }
  /** Primary language subtags ('en', 'zh'). */
  | { kind: 'language'; languages: string[] }
  /** The outlet's own country is one of these. */
  | { kind: 'outlet'; countries: CountryCode[] }

export type Action =
  | { kind: 'hide' }
  | { kind: 'markRead' }
  | { kind: 'star' }
  | { kind: 'label'; labelId: string }
  | { kind: 'highlight' }
  | { kind: 'notify' }

export interface Rule {
  id: string
  name: string
  /** Rules run in ascending order. */
  order: number
  isEnabled: boolean
  match: 'all' | 'any'
  conditions: Condition[]
  actions: Action[]
  /** Later rules do not run on an article this rule matched. */
  stopsLater?: boolean
  /** Made by "Mute this word": listed among the mute words. */
  isMute?: boolean
}

/** Limits that keep a rule cheap to evaluate on every incoming article. */
const RULE_LIMITS = { conditions: 20, values: 200, textLength: 300 } as const

export class InvalidRuleError extends Error {}

const isString = (x: unknown): x is string => typeof x === 'string'
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.length <= RULE_LIMITS.values && x.every(isString)

function checkCondition(c: Condition, i: number): void {
  const bad = (why: string) => {
    throw new InvalidRuleError(`condition ${i + 1}: ${why}`)
  }
  switch (c.kind) {
    case 'feed':
      return void (isStringList(c.feedIds) || bad('feedIds must be a list of ids'))
    case 'folder':
      return void (isString(c.folder) || bad('folder must be a path'))
    case 'text':
      if (!Array.isArray(c.fields) || c.fields.length === 0 || !c.fields.every((f) => TEXT_FIELDS.includes(f))) bad('fields must name title, summary, fullText or author')
      if (!['words', 'phrase', 'regex'].includes(c.mode)) bad('mode must be words, phrase or regex')
      if (!isString(c.value) || c.value.length > RULE_LIMITS.textLength) bad(`value must be text of at most ${RULE_LIMITS.textLength} characters`)
      return
    case 'countries':
    case 'outlet':
      return void (isStringList(c.countries) || bad('countries must be a list of codes'))
    case 'topics':
      return void (isStringList(c.topics) || bad('topics must be a list'))
    case 'language':
      return void (isStringList(c.languages) || bad('languages must be a list'))
    default:
      bad('unknown kind')
  }
}

/** Throws InvalidRuleError when the rule's shape is wrong (a hand-edited backup, a bug): never stored then. */
export function checkRule(rule: Rule): Rule {
  if (!isString(rule.id) || !rule.id || !isString(rule.name)) throw new InvalidRuleError('a rule needs an id and a name')
  if (rule.match !== 'all' && rule.match !== 'any') throw new InvalidRuleError('match must be all or any')
  if (!Array.isArray(rule.conditions) || rule.conditions.length > RULE_LIMITS.conditions) throw new InvalidRuleError(`at most ${RULE_LIMITS.conditions} conditions`)
  rule.conditions.forEach(checkCondition)
  const kinds = ['hide', 'markRead', 'star', 'label', 'highlight', 'notify']
  if (!Array.isArray(rule.actions) || !rule.actions.every((a) => kinds.includes(a.kind) && (a.kind !== 'label' || isString(a.labelId)))) {
    throw new InvalidRuleError('actions must be hide, markRead, star, label, highlight or notify')
  }
  return rule
}
