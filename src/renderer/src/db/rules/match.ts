// The rule engine: compiles rules once (words folded, regexes through RE2), then tells what they do to one article.
// Pure: no storage. Rules run in order; a rule that stops later ones ends the run for that article.
import { compileRegex } from './safe-regex'
import { foldText, isUnspaced, splitWords, textOfHtml, wordsOf } from './text'
import { checkRule, type Condition, type Rule, type TextField } from './types'

/** What rules look at: an article's fields plus its feed's folder. */
export interface RuleSubject {
  feedId: string
  folder?: string
  title: string
  summary: string
  contentHtml?: string
  author?: string
  countries: readonly string[]
  topics: readonly string[]
  language?: string
  outletCountry?: string
}

/** What the matching rules do to an article, merged. */
export interface RuleOutcome {
  hide: boolean
  markRead: boolean
  star: boolean
  highlight: boolean
  labels: string[]
  /** Rules with a notify action that matched. */
  notify: { ruleId: string; name: string }[]
  /** Every rule that matched, in order. */
  matched: string[]
}

type Test = (s: SubjectText) => boolean
export interface CompiledRule {
  rule: Rule
  test: Test
  /** Why a condition cannot match (an invalid regex), for the editor; such a condition matches nothing. */
  errors: string[]
}

/** Folded text of a subject's fields, computed on first use and shared by every rule. */
class SubjectText {
  private folded = new Map<TextField, string>()
  constructor(readonly subject: RuleSubject) {}
  raw(f: TextField): string {
    const s = this.subject
    return f === 'fullText' ? (s.contentHtml ? textOfHtml(s.contentHtml) : '') : ((f === 'author' ? s.author : s[f]) ?? '')
  }
  fold(f: TextField): string {
    let v = this.folded.get(f)
    if (v === undefined) this.folded.set(f, (v = foldText(this.raw(f))))
    return v
  }
}

const inFolder = (folder: string | undefined, path: string) => folder !== undefined && (folder === path || folder.startsWith(`${path}/`))
const languageOf = (tag: string | undefined) => tag?.toLowerCase().split(/[-_]/)[0]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Words typed, as a pattern: its letters and digits, with anything but letters and digits between them. */
const wordPattern = (typed: string) => wordsOf(typed).map(escape).join('[^\\p{L}\\p{N}]+')

/** Any of the patterns as whole words: a native regular expression over literals only (never the reader's own
 *  pattern), one pass over the folded text however many words a rule lists. */
function wholeWords(patterns: string[]): RegExp | undefined {
  return patterns.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined
}

function textTest(c: Extract<Condition, { kind: 'text' }>, errors: string[]): Test {
  if (c.mode === 'regex') {
    const re = compileRegex(c.value)
    if (!re.ok) {
      errors.push(re.error)
      return () => false
    }
    return (s) => c.fields.some((f) => re.test(s.raw(f)))
  }
  // A phrase is one pattern; "words" are any of them, and a word typed with punctuation inside ('oil-price') is
  // the phrase of its parts. Scripts without spaces have no word boundaries: they are found as substrings.
  const typed = c.mode === 'phrase' ? [foldText(c.value)].filter((p) => wordsOf(p).length > 0) : splitWords(c.value)
  const parts = typed.filter(isUnspaced).map((p) => p.trim())
  const re = wholeWords(typed.filter((p) => !isUnspaced(p)).map(wordPattern))
  if (!re && parts.length === 0) return () => false
  return (s) => c.fields.some((f) => {
    const text = s.fold(f)
    return (re?.test(text) ?? false) || parts.some((p) => text.includes(p))
  })
}

function conditionTest(c: Condition, errors: string[]): Test {
  switch (c.kind) {
    case 'feed': {
      const ids = new Set(c.feedIds)
      return (s) => ids.has(s.subject.feedId)
    }
    case 'folder':
      return (s) => inFolder(s.subject.folder, c.folder)
    case 'text':
      return textTest(c, errors)
    case 'countries':
      return (s) => s.subject.countries.some((x) => c.countries.includes(x as never))
    case 'topics':
      return (s) => s.subject.topics.some((x) => c.topics.includes(x as never))
    case 'language': {
      const wanted = new Set(c.languages.map(languageOf))
      return (s) => wanted.has(languageOf(s.subject.language))
    }
    case 'outlet':
      return (s) => s.subject.outletCountry !== undefined && c.countries.includes(s.subject.outletCountry as never)
  }
}

export function compileRule(rule: Rule): CompiledRule {
  const errors: string[] = []
  const tests = rule.conditions.map((c) => conditionTest(c, errors))
  // A rule without conditions matches nothing: an empty editor must not hide the whole library.
  const test: Test = tests.length === 0 ? () => false : rule.match === 'all' ? (s) => tests.every((t) => t(s)) : (s) => tests.some((t) => t(s))
  return { rule, test, errors }
}

const isWellFormed = (r: Rule) => {
  try {
    return Boolean(checkRule(r))
  } catch {
    return false
  }
}

/** The enabled rules in the order they run, compiled. A malformed stored rule (a hand-edited backup) is left out
 *  rather than allowed to break ingest. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return [...rules]
    .filter((r) => r.isEnabled && isWellFormed(r))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map(compileRule)
}

export function matchesRule(compiled: CompiledRule, subject: RuleSubject): boolean {
  return compiled.test(new SubjectText(subject))
}

/** Runs the rules on one article, in order, and merges what the matching ones do. */
export function outcomeOf(rules: readonly CompiledRule[], subject: RuleSubject): RuleOutcome {
  const out: RuleOutcome = { hide: false, markRead: false, star: false, highlight: false, labels: [], notify: [], matched: [] }
  const text = new SubjectText(subject)
  for (const { rule, test } of rules) {
    if (!test(text)) continue
    out.matched.push(rule.id)
    for (const a of rule.actions) {
      if (a.kind === 'label') {
        if (!out.labels.includes(a.labelId)) out.labels.push(a.labelId)
      } else if (a.kind === 'notify') out.notify.push({ ruleId: rule.id, name: rule.name })
      else out[a.kind] = true
    }
    if (rule.stopsLater) break
  }
  return out
}
