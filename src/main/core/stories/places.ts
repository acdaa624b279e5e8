// Finds the gazetteer's places, seats and leaders in a lead (gazetteer.ts), whatever its script: Latin and
// Cyrillic names written with a capital (Russian ones declined: в Одессе, Москвы), Arabic ones behind their
// clitics (بالقاهرة), Han and kana ones anywhere in the text, Japanese and traditional characters simplified.
import { gazetteer } from './gazetteer'
import { simplifyHan } from './han'
import { fold } from './names'

export interface FoundPlaces {
  /** Entity ids, one per entity. */
  ids: string[]
  /** The words or CJK spelling each entity was found by: their name keys may match as names already. */
  words: Map<string, string[]>
}

/** Letters of the scripts whose words are separated by spaces. */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{M}]+/gu
const CYRILLIC = /\p{Script=Cyrillic}/u
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/
const ARABIC = /\p{Script=Arabic}/u
/** Clitics before an Arabic name: and, in/with, for, so; with or without the article after them. */
const ARABIC_CLITIC = /^(?:وال|بال|فال|لل|ال|و|ب|ل|ف)/
/** Russian case endings are at most three letters past the stem (Одесс-а, Одесс-ой, Петербург-ом). */
const MAX_CYRILLIC_ENDING = 3

export function findPlaces(text: string): FoundPlaces {
  const ids = new Set<string>()
  const words = new Map<string, string[]>()
  findSpaced(text, ids, words)
  if (HAS_CJK.test(text)) findCjk(simplifyHan(text), ids, words)
  return { ids: [...ids], words }
}

function findSpaced(text: string, ids: Set<string>, words: Map<string, string[]>): void {
  const g = gazetteer()
  const raw = text.match(WORD) ?? []
  // Folding is the costly part: only words that may start or continue a name are folded, once.
  const folded: Array<string | undefined> = []
  const foldAt = (k: number): string => (folded[k] ??= foldWord(raw[k]))
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]
    // Most words start with a-z: neither Arabic nor capitalised, skipped before any regex.
    const c = first.charCodeAt(0)
    if (c >= 0x61 && c <= 0x7a) continue
    const isArabic = ARABIC.test(first[0])
    // Latin and Cyrillic names are capitalised: "nice weather" and "la paz social" name no place.
    if (!isArabic && first[0] === first[0].toLowerCase()) continue
    const head = foldAt(i)
    const most = g.firstWords.get(head) ?? (isArabic ? g.firstWords.get(head.replace(ARABIC_CLITIC, '')) : undefined)
    // A word that starts no phrase may still be a declined Russian name (Одессе).
    if (most === undefined && !CYRILLIC.test(first[0])) continue
    for (let n = Math.min(most ?? 1, raw.length - i); n >= 1; n--) {
      const span: string[] = []
      for (let k = i; k < i + n; k++) span.push(foldAt(k))
      const id = lookup(span, isArabic)
      if (!id) continue
      ids.add(id)
      note(words, id, raw.slice(i, i + n))
      i += n - 1
      break
    }
  }
}

/** Folded words seen before: names recur from lead to lead, and folding takes a Unicode normalisation. */
const foldCache = new Map<string, string>()
const FOLD_CACHE_SIZE = 50_000

function foldWord(word: string): string {
  let folded = foldCache.get(word)
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear()
    folded = fold(word)
    foldCache.set(word, folded)
  }
  return folded
}

/** The id of a phrase as written, with an Arabic clitic or a Russian ending taken off when needed. */
function lookup(folded: string[], isArabic: boolean): string | undefined {
  const { phrases, stems } = gazetteer()
  const phrase = folded.join(' ')
  const exact = phrases.get(phrase)
  if (exact) return exact
  if (isArabic) {
    const bare = phrase.replace(ARABIC_CLITIC, '')
    return bare !== phrase ? phrases.get(bare) : undefined
  }
  const last = folded[folded.length - 1]
  if (!CYRILLIC.test(last)) return undefined
  // A declined form: the stem of a phrase (Одесс, Кёльн) followed by a case ending.
  for (let cut = 0; cut <= MAX_CYRILLIC_ENDING && last.length - cut >= 3; cut++) {
    const id = stems.get(phrase.slice(0, phrase.length - cut))
    if (id) return id
  }
  return undefined
}

function findCjk(text: string, ids: Set<string>, words: Map<string, string[]>): void {
  const cjk = gazetteer().cjk
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x3040 || code > 0x9fff) continue
    const candidates = cjk.get(text.slice(i, i + 2))
    if (!candidates) continue
    let best: [string, string] | undefined
    for (const c of candidates) if (text.startsWith(c[0], i) && (!best || c[0].length > best[0].length)) best = c
    if (!best) continue
    ids.add(best[1])
    note(words, best[1], [best[0]])
    i += best[0].length - 1
  }
}

function note(words: Map<string, string[]>, id: string, found: string[]): void {
  const list = words.get(id)
  if (list) list.push(...found)
  else words.set(id, found)
}
