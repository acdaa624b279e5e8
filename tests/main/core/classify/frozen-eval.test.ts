// Tagging quality on the frozen set (tests/fixtures/classify/frozen, issue 14): prints the per-language table
// beside the issue's targets, says which targets are met, and fails below the first-look floors.
// The set was written and committed before any classifier ran on it and is never edited or tuned on;
// its hash is pinned below so an edit cannot slip through. Aggregates only: no article is ever named here.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { TOPICS } from '../../../../src/shared/model'
import { evaluateFrozenSet, FROZEN_SET, loadFrozenSet } from '../../../helpers/tag-eval-run'
import { EVAL_LANGUAGES, ISSUE_TARGETS, languageTable, targetTable, TRAP_KINDS, trapTable } from '../../../helpers/tag-eval-report'

const isoCountries = createRequire(__filename)('i18n-iso-countries') as { isValid(code: string): boolean }

/** sha256 of articles.jsonl as frozen in commit db34971. Never update it to make the test pass. */
const FROZEN_SHA256 = '3986867cc1bcc032db722df219f61f6c5bb96db61ffd1c63f89a03f03c360e48'

/** The issue's targets (issue 14, "How it is measured"). */
const TARGETS = ISSUE_TARGETS

/**
 * Regression floors; raise to TARGETS when the classifier meets them. Never tuned on: they follow the figures the
 * classifier reached, after the fact (first look 2026-12-06 20:44 UTC, classifier of main 223fd46, set db34971).
 */
