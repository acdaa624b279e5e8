import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileRule, compileRules, matchesRule, outcomeOf, type RuleSubject } from '../../../../src/renderer/src/db/rules/match'
import type { Rule } from '../../../../src/renderer/src/db/rules/types'
import { checkRule, InvalidRuleError } from '../../../../src/renderer/src/db/rules/types'
import { rulesArb, ruleArb, subjectArb } from './arbitraries'
import { naiveApplying, naiveMatches } from './oracle'

const subject = (over: Partial<RuleSubject> = {}): RuleSubject => ({ feedId: 'f1', title: '', summary: '', countries: [], topics: [], ...over })
const rule = (over: Partial<Rule>): Rule => ({ id: 'r', name: 'r', order: 1, isEnabled: true, match: 'all', conditions: [], actions: [{ kind: 'hide' }], ...over })
const words = (value: string, mode: 'words' | 'phrase' | 'regex' = 'words', fields: ('title' | 'summary' | 'fullText' | 'author')[] = ['title']) =>
  rule({ conditions: [{ kind: 'text', fields, mode, value }] })
const hit = (r: Rule, s: RuleSubject) => matchesRule(compileRule(r), s)

describe('rule matching', () => {
  it('matches whole words, case- and accent-insensitively', () => {
    expect(hit(words('cafe'), subject({ title: 'Le Café du coin' }))).toBe(true)
    expect(hit(words('strike'), subject({ title: 'Strikes spread' }))).toBe(false)
    expect(hit(words('strike, oil'), subject({ title: 'OIL prices' }))).toBe(true)
  })

  it('matches a phrase only as consecutive words', () => {
    expect(hit(words('world cup', 'phrase'), subject({ title: 'The World-Cup final' }))).toBe(true)
    expect(hit(words('world cup', 'phrase'), subject({ title: 'Cup of the world' }))).toBe(false)
  })

  it('finds words in scripts written without spaces by substring', () => {
    expect(hit(words('習近平'), subject({ title: '習近平会见外国领导人' }))).toBe(true)
  })

  it('looks in the chosen fields only: full text is the feed content without its markup', () => {
    const s = subject({ title: 'Markets', contentHtml: '<p>The <b>oil</b> price rose</p>', author: 'Jane Oil' })
    expect(hit(words('oil', 'words', ['title']), s)).toBe(false)
    expect(hit(words('oil price', 'phrase', ['fullText']), s)).toBe(true)
    expect(hit(words('b', 'words', ['fullText']), s)).toBe(false)
    expect(hit(words('jane', 'words', ['author']), s)).toBe(true)
  })

  it('combines conditions with all or any', () => {
    const conditions: Rule['conditions'] = [{ kind: 'countries', countries: ['FR'] }, { kind: 'topics', topics: ['sport'] }]
    const s = subject({ countries: ['FR'], topics: ['politics'] })
    expect(hit(rule({ match: 'all', conditions }), s)).toBe(false)
    expect(hit(rule({ match: 'any', conditions }), s)).toBe(true)
  })

  it('never matches with no conditions, so an empty rule hides nothing', () => {
    expect(hit(rule({ conditions: [] }), subject({ title: 'anything' }))).toBe(false)
  })

  it('matches language by its primary subtag and a folder with its subfolders', () => {
    expect(hit(rule({ conditions: [{ kind: 'language', languages: ['en'] }] }), subject({ language: 'en-GB' }))).toBe(true)
    expect(hit(rule({ conditions: [{ kind: 'folder', folder: 'News' }] }), subject({ folder: 'News/Europe' }))).toBe(true)
    expect(hit(rule({ conditions: [{ kind: 'folder', folder: 'News' }] }), subject({ folder: 'Newsletters' }))).toBe(false)
  })

  it('runs rules in order and stops after a rule that says so', () => {
    const a = rule({ id: 'a', order: 2, conditions: [{ kind: 'feed', feedIds: ['f1'] }], actions: [{ kind: 'star' }] })
    const b = rule({ id: 'b', order: 1, conditions: [{ kind: 'feed', feedIds: ['f1'] }], actions: [{ kind: 'label', labelId: 'L' }], stopsLater: true })
    const o = outcomeOf(compileRules([a, b]), subject())
    expect(o.matched).toEqual(['b'])
    expect(o.labels).toEqual(['L'])
    expect(o.star).toBe(false)
  })
})

