// Finds the gazetteer's places, seats and leaders in a lead (gazetteer.ts), whatever its script: Latin and
// Cyrillic names written with a capital (Russian ones declined: в Одессе, Москвы), Arabic ones behind their
// clitics (بالقاهرة), Han and kana ones anywhere in the text, Japanese and traditional characters simplified.
import { gazetteer } from './gazetteer'
import { simplifyHan } from './han'
import { fold } from './names'

export interface FoundPlaces {
  /** Entity ids, one per entity. */
  ids: string[]
  /** The words and CJK spellings matched: their name keys are the same evidence again. */
  words: string[]
}

/** Letters of the scripts whose words are separated by spaces. */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{M}]+/gu
const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u
/** Clitics before an Arabic name: and, in/with, for, so; with or without the article after them. */
const ARABIC_CLITIC = /^(?:وال|بال|فال|لل|ال|و|ب|ل|ف)/
/** Russian case endings are at most three letters past the stem (Одесс-а, Одесс-ой, Петербург-ом). */
const MAX_CYRILLIC_ENDING = 3

interface Token {
  raw: string
  folded: string
}

export function findPlaces(text: string): FoundPlaces {
  const ids = new Set<string>()
  const words: string[] = []
  findSpaced(text, ids, words)
  findCjk(simplifyHan(text), ids, words)
  return { ids: [...ids], words }
}

function findSpaced(text: string, ids: Set<string>, words: string[]): void {
  const g = gazetteer()
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({ raw: m[0], folded: fold(m[0]) }))
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].raw
    const isArabic = ARABIC.test(first)
    // Latin and Cyrillic names are capitalised: "nice weather" and "la paz social" name no place.
    if (!isArabic && first[0] === first[0].toLowerCase()) continue
    for (let n = Math.min(g.maxWords, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n)
      const id = lookup(span.map((t) => t.folded), isArabic)
      if (!id) continue
      ids.add(id)
      for (const t of span) words.push(t.raw)
      i += n - 1
      break
    }
  }
}

/** The id of a phrase as written, with an Arabic clitic or a Russian ending taken off when needed. */
function lookup(folded: string[], isArabic: boolean): string | undefined {
  const phrases = gazetteer().phrases
  const phrase = folded.join(' ')
  const exact = phrases.get(phrase)
  if (exact) return exact
  if (isArabic) {
    const bare = phrase.replace(ARABIC_CLITIC, '')
    return bare !== phrase ? phrases.get(bare) : undefined
  }
  const last = folded[folded.length - 1]
  if (!CYRILLIC.test(last)) return undefined
  // A declined form: its stem followed by the lemma's last vowel or soft sign, or by nothing (Кёльн-е).
  for (let cut = 1; cut <= MAX_CYRILLIC_ENDING && last.length - cut >= 3; cut++) {
    const stem = phrase.slice(0, phrase.length - cut)
    const id = phrases.get(stem) ?? phrases.get(`${stem}а`) ?? phrases.get(`${stem}я`) ?? phrases.get(`${stem}ь`) ??
      phrases.get(`${stem}и`) ?? phrases.get(`${stem}о`)
    if (id) return id
  }
  return undefined
}

function findCjk(text: string, ids: Set<string>, words: string[]): void {
  const cjk = gazetteer().cjk
  for (let i = 0; i + 1 < text.length; i++) {
    const candidates = cjk.get(text.slice(i, i + 2))
    if (!candidates) continue
    let best: [string, string] | undefined
    for (const c of candidates) if (text.startsWith(c[0], i) && (!best || c[0].length > best[0].length)) best = c
    if (!best) continue
    ids.add(best[1])
    words.push(best[0])
    i += best[0].length - 1
  }
}