const FLOORS = {
  // Raised after classifier v4 (commit 5437ee8) to its figures rounded down to 0.05: a regression guard only; the
  // first-look floors were en 0.7, ru 0.6, zh 0.7, fr 0.65, es 0.6, de 0.65, ar 0.65, pt 0.7, it 0.75, ja 0.5, lowest
  // 0.5, mentions 0.75, topics 0.7. Classifier v5 (commit 2abc5dd) raised German to its 0.909; every other language
  // stayed within its v4 band. Classifier v6 (commit d5f50c6: en 0.907 ru 0.892 zh 0.892 fr 0.906 es 0.870 de 0.925
  // ar 0.904 pt 0.813 it 0.789 ja 0.817) raised Arabic to its band. Classifier v7's topic rules (commits c0fed72 and
  // f10dabd: topics 0.810 -> 0.812 -> 0.814) stay in the 0.80 band.
  // Classifier v8 (learned about decision, commit d2ac4fe, one run): about P 0.901 R 0.876 F1 0.888 (v7 0.879); en
  // 0.897 ru 0.914 zh 0.892 fr 0.933 es 0.896 de 0.909 ar 0.889 pt 0.820 it 0.870 ja 0.836. It raised ru to 0.9, it to
  // 0.85 and the lowest language to 0.8, and LOWERED en and ar from 0.9 to 0.85, openly: the model wins the set and
  // six languages but loses en (0.907 -> 0.897), de (0.925 -> 0.909) and ar (0.904 -> 0.889). Setting
  // USE_ABOUT_MODEL to false in about-model.ts (and regenerating the golden verdicts) restores version 7's decision.
  // Classifier v9 (institutions, commit a7cac5c): en 0.897 ar 0.889 it 0.857 ja 0.866, the rest as v8. The lowered
  // en and ar floors sit at v9's figures rounded down (0.89, 0.88), not a band lower, so a further loss still fails.
  // Classifier v10 (re-trained about model, lexicon and passing roles, commit 079a931, one run): about P 0.906 R 0.888
  // F1 0.897 (v9 0.890); en 0.905 ru 0.930 zh 0.892 fr 0.949 es 0.896 de 0.909 ar 0.901 pt 0.852 it 0.857 ja 0.848.
  // Every floor rises to its v10 figure rounded down to 0.01, ru and fr to their 0.92 target; ja (0.866 -> 0.848, a
  // loss) rises from 0.8 to 0.84 only.
  // Classifier v11 (re-trained on 3,174 leads, commit after ced865d, one run): about P 0.914 R 0.885 F1 0.900; en
  // 0.912 ru 0.943 zh 0.906 fr 0.983 es 0.896 de 0.909 ar 0.853 pt 0.852 it 0.886 ja 0.818. en, zh and it rise to
  // their figures rounded down; ar (0.901 -> 0.853) and ja (0.848 -> 0.818) LOSE, and their floors and the lowest
  // language's are LOWERED to those figures rounded down, openly: v11 was chosen by dev cross-validation (about
  // 0.921 -> 0.925 on 3,174 leads, ja +0.015, ar equal), and on the fresh held-out set heldout13 it gains (about
  // 0.904 -> 0.916, ar 0.841 -> 0.841, ja 0.841 -> 0.836); on the frozen set the two losses are 2-3 codes of 26
  // articles each. Keeping v10 for them would be choosing by the frozen set, which is tuning on it.
  // Topics v11 (re-trained on main, commit b6253d2): 0.803 -> 0.811, the floor rises to 0.81.
  // Topics v12 (tagtopic2, commit ff80b23, one run): 0.813, rounded down still 0.81.
  // Topics v13 (tagtopic3, commit 67c6613, one run): P 0.865 R 0.768 F1 0.814, rounded down still 0.81.
  // Classifier v12 (session 14: combos, namesakes by the kind of place, Arabic and Japanese evidence, one run at the
  // end): about P 0.928 R 0.899 F1 0.913; en 0.916 ru 0.957 zh 0.906 fr 0.983 es 0.909 de 0.909 ar 0.939 pt 0.852
  // it 0.886 ja 0.870 (0.8696); mentions recall 0.984, topics 0.811. es, ja and the lowest language rise to their
  // figures rounded down; ru, fr and ar to their 0.92 target (a floor never exceeds its target); none is lowered.
  // Classifier v13 (tagabout3, re-trained on 23 sets with new features and lexicon, commit a79b6d2, one run at the
  // end): about P 0.931 R 0.885 F1 0.908 (v12 0.913); en 0.919 ru 0.941 zh 0.906 fr 0.983 es 0.892 de 0.892 ar 0.939
  // pt 0.852 it 0.886 ja 0.836; mentions recall 0.984, topics 0.813. It LOSES es (0.909), de (0.909), ja (0.870) and
  // ru (0.957, above its target): es, de, ja and the lowest language fail their floors, which were NOT lowered (the
  // lead decides with the held-out set); no floor rises (en 0.919 rounds down to its 0.91).
  // Shipped v13 (both layers re-trained on main with all 26 dev sets, commit 79dd302, one run): about P 0.938 R 0.881
  // F1 0.908; en 0.918 ru 0.957 zh 0.906 fr 0.983 es 0.875 de 0.892 ar 0.939 pt 0.852 it 0.899 ja 0.836; topics 0.814.
  // Chosen by dev CV, as in session 13 (23 sets, same folds: v12's code re-trained 0.923, v13 0.929); the fresh
  // held-out set heldout15 agrees (about 0.918 -> 0.922, topics 0.824 -> 0.827). The frozen losses are 1-2 codes of
  // 26-28 articles each, so es, de, ja and the lowest language were LOWERED openly to v13's figures rounded down
  // (keeping v12 for them would be choosing by the frozen set); it rises to 0.89.
  // Shipped v14 (session 16: tagabout4's places, bodies, clubs and finals, tagtopic4's phrases and topic mentions;
  // both layers re-trained on main with 29 dev sets, commit ce476c1, one run): about P 0.938 R 0.881 F1 0.908; en
  // 0.918 ru 0.941 zh 0.889 fr 0.983 es 0.875 de 0.892 ar 0.939 pt 0.852 it 0.912 ja 0.853; topics 0.817. Chosen by
  // dev CV (29 sets, same folds: v13's code re-trained 0.918 -> 0.930, zh 0.910 -> 0.923; topics 0.857 -> 0.861); the
  // fresh held-out set heldout16 agrees overall (about 0.907 -> 0.917, topics 0.793 -> 0.797) but also loses zh
  // (0.903 -> 0.889). zh LOSES 0.906 -> 0.889 here (one or two codes of 25 articles), so its floor is LOWERED openly
  // to 0.88 (keeping v13 for zh would be choosing by the frozen set); it, ja and the lowest language rise to v14's
  // figures rounded down.
  // Shipped v15 (session 17: tagabout5's people named after countries, prizes, home places and bodies; tagtopic5's
  // ru/de/ja phrases; a title's discussed country; both layers re-trained on main with 32 dev sets, commit 2bd6f74,
  // one run): about P 0.929 R 0.881 F1 0.904; en 0.908 ru 0.971 zh 0.889 fr 0.967 es 0.862 de 0.892 ar 0.923 pt 0.852
  // it 0.912 ja 0.853; mentions recall 0.984; topics 0.822. Chosen by dev CV (32 sets, same folds: v14's code
  // re-trained 0.927 -> 0.9395; topics 0.8536 -> 0.8557); the fresh held-out set heldout17 agrees overall (about
  // 0.897 -> 0.908, topics 0.788 -> 0.792) but, like this set, loses English (0.939 -> 0.909). en (0.918 -> 0.908)
  // and es (0.875 -> 0.862) are LOWERED openly to v15's figures rounded down (keeping v14 for them would be choosing
  // by the frozen set); topics rises to 0.82.
  // Shipped v16 (session 18: tagabout6's awards as a country's verb, joined title sides, other states' bodies;
  // tagtopic6's fr/ru/pt phrases, topic weights re-trained on 35 sets; about weights kept from v15, commit 6b71506,
  // one run): about identical to v15 in every language (F1 0.904); mentions recall 0.984; topics 0.821. CV on 35 sets
  // (about 0.9372 -> 0.9381, topics 0.8504 -> 0.8528); the fresh held-out set heldout18 is unchanged for about
  // (0.932) and topics (0.823). No floor moves.
  aboutF1: { en: 0.9, ru: 0.92, zh: 0.88, fr: 0.92, es: 0.86, de: 0.89, ar: 0.92, pt: 0.85, it: 0.91, ja: 0.85 },
  aboutF1NoLanguageBelow: 0.85,
  mentionsRecall: 0.9, // the target itself: v4 meets it (0.981)
  topicsF1: 0.82,
} as const

