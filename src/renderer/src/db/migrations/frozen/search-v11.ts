// Frozen copy of the search tokenizer and search rows as they were at schema version 11 (search-tokens.ts and
// search-index.ts), for the upgrade that builds the search index. Never edit: an upgrade must do what it did when it shipped.
import type { Table } from 'dexie'

/** Diacritics removed after NFKD: combining diacritical marks, Arabic harakat (and superscript alef), tatweel,
 *  Hebrew points and accents. */
const STRIPPED_MARKS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/g
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Most distinct tokens indexed per article: bounds the write cost of one very long summary. */
const MAX_TOKENS = 400

function normalizeText(s: string): string {
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
function tokenize(text: string): string[] {
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


export interface SearchRowV11 {
  id: string
  w: string[]
}

export interface ArticleV11 {
  id: string
  title?: string
  summary?: string
  sortKey: string
}

export function searchRowOfV11(a: ArticleV11): SearchRowV11 {
  const time = a.sortKey.slice(0, a.sortKey.indexOf('|'))
  return { id: a.id, w: tokenize(`${a.title ?? ''}\n${a.summary ?? ''}`).map((t) => `${t}\u0001${time}`) }
}

/** Recreates every search row from the articles, a page at a time. */
export async function rebuildSearchIndexV11(articles: Table<ArticleV11, string>, search: Table<SearchRowV11, string>): Promise<void> {
  await search.clear()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await search.bulkPut(page.map(searchRowOfV11))
    last = page[page.length - 1].id
  }
}
