// Reads feed URLs (with titles and folder paths) out of an OPML document; nested outlines become folders.
import { Parser } from 'htmlparser2'

export interface OpmlFeed {
  url: string
  title?: string
  /** Folder path from enclosing outlines without xmlUrl, outermost first. */
  folders: string[]
}

export function looksLikeOpml(text: string): boolean {
  return /<opml[\s>]/i.test(text.slice(0, 4096))
}

export function parseOpml(text: string): OpmlFeed[] {
  const feeds: OpmlFeed[] = []
  const stack: (string | null)[] = [] // one entry per open <outline>: its folder name, or null for a feed
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name.toLowerCase() !== 'outline') return
        const url = attrs.xmlurl ?? attrs.xmlUrl
        const title = (attrs.title ?? attrs.text ?? '').trim() || undefined
        if (url) feeds.push({ url: url.trim(), title, folders: stack.filter((f): f is string => !!f) })
        stack.push(url ? null : (title ?? null))
      },
      onclosetag(name) {
        if (name.toLowerCase() === 'outline') stack.pop()
      },
    },
    { xmlMode: true, lowerCaseAttributeNames: true },
  )
  parser.write(text)
  parser.end()
  return feeds
}
