// Topic quality on the development sets, language by language (issue 14). Guards against regressions while tuning;
// the quality figure that counts is the frozen set's (frozen-eval.test.ts, bench/classify-eval.ts).
//   dev-topics (260 leads, 26 per language, written for the topic work before any rule change, tuned on since):
//     first look with classifier version 4: topics P 0.928 R 0.905 F1 0.916 (en 0.889, ru 0.903, zh 0.935,
//     fr 0.921, es 0.921, de 0.871, ar 0.951, pt 0.892, it 0.918, ja 0.967). Each lead has a `hard` note when
//     it holds an ambiguous topic word (union, director, team, court, race, match, 代表, فريق, squadra ...).
//   dev-topics-fresh (202 leads, 20+ per language, new events, labelled by frozen/GUIDELINES.md, written before
//     the version-6 rules): odd ids are the tuning half, even ids the check half, read only to check.
//     First look with classifier v5: P 0.887 R 0.843 F1 0.864 (tune 0.856, check 0.872).
//     Version 6: tune 0.889, check 0.880 (all P 0.894 R 0.875 F1 0.884). Version 7: tune 0.893, check 0.875.
//   dev-topics-fresh2 (150 leads, 15 per language, new events, labelled by frozen/GUIDELINES.md, written before the
//     version-7 rules and looked at twice, never tuned on): first look (version 6) P 0.910 R 0.915 F1 0.913;
//     version 7 P 0.919 R 0.919 F1 0.919 (0.917 without one fix whose word the first look had shown).
//   dev-topics-fresh3 (108 leads: 12 each in en es it pt fr de ru ar, 6 in zh ja; new events, labelled by
//     frozen/GUIDELINES.md, written before the second-round topic rules, looked at only at the start and the end):
//     first look (version 7, after replacing 14 leads that retold older dev events) P 0.840 R 0.834 F1 0.837;
//     second round (still CLASSIFIER_VERSION 7) P 0.841 R 0.841 F1 0.841.
import { describe, expect, it } from 'vitest'
import { TOPICS } from '../../../../src/shared/model'
import { formatTable, loadRows, scoreRows } from './dev-scores'
import { loadHalf, reportTopics } from './topic-scores'

const LANGUAGES = ['en', 'ru', 'zh', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ja']
const DEV_SETS = ['dev-topics.jsonl', 'dev-tiers.jsonl', 'dev-general.jsonl', 'dev-precision.jsonl', 'eval-dev.jsonl',
  'eval-heldout.jsonl', 'eval-tuning.jsonl']

describe('topic development set', () => {
  const rows = loadRows('dev-topics.jsonl')

  it('has 25 or more leads of 60-150 words (Chinese and Japanese: 100+ characters) per language, every topic', () => {
    for (const lang of LANGUAGES) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(25)
    expect(new Set(rows.flatMap((r) => r.topics))).toEqual(new Set(TOPICS))
    for (const r of rows) {
      expect(r.topics.length).toBeGreaterThanOrEqual(1)
      expect(r.topics.length).toBeLessThanOrEqual(3)
      const text = `${r.title} ${r.summary}`
      const size = r.lang === 'zh' || r.lang === 'ja' ? text.length / 1.5 : text.split(/\s+/).length
      expect(size, r.title).toBeGreaterThanOrEqual(60)
      expect(size, r.title).toBeLessThanOrEqual(150)
    }
  })

  it('keeps topic F1 per language on dev-topics', () => {
    const scores = scoreRows(rows)
    console.log(formatTable('dev-topics (topics)', scores))
    const failures = scores.filter((s) => s.topics.f1 < (s.lang === 'all' ? 0.93 : 0.87))
      .map((s) => `${s.lang}: topics F1 ${s.topics.f1.toFixed(3)}`)
    expect(failures).toEqual([])
  })

  it('gives nearly every lead of the seven development sets a topic, in every language', () => {
    const report = reportTopics(DEV_SETS.flatMap((name) => loadRows(name)))
    const failures = report.languages.filter((l) => l.empty / l.rows > 0.03).map((l) => `${l.lang}: ${l.empty} of ${l.rows} without a topic`)
    expect(failures).toEqual([])
    expect(report.languages.find((l) => l.lang === 'all')!.f1).toBeGreaterThanOrEqual(0.89)
  })
})

describe('fresh topic development set', () => {
  const rows = loadHalf('dev-topics-fresh.jsonl') as Array<ReturnType<typeof loadHalf>[number] & { id: string }>

  it('has 20 or more leads per language with one to three topics, every topic, unique ids', () => {
    for (const lang of LANGUAGES) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(20)
    expect(new Set(rows.flatMap((r) => r.topics))).toEqual(new Set(TOPICS))
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) {
      expect(r.id.startsWith(`${r.lang}-f`), r.id).toBe(true)
      expect(r.topics.length).toBeGreaterThanOrEqual(1)
      expect(r.topics.length).toBeLessThanOrEqual(3)
      expect(r.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true)
    }
  })

  it('keeps topic F1 on both halves', () => {
    for (const [half, floor] of [['tune', 0.85], ['check', 0.85]] as const) {
      const scores = scoreRows(loadHalf(`dev-topics-fresh.jsonl:${half}`))
      console.log(formatTable(`dev-topics-fresh, ${half} half (topics)`, scores))
      expect(scores.find((s) => s.lang === 'all')!.topics.f1, half).toBeGreaterThanOrEqual(floor)
    }
  })
})

