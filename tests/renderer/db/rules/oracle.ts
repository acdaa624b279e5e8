// A naive rule matcher written apart from the engine (regular expressions over folded text instead of word sets),
// the oracle the engine's tests compare against.
import type { Condition, Rule } from '../../../../src/renderer/src/db/rules/types'
import type { RuleSubject } from '../../../../src/renderer/src/db/rules/match'

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&')

function fieldText(s: RuleSubject, f: string): string {
  if (f === 'fullText') return s.contentHtml ? stripTags(s.contentHtml) : ''
  return (s as unknown as Record<string, string | undefined>)[f] ?? ''
}

function naiveText(c: Extract<Condition, { kind: 'text' }>, s: RuleSubject): boolean {
  const texts = c.fields.map((f) => fieldText(s, f))
  if (c.mode === 'regex') return texts.some((t) => new RegExp(c.value, 'i').test(t))
  const words = c.value.split(/[\s,]+/).filter(Boolean).map(fold)
  if (words.length === 0) return false
  const bounded = (inner: string) => new RegExp(`(?<![\\p{L}\\p{N}])${inner}(?![\\p{L}\\p{N}])`, 'u')
  if (c.mode === 'phrase') {
    const re = bounded(fold(c.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escape).join('[^\\p{L}\\p{N}]+'))
    return texts.some((t) => re.test(fold(t)))
  }
  const partsOf = (w: string) => w.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escape).join('[^\\p{L}\\p{N}]+')
  return texts.some((t) => words.some((w) => partsOf(w) !== '' && bounded(partsOf(w)).test(fold(t))))
}

function naiveCondition(c: Condition, s: RuleSubject): boolean {
  switch (c.kind) {
    case 'feed':
      return c.feedIds.includes(s.feedId)
    case 'folder':
      return s.folder !== undefined && (s.folder === c.folder || s.folder.startsWith(c.folder + '/'))
    case 'text':
      return naiveText(c, s)
    case 'countries':
      return c.countries.some((x) => s.countries.includes(x))
    case 'topics':
      return c.topics.some((x) => s.topics.includes(x))
    case 'language':
      return c.languages.some((l) => (s.language ?? '').toLowerCase().split('-')[0] === l.toLowerCase())
    case 'outlet':
      return c.countries.some((x) => x === s.outletCountry)
  }
}

export function naiveMatches(r: Rule, s: RuleSubject): boolean {
  if (r.conditions.length === 0) return false
  return r.match === 'all' ? r.conditions.every((c) => naiveCondition(c, s)) : r.conditions.some((c) => naiveCondition(c, s))
}

/** The rules that apply to the subject, in run order, honouring "stop later rules". */
export function naiveApplying(rules: Rule[], s: RuleSubject): Rule[] {
  const out: Rule[] = []
  const ordered = rules.filter((r) => r.isEnabled).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
  for (const r of ordered) {
    if (!naiveMatches(r, s)) continue
    out.push(r)
    if (r.stopsLater) break
  }
  return out
}
