// Finds a feed's DOCTYPE and internal DTD subset, however long, so sniffing and root detection can look past it.
// Plain string work: no parser, nothing fetched (external entities are never read). Never imports electron.
import { FeedError } from './errors'

/** An internal subset longer than this is refused: no feed needs one, and expanding it is the attacker's game. */
const MAX_DTD_CHARS = 1024 * 1024
/** Where a DOCTYPE may start: after the BOM, XML declaration and comments, all of which are short. */
const HEAD_CHARS = 65_536

export interface Doctype {
  start: number
  /** Index just past the closing '>'. */
  end: number
  /** The text between '[' and ']', or '' without an internal subset. */
  subset: string
}

/** The document's DOCTYPE, if it has one near the start. Throws FeedError 'parse' when the subset is too long. */
export function findDoctype(text: string, feedUrl: string): Doctype | undefined {
  const open = /<!DOCTYPE\b/i.exec(text.slice(0, HEAD_CHARS))
  if (!open) return undefined
  const start = open.index
  const bracket = /[[>]/g
  bracket.lastIndex = start
  const first = bracket.exec(text)
  if (!first) return undefined
  if (first[0] === '>') return { start, end: first.index + 1, subset: '' }
  const close = /\]\s*>/g
  close.lastIndex = first.index + 1
  const last = close.exec(text.slice(0, first.index + 1 + MAX_DTD_CHARS + 64))
  if (!last) {
    const reason = text.length - first.index > MAX_DTD_CHARS ? `its internal DTD is larger than ${MAX_DTD_CHARS / 1024 / 1024} MB` : 'its internal DTD is not closed'
    throw new FeedError('parse', `Could not parse feed ${feedUrl}: ${reason}`)
  }
  return { start, end: last.index + last[0].length, subset: text.slice(first.index + 1, last.index) }
}

/** The start of the document with a long DOCTYPE cut out, for code that looks only at the first 64 KB. */
export function headWithoutDoctype(text: string, doctype: Doctype | undefined): string {
  if (!doctype || doctype.end < HEAD_CHARS / 2) return text.slice(0, HEAD_CHARS)
  return text.slice(0, doctype.start) + text.slice(doctype.end, doctype.end + HEAD_CHARS)
}
