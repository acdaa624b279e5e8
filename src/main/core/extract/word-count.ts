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
