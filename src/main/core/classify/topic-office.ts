// A former office holder named with a word between "former" and the office ("former Peruvian president",
// "former interior minister", "des früheren philippinischen Präsidenten") is a politician as much as a
// "former president": the office word counts as a defining politics term, as the lexicons' set phrases do.
import type { Hit } from './matcher'

/** Office words of the English and German lexicons that "former" can reach across one word. */
const OFFICES = new Set([
  'president', 'prime minister', 'pm', 'premier', 'minister', 'governor', 'mayor', 'chancellor',
  'präsident', 'präsidenten', 'minister', 'ministers', 'ministerpräsident', 'ministerpräsidenten', 'kanzler',
  'kanzlers', 'bürgermeister', 'bürgermeisters', 'regierungschef', 'regierungschefs',
])
/** "former" or "ex-" (früher-, ehemalig- in German), then at most one word, right before the office. */
const FORMER_BEFORE = /(?:\bformer|\bex-|\bfrüher\p{L}*|\behemalig\p{L}*)\s+(?:[\p{L}-]+\s+)?$/iu
const LOOK_BACK = 40

/** True when a politics hit is an office held before, with one word between "former" and the office. */
export function isFormerOffice(h: Hit): boolean {
  if (h.term.topic !== 'politics') return false
  if (!OFFICES.has(h.text.slice(h.start, h.end).toLowerCase())) return false
  return FORMER_BEFORE.test(h.text.slice(Math.max(0, h.start - LOOK_BACK), h.start))
}
