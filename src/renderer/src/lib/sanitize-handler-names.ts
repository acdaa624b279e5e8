// Renames on*= attribute NAMES in start tags (onerror -> data-dropped-onerror) before DOMPurify parses the
// HTML. Not a security step (DOMPurify is): Chromium applies the page's CSP to the inert documents DOMPurify
// parses into and logs a blocked "inline event handler" for each handler it meets, so without this every
// article with an onerror pixel fills the console with CSP errors. DOMPurify then drops the data-* attributes.
// It follows the HTML tokenizer's attribute rules so that values and text are never changed: a caption
// saying "switch on=off" or a link to ".../onload=1" comes out as written.

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const SPACE = /[\t\n\f\r ]/

/** Copies one start tag from html[start] ('<' + letter), renaming handler attributes; returns it and where it ends. */
function rewriteStartTag(html: string, start: number): { text: string; end: number; name: string } {
  let i = start + 1
  while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '/' && html[i] !== '>') i++
  const name = html.slice(start + 1, i).toLowerCase()
  let text = html.slice(start, i)
  while (i < html.length) {
    const c = html[i]!
    if (c === '>') return { text: text + c, end: i + 1, name }
    if (SPACE.test(c) || c === '/') {
      text += c
      i++
      continue
    }
    const nameStart = i
    i++ // a name may begin with "=" (the tokenizer's rule), so the first character is taken as is
    while (i < html.length && !SPACE.test(html[i]!) && !'/>='.includes(html[i]!)) i++
    const attr = html.slice(nameStart, i)
    text += /^on/i.test(attr) ? `data-dropped-${attr}` : attr
    let j = i
    while (j < html.length && SPACE.test(html[j]!)) j++
    if (html[j] !== '=') continue
    j++
    while (j < html.length && SPACE.test(html[j]!)) j++
    const quote = html[j]
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1)
      j = close < 0 ? html.length : close + 1
    } else {
      while (j < html.length && !SPACE.test(html[j]!) && html[j] !== '>') j++
    }
    text += html.slice(i, j) // "=" and the value, verbatim
    i = j
  }
  return { text, end: html.length, name }
}

export function renameEventHandlers(html: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) break
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      const end = close < 0 ? html.length : close + 3
      out += html.slice(i, end)
      i = end
      continue
    }
    if (!/[a-z]/i.test(html[lt + 1] ?? '')) {
      out += html.slice(i, lt + 1)
      i = lt + 1
      continue
    }
    const tag = rewriteStartTag(html, lt)
    out += html.slice(i, lt) + tag.text
    i = tag.end
    if (RAW_TEXT.has(tag.name)) {
      // Their content is text to the tokenizer, not tags: copied as it is up to the closing tag.
      const close = lower.indexOf(`</${tag.name}`, i)
      const end = close < 0 ? html.length : close
      out += html.slice(i, end)
      i = end
    }
  }
  return out + html.slice(i)
}
