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

/** Folder paths keep at most their outermost levels this deep: nobody files feeds 32 folders deep, and a hostile
 *  file nesting 20,000 folders took 29 s when every feed copied its whole path. */
export const MAX_FOLDER_DEPTH = 32

export function parseOpml(text: string): OpmlFeed[] {
  const feeds: OpmlFeed[] = []
  const folders: string[] = [] // names of the open folder outlines, outermost first
  const isFolder: boolean[] = [] // one entry per open <outline>: whether it added a name to folders
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name.toLowerCase() !== 'outline') return
        const url = attrs.xmlurl ?? attrs.xmlUrl
        const title = (attrs.title ?? attrs.text ?? '').trim() || undefined
        if (url) feeds.push({ url: url.trim(), title, folders: folders.slice(0, MAX_FOLDER_DEPTH) })
        const opensFolder = !url && title !== undefined
        if (opensFolder) folders.push(title)
        isFolder.push(opensFolder)
      },
      onclosetag(name) {
        if (name.toLowerCase() === 'outline' && isFolder.pop()) folders.pop()
      },
    },
    { xmlMode: true, lowerCaseAttributeNames: true },
  )
  parser.write(text)
  parser.end()
  return feeds
}
