// Text as rules compare it: case- and accent-folded, split into words; scripts written without spaces (Chinese,
// Japanese, Thai, Korean runs) are compared as substrings since they have no word boundaries to find.
const MARKS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u
/** Text past this length is not searched: a megabyte article must not stall ingest. */
export const MAX_TEXT = 100_000

const NON_ASCII = /[^\x00-\x7f]/

export function foldText(s: string): string {
  const text = s.slice(0, MAX_TEXT)
  // Plain ASCII has no accents to fold: most English text skips the Unicode normalisation.
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '').toLowerCase() : text.toLowerCase()
}

export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? []
}

export function isUnspaced(s: string): boolean {
  return UNSPACED.test(s)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/** The words of an HTML fragment: tags dropped, the common entities decoded (enough to match words, not to show). */
export function textOfHtml(html: string): string {
  return html
    .slice(0, MAX_TEXT * 2)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? ' ')
}

/** The words of what the reader typed ("Mute this word", a words condition): commas and spaces separate them. */
export function splitWords(value: string): string[] {
  return [...new Set(value.split(/[,\s]+/).map((w) => foldText(w.trim())).filter(Boolean))]
}