describe('second fresh topic set (held out, version 7)', () => {
  const rows = loadRows('dev-topics-fresh2.jsonl') as Array<ReturnType<typeof loadRows>[number] & { id: string }>

  it('has 15 leads of 60-150 words per language with one to three topics and unique ids', () => {
    for (const lang of LANGUAGES) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(15)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) {
      expect(r.id.startsWith(`${r.lang}-g`), r.id).toBe(true)
      expect(r.topics.length).toBeGreaterThanOrEqual(1)
      expect(r.topics.length).toBeLessThanOrEqual(3)
      expect(r.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true)
      const text = `${r.title} ${r.summary}`
      const size = r.lang === 'zh' || r.lang === 'ja' ? text.length / 1.5 : text.split(/\s+/).length
      expect(size, r.id).toBeGreaterThanOrEqual(60)
      expect(size, r.id).toBeLessThanOrEqual(150)
    }
  })

  it('keeps topic F1 at 0.90 or more, and 0.85 or more in every language', () => {
    const scores = scoreRows(rows)
    console.log(formatTable('dev-topics-fresh2 (topics)', scores))
    const failures = scores.filter((s) => s.topics.f1 < (s.lang === 'all' ? 0.9 : 0.85))
      .map((s) => `${s.lang}: topics F1 ${s.topics.f1.toFixed(3)}`)
    expect(failures).toEqual([])
  })
})

describe('third fresh topic set (held out, second round)', () => {
  const rows = loadRows('dev-topics-fresh3.jsonl') as Array<ReturnType<typeof loadRows>[number] & { id: string }>
  const WEAKEST = ['en', 'es', 'it', 'pt', 'fr', 'de', 'ru', 'ar']

  it('has 12 leads per weak language and 6 in zh and ja, each with one to three topics and a unique id', () => {
    for (const lang of LANGUAGES) {
      expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(WEAKEST.includes(lang) ? 12 : 6)
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) {
      expect(r.id.startsWith(`${r.lang}-t`), r.id).toBe(true)
      expect(r.topics.length).toBeGreaterThanOrEqual(1)
      expect(r.topics.length).toBeLessThanOrEqual(3)
      expect(r.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true)
      const text = `${r.title} ${r.summary}`
      const size = r.lang === 'zh' || r.lang === 'ja' ? text.length / 1.5 : text.split(/\s+/).length
      expect(size, r.id).toBeGreaterThanOrEqual(40)
      expect(size, r.id).toBeLessThanOrEqual(150)
    }
  })

  it('keeps topic F1 at 0.82 or more, and 0.72 or more in every language', () => {
    const scores = scoreRows(rows)
    console.log(formatTable('dev-topics-fresh3 (topics)', scores))
    const failures = scores.filter((s) => s.topics.f1 < (s.lang === 'all' ? 0.82 : 0.72))
      .map((s) => `${s.lang}: topics F1 ${s.topics.f1.toFixed(3)}`)
    expect(failures).toEqual([])
  })
})