const records = loadFrozenSet()
const result = evaluateFrozenSet(records)

describe('frozen tagging set', () => {
  it('is the set as frozen: unchanged bytes, sizes and label rules from its GUIDELINES', () => {
    expect(createHash('sha256').update(readFileSync(FROZEN_SET)).digest('hex')).toBe(FROZEN_SHA256)
    const perLanguage = new Map(EVAL_LANGUAGES.map((l) => [l, records.filter((r) => r.lang === l).length]))
    expect(records.length).toBeGreaterThanOrEqual(320)
    expect(perLanguage.get('en')).toBeGreaterThanOrEqual(110)
    for (const l of EVAL_LANGUAGES.filter((x) => x !== 'en')) expect(perLanguage.get(l)).toBeGreaterThanOrEqual(22)
    expect(records.length - perLanguage.get('en')!).toBeGreaterThanOrEqual(150)
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
    for (const r of records) {
      expect(r.about.length).toBeGreaterThanOrEqual(1)
      expect(r.about.length).toBeLessThanOrEqual(4)
      expect([...r.about, ...r.mentions].every((c) => isoCountries.isValid(c))).toBe(true)
      expect(r.about.filter((c) => r.mentions.includes(c))).toEqual([])
      expect(r.topics.length).toBeGreaterThanOrEqual(1)
      expect(r.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true)
      expect(r.traps.every((t) => (TRAP_KINDS as readonly string[]).includes(t.kind))).toBe(true)
    }
    for (const kind of TRAP_KINDS) expect(records.some((r) => r.traps.some((t) => t.kind === kind))).toBe(true)
  })

  it('prints per-language figures beside the targets and stays above the first-look floors', () => {
    console.log([
      `frozen tagging set, ${result.articles} articles:`, languageTable(result.byLanguage), '',
      'issue targets:', targetTable(result.targets), '', trapTable(result.traps),
    ].join('\n'))
    const by = result.byLanguage
    for (const lang of EVAL_LANGUAGES) expect(by.get(lang)!.about.f1, `about F1 ${lang}`).toBeGreaterThanOrEqual(FLOORS.aboutF1[lang])
    const lowest = Math.min(...EVAL_LANGUAGES.map((l) => by.get(l)!.about.f1))
    expect(lowest).toBeGreaterThanOrEqual(FLOORS.aboutF1NoLanguageBelow)
    expect(by.get('all')!.mentionsRecall).toBeGreaterThanOrEqual(FLOORS.mentionsRecall)
    expect(by.get('all')!.topics.f1).toBeGreaterThanOrEqual(FLOORS.topicsF1)
  })

  it('keeps every floor at or below its target, so raising floors leads to the targets', () => {
    for (const lang of EVAL_LANGUAGES) {
      const target = lang === 'en' ? TARGETS.aboutF1English : TARGETS.aboutF1EachOtherLanguage
      expect(FLOORS.aboutF1[lang]).toBeLessThanOrEqual(target)
    }
    expect(FLOORS.aboutF1NoLanguageBelow).toBeLessThanOrEqual(TARGETS.aboutF1NoLanguageBelow)
    expect(FLOORS.mentionsRecall).toBeLessThanOrEqual(TARGETS.mentionsRecall)
    expect(FLOORS.topicsF1).toBeLessThanOrEqual(TARGETS.topicsF1)
    expect(result.targets.map((t) => t.metric)).toContain('topics F1, all')
  })
})
