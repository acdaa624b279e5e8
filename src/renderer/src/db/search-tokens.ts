// Turns article text and typed queries into search tokens, the same way for both. Pure functions; no dexie.
//
// Normalizing: lower case, Latin/Greek/Cyrillic diacritics, Arabic harakat and tatweel and Hebrew points removed
// (so "Élection" finds "election" and "الانتخابات" finds the vowelled spelling), compatibility forms folded (NFKC:
// full-width letters, ligatures), ß as ss. Other combining marks stay: they are letters' vowels in Indic scripts.
// Words are runs of letters, marks and digits. Han, Hiragana and Katakana are written without spaces, so their runs
// are indexed as overlapping character bigrams (地震 → 地震; 足球决赛 → 足球 球决 决赛), a common substitute
// for word segmentation; other scripts (Thai, Khmer) are split on spaces only.

/** Separates a token from the time in index entries and keys; sorts below every character a token can hold. */
export const SEP = '\u0001'
/** Starts a forward row's country tokens ('\u0002FR': the article is in France's list, schema 34), so a search within
 *  a country intersects two posting lists instead of reading the country's list rows. No word holds the mark, so no
 *  query term matches one. */
const COUNTRY_MARK = '\u0002'

export const countryToken = (code: string): string => `${COUNTRY_MARK}${code}`

/** Diacritics removed after NFKD: combining diacritical marks, Arabic harakat (and superscript alef), tatweel,
 *  Hebrew points and accents. */
const STRIPPED_MARKS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/g
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Most distinct tokens indexed per article: bounds the write cost of one very long summary. */
const MAX_TOKENS = 400

export function normalizeText(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(STRIPPED_MARKS, '').normalize('NFKC').replace(/ß/g, 'ss').replace(/ς/g, 'σ')
}

interface Piece {
  text: string
  isCjk: boolean
}

/** A word split into its CJK runs and the rest: "iphone手机" → iphone, 手机. */
function piecesOf(word: string): Piece[] {
  if (!HAS_CJK.test(word)) return [{ text: word, isCjk: false }]
  const out: Piece[] = []
  let at = 0
  for (const m of word.matchAll(CJK_RUN)) {
    if (m.index > at) out.push({ text: word.slice(at, m.index), isCjk: false })
    out.push({ text: m[0], isCjk: true })
    at = m.index + m[0].length
  }
  if (at < word.length) out.push({ text: word.slice(at), isCjk: false })
  return out
}

function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(1).map((c, i) => chars[i] + c)
}

/** The distinct tokens of a text, for the index. One-letter words outside CJK are left out (too common to help). */
export function tokenize(text: string): string[] {
  const out = new Set<string>()
  for (const [word] of normalizeText(text).matchAll(WORD)) {
    for (const p of piecesOf(word)) {
      if (p.isCjk) for (const b of bigrams(p.text)) out.add(b)
      else if ([...p.text].length >= 2) out.add(p.text)
      if (out.size >= MAX_TOKENS) return [...out]
    }
  }
  return [...out]
}

/** One condition of a query: the article has this token, or (isPrefix) a token starting with it. */
export interface Term {
  text: string
  isPrefix: boolean
}

/**
 * A typed query as terms, all of which must match. The last word is a prefix while it is being typed (no space
 * after it), so "infl" already finds "inflation"; a lone CJK character is a prefix of the bigrams that start with it.
 * One-letter words are dropped, except as that last prefix.
 */
export function parseQuery(query: string): Term[] {
  const words = [...normalizeText(query).matchAll(WORD)].map((m) => m[0])
  const isTyping = /[\p{L}\p{M}\p{N}]$/u.test(query.normalize('NFKC'))
  const terms: Term[] = []
  words.forEach((word, w) => {
    const isLastWord = isTyping && w === words.length - 1
    const pieces = piecesOf(word)
    pieces.forEach((p, i) => {
      const isLast = isLastWord && i === pieces.length - 1
      if (p.isCjk) {
        const grams = bigrams(p.text)
        grams.forEach((g) => terms.push({ text: g, isPrefix: [...g].length === 1 }))
      } else if ([...p.text].length >= 2 || isLast) terms.push({ text: p.text, isPrefix: isLast })
    })
  })
  const seen = new Set<string>()
  return terms.filter((t) => {
    const k = `${t.isPrefix ? 'p' : 'x'}${t.text}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** True when the query has something to search for (not only spaces or punctuation). */
export function hasSearchTerms(query: string): boolean {
  return parseQuery(query).length > 0
}
