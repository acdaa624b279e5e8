// How deeply a document's elements nest, found by a scan that stops at the limit. xml2js and rss-parser
// recurse and build one object per level: a feed nested a million deep took 4 s and 550 MB before failing.
// Plain string work; never imports electron.

/** Deeper than any real feed (XHTML content nests a few dozen levels); beyond it a document is refused. */
export const MAX_XML_DEPTH = 1000

// CDATA, comments, processing instructions and declarations hold no elements; an end tag closes one;
// a start tag (attribute values may contain '>') opens one unless it is self-closing.
const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<\/[^>]*>|<[A-Za-z_][\w:.-]*(?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g

/** True when some element sits more than `limit` levels deep. */
export function isNestedDeeperThan(text: string, limit = MAX_XML_DEPTH): boolean {
  let depth = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0]
    if (token[1] === '/') depth = Math.max(0, depth - 1)
    else if (token[1] !== '!' && token[1] !== '?' && m[1] !== '/' && ++depth > limit) return true
  }
  return false
}
