// Splits plain text into words. Chinese and Japanese have no spaces between words, so each Han or kana
// character counts as one word there (the usual convention for CJK word counts); other scripts count runs
// of letters and digits, keeping inner apostrophes, hyphens and dots ("don't", "e-mail", "3.5").
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? []
}

export function countWords(text: string): number {
  return splitWords(text).length
}

/** First code point of the CJK blocks (radicals, kana, Han, Hangul...): each such character is counted as a word. */
const FIRST_CJK = 0x2e80

/**
 * countWords without the Unicode regex, for gates run on every page: runs of non-space characters, plus one per
 * CJK character. Close to countWords, not equal: punctuation-only runs and Hangul syllables count, "a,b" is one.
 */
export function approxWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isCjkPunctuation(code)) {
      inWord = false
    } else if (code >= FIRST_CJK) {
      words++
      inWord = false
    } else if (code <= 32 || code === 0xa0 || code === 0x3000) {
      inWord = false
    } else if (!inWord) {
      words++
      inWord = true
    }
  }
  return words
}

/** "，", "。", "「" and kin: CJK symbols and full-width punctuation separate words like spaces. */
function isCjkPunctuation(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff20)
}