describe('regular expressions', () => {
  it('are case-insensitive and unanchored', () => {
    expect(hit(words('strikes?\\b', 'regex'), subject({ title: 'General STRIKE called' }))).toBe(true)
  })

  it('a catastrophic pattern on a long hostile text returns (RE2 is linear-time)', () => {
    const hostile = `${'a'.repeat(50_000)}!`
    expect(hit(words('(a+)+$', 'regex'), subject({ title: hostile }))).toBe(false)
    expect(hit(words('(a|aa)*b', 'regex'), subject({ title: hostile }))).toBe(false)
  })

  it('reports what RE2 cannot run, and over-long patterns, instead of matching', () => {
    expect(compileRule(words('(?=x)y', 'regex')).errors[0]).toMatch(/Not a usable pattern/)
    expect(compileRule(words('(a)\\1', 'regex')).errors.length).toBe(1)
    expect(compileRule(words('a'.repeat(301), 'regex')).errors[0]).toMatch(/at most 300/)
    expect(hit(words('(?=x)y', 'regex'), subject({ title: 'xy' }))).toBe(false)
  })
})

describe('rule validation', () => {
  it('refuses malformed rules', () => {
    expect(() => checkRule(rule({ match: 'some' as never }))).toThrow(InvalidRuleError)
    expect(() => checkRule(rule({ conditions: [{ kind: 'text', fields: [], mode: 'words', value: 'x' }] }))).toThrow(/fields/)
    expect(() => checkRule(rule({ actions: [{ kind: 'explode' } as never] }))).toThrow(InvalidRuleError)
    expect(checkRule(rule({ conditions: [{ kind: 'feed', feedIds: ['a'] }] })).id).toBe('r')
  })

  it('leaves a malformed stored rule out instead of failing every article', () => {
    const broken = rule({ id: 'bad', conditions: [{ kind: 'mystery' } as never] })
    const good = rule({ id: 'good', conditions: [{ kind: 'feed', feedIds: ['f1'] }] })
    expect(outcomeOf(compileRules([broken, good]), subject()).matched).toEqual(['good'])
  })
})

describe('against a naive oracle', () => {
  it('one rule matches exactly when the naive matcher says so', () => {
    fc.assert(fc.property(ruleArb('x'), subjectArb, (r, s) => {
      expect(matchesRule(compileRule(r), s)).toBe(naiveMatches(r, s))
    }), { numRuns: 2000 })
  })

  it('a rule set gives the actions of the rules the oracle applies, in order', () => {
    fc.assert(fc.property(rulesArb, subjectArb, (rules, s) => {
      const o = outcomeOf(compileRules(rules), s)
      const applying = naiveApplying(rules, s)
      const actions = applying.flatMap((r) => r.actions)
      expect(o.matched).toEqual(applying.map((r) => r.id))
      expect(o.hide).toBe(actions.some((a) => a.kind === 'hide'))
      expect(o.star).toBe(actions.some((a) => a.kind === 'star'))
      expect(o.markRead).toBe(actions.some((a) => a.kind === 'markRead'))
      expect(o.highlight).toBe(actions.some((a) => a.kind === 'highlight'))
      expect(new Set(o.labels)).toEqual(new Set(actions.flatMap((a) => (a.kind === 'label' ? [a.labelId] : []))))
      expect(o.notify.map((n) => n.ruleId)).toEqual(applying.filter((r) => r.actions.some((a) => a.kind === 'notify')).flatMap((r) => r.actions.filter((a) => a.kind === 'notify').map(() => r.id)))
    }), { numRuns: 1000 })
  })
})
