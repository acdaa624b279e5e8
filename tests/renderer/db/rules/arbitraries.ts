// Random articles and rules over a small vocabulary (accents, case, punctuation), for the rule property tests.
import fc from 'fast-check'
import type { Action, Condition, Rule } from '../../../../src/renderer/src/db/rules/types'

const WORDS = ['élan', 'Elan', 'café', 'CAFE', 'strike', 'strikes', 'oil', 'Oil-price', 'price', 'naïve', 'world cup']
const FEEDS = ['f1', 'f2', 'f3']
export const FOLDERS = ['News', 'News/Europe', 'Sport']
const COUNTRIES = ['FR', 'DE', 'US']
const TOPICS = ['politics', 'sport']
const LANGS = ['en', 'fr', 'en-GB', 'de']

const text = fc.array(fc.constantFrom(...WORDS, ',', '.', '—', 'the'), { maxLength: 8 }).map((w) => w.join(' '))

export const subjectArb = fc.record({
  feedId: fc.constantFrom(...FEEDS),
  folder: fc.option(fc.constantFrom(...FOLDERS), { nil: undefined }),
  title: text,
  summary: text,
  contentHtml: fc.option(text.map((t) => `<p>${t}</p><b>${t.split(' ').reverse().join(' ')}</b>`), { nil: undefined }),
  author: fc.option(fc.constantFrom('Anna Café', 'Bob Strike'), { nil: undefined }),
  countries: fc.subarray(COUNTRIES),
  topics: fc.subarray(TOPICS),
  language: fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
  outletCountry: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
})

const fields = fc.subarray(['title', 'summary', 'fullText', 'author'] as const, { minLength: 1 })
const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ kind: fc.constant('feed' as const), feedIds: fc.subarray(FEEDS) }),
  fc.record({ kind: fc.constant('folder' as const), folder: fc.constantFrom('News', 'Sport', 'Other') }),
  fc.record({ kind: fc.constant('text' as const), fields, mode: fc.constantFrom('words' as const, 'phrase' as const), value: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')) }),
  fc.record({ kind: fc.constant('text' as const), fields, mode: fc.constant('regex' as const), value: fc.constantFrom('stri?kes?', '^oil', 'caf[eé]', 'price$', 'e.an') }),
  fc.record({ kind: fc.constant('countries' as const), countries: fc.subarray(COUNTRIES, { minLength: 1 }) }),
  fc.record({ kind: fc.constant('topics' as const), topics: fc.subarray(TOPICS, { minLength: 1 }) }),
  fc.record({ kind: fc.constant('language' as const), languages: fc.subarray(['en', 'fr'], { minLength: 1 }) }),
  fc.record({ kind: fc.constant('outlet' as const), countries: fc.subarray(COUNTRIES, { minLength: 1 }) }),
) as fc.Arbitrary<Condition>

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ kind: 'hide' }, { kind: 'markRead' }, { kind: 'star' }, { kind: 'highlight' }, { kind: 'notify' }),
  fc.constantFrom('L1', 'L2').map((labelId): Action => ({ kind: 'label', labelId })),
)

export const ruleArb = (id: string): fc.Arbitrary<Rule> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(`rule ${id}`),
    order: fc.integer({ min: 1, max: 5 }),
    isEnabled: fc.boolean(),
    match: fc.constantFrom('all' as const, 'any' as const),
    conditions: fc.array(conditionArb, { maxLength: 3 }),
    actions: fc.array(actionArb, { minLength: 1, maxLength: 3 }),
    stopsLater: fc.boolean(),
  })

export const rulesArb = fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(`r${i}`))))
