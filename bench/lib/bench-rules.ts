// Fifty rules of the kinds a reader writes (issue 19's "50 active rules"), for bench/rules-bench.ts: 30 muted words
// (one of them a phrase of the synthetic library's vocabulary, so some articles are hidden), 10 text rules (words,
// phrases, regular expressions over title, summary, full text, author) and 10 on countries, topics, outlets,
// languages and feeds. Most match little, as real ones do.
import type { Rule } from '../../src/renderer/src/db/rules/types'

const MUTES = ['horoscope', 'celebrity', 'royals', 'kardashian', 'lottery', 'gossip', 'influencer', 'tiktok', 'reality show', 'recipe',
  'crossword', 'sudoku', 'fashion week', 'red carpet', 'box office', 'transfer rumour', 'fantasy football', 'astrology', 'zodiac', 'sponsored',
  'advertorial', 'giveaway', 'quiz', 'listicle', 'clickbait', 'paparazzi', 'tabloid', 'scandal sheet', 'storm court', 'podcast']

const rule = (i: number, r: Omit<Rule, 'id' | 'name' | 'order' | 'isEnabled'>): Rule => ({ id: `bench-rule-${String(i).padStart(2, '0')}`, name: `Bench rule ${i}`, order: i, isEnabled: true, ...r })

export function benchRules(): Rule[] {
  const mutes = MUTES.map((w, i) =>
    rule(i, { match: 'all', isMute: true, conditions: [{ kind: 'text', fields: ['title', 'summary'], mode: w.includes(' ') ? 'phrase' : 'words', value: w }], actions: [{ kind: 'hide' }] }),
  )
  const text: Rule[] = [
    rule(30, { match: 'all', conditions: [{ kind: 'text', fields: ['title'], mode: 'regex', value: '\\bsumm?it\\b.*\\bdeal\\b' }], actions: [{ kind: 'label', labelId: 'bench-summits' }] }),
    rule(31, { match: 'all', conditions: [{ kind: 'text', fields: ['summary'], mode: 'phrase', value: 'minister vote' }], actions: [{ kind: 'star' }] }),
    rule(32, { match: 'any', conditions: [{ kind: 'text', fields: ['fullText'], mode: 'words', value: 'ceasefire, truce' }], actions: [{ kind: 'notify' }] }),
    rule(33, { match: 'all', conditions: [{ kind: 'text', fields: ['author'], mode: 'words', value: 'Reuters' }], actions: [{ kind: 'label', labelId: 'bench-wires' }] }),
    rule(34, { match: 'all', conditions: [{ kind: 'text', fields: ['title', 'summary'], mode: 'regex', value: '(record|growth) (storm|strike)' }], actions: [{ kind: 'highlight' }] }),
    rule(35, { match: 'all', conditions: [{ kind: 'text', fields: ['title'], mode: 'words', value: 'earthquake tsunami eruption' }], actions: [{ kind: 'notify' }, { kind: 'star' }] }),
    rule(36, { match: 'all', conditions: [{ kind: 'text', fields: ['fullText'], mode: 'phrase', value: 'central bank raised' }], actions: [{ kind: 'label', labelId: 'bench-rates' }] }),
    rule(37, { match: 'all', conditions: [{ kind: 'text', fields: ['title', 'summary', 'fullText'], mode: 'regex', value: '^(opinion|comment|analysis):' }], actions: [{ kind: 'markRead' }] }),
    rule(38, { match: 'any', conditions: [{ kind: 'text', fields: ['title'], mode: 'words', value: 'election' }, { kind: 'text', fields: ['summary'], mode: 'words', value: 'ballot' }], actions: [{ kind: 'label', labelId: 'bench-elections' }] }),
    rule(39, { match: 'all', conditions: [{ kind: 'text', fields: ['title'], mode: 'phrase', value: 'border deal' }], actions: [{ kind: 'highlight' }] }),
  ]
  const structured: Rule[] = [
    rule(40, { match: 'all', conditions: [{ kind: 'countries', countries: ['SD'] }, { kind: 'topics', topics: ['politics'] }], actions: [{ kind: 'label', labelId: 'bench-sudan' }] }),
    rule(41, { match: 'all', conditions: [{ kind: 'outlet', countries: ['NG'] }], actions: [{ kind: 'highlight' }] }),
    rule(42, { match: 'all', conditions: [{ kind: 'language', languages: ['fr'] }], actions: [{ kind: 'markRead' }] }),
    rule(43, { match: 'all', conditions: [{ kind: 'feed', feedIds: ['bench-feed-7'] }, { kind: 'topics', topics: ['sport'] }], actions: [{ kind: 'markRead' }] }),
    rule(44, { match: 'all', conditions: [{ kind: 'folder', folder: 'Opinion' }], actions: [{ kind: 'label', labelId: 'bench-opinion' }] }),
    rule(45, { match: 'any', conditions: [{ kind: 'countries', countries: ['UA', 'RU'] }, { kind: 'topics', topics: ['conflict-war-peace'] }], actions: [{ kind: 'label', labelId: 'bench-war' }] }),
    rule(46, { match: 'all', conditions: [{ kind: 'topics', topics: ['weather'] }, { kind: 'outlet', countries: ['US'] }], actions: [{ kind: 'markRead' }] }),
    rule(47, { match: 'all', conditions: [{ kind: 'countries', countries: ['KE', 'ET'] }], actions: [{ kind: 'notify' }] }),
    rule(48, { match: 'all', conditions: [{ kind: 'topics', topics: ['health'] }, { kind: 'text', fields: ['title'], mode: 'words', value: 'vaccine outbreak' }], actions: [{ kind: 'star' }] }),
    rule(49, { match: 'all', conditions: [{ kind: 'outlet', countries: ['CN'] }, { kind: 'countries', countries: ['TW'] }], actions: [{ kind: 'label', labelId: 'bench-strait' }] }),
  ]
  return [...mutes, ...text, ...structured]
}
