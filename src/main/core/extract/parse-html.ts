// Builds a linkedom document from page HTML, repaired into the <html><head/><body/></html> shape that
// Readability expects, with pathological nesting flattened (cap-depth.ts). linkedom does no HTML5 tree construction (no implied <html>, <head> or <body>),
// and its document.body is only the element right after <head>: anything else would be silently lost.
import { DOMParser } from 'linkedom'
import { FeedError } from '../errors'
import { MAX_NESTING, capDepth } from './cap-depth'

/** Elements that belong in <head> when they come before any body content. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE'])
const LEADING_JUNK = /^(?:\s|\uFEFF|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>)*/i

/** Throws FeedError 'too-large' for a page nested past MAX_NESTING (pageUrl only names it in the message). */
export function parseHtml(html: string, pageUrl = 'the page'): Document {
  const start = html.replace(LEADING_JUNK, '')
  const wrapped = /^<html[\s>/]/i.test(start) ? html : `<html>${html}</html>`
  // linkedom's DOMParser result is a standard Document at runtime; its own typings are narrower.
  const doc = new DOMParser().parseFromString(wrapped, 'text/html') as unknown as Document
  repairSkeleton(doc)
  const nesting = capDepth(doc.documentElement)
  if (nesting > MAX_NESTING) {
    throw new FeedError('too-large', `Could not extract ${pageUrl}: its elements are nested too deeply (${nesting.toLocaleString('en')} levels in all, over the ${MAX_NESTING.toLocaleString('en')} cap)`)
  }
  lowerCaseCreatedElements(doc)
  return doc
}

/**
 * An HTML document lower-cases createElement's name (DOM spec); linkedom keeps it as given, so Readability's
 * createElement("DIV") would come out as <DIV> and as a plain HTMLElement instead of the real element class.
 */
function lowerCaseCreatedElements(doc: Document): void {
  const createElement = doc.createElement.bind(doc)
  Object.defineProperty(doc, 'createElement', {
    value: (name: string, options?: ElementCreationOptions) => createElement(name.toLowerCase(), options),
    configurable: true,
  })
}

/** Moves stray top-level nodes into <head> or <body> and puts head first and body right after it. */
function repairSkeleton(doc: Document): void {
  const root = doc.documentElement
  const children = Array.from(root.childNodes)
  const head = children.find((n) => isElement(n, 'HEAD')) ?? doc.createElement('head')
  const body = children.find((n) => isElement(n, 'BODY')) ?? doc.createElement('body')

  const beforeBody: Node[] = []
  const afterBody: Node[] = []
  let isBodyPassed = false
  let hasContentStarted = false
  for (const node of children) {
    if (node === head) continue
    if (node === body) {
      isBodyPassed = true
      continue
    }
    if (!isBodyPassed && !hasContentStarted && isHeadMaterial(node)) {
      head.appendChild(node)
      continue
    }
    if (!isBlank(node)) hasContentStarted = true
    ;(isBodyPassed ? afterBody : beforeBody).push(node)
  }
  body.prepend(...beforeBody)
  body.append(...afterBody)
  root.prepend(head)
  head.after(body)
}

function isElement(node: Node, tagName: string): node is Element {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === tagName
}

function isHeadMaterial(node: Node): boolean {
  if (node.nodeType === 1) return HEAD_TAGS.has((node as Element).tagName.toUpperCase())
  return node.nodeType === 8 || isBlank(node) // comments and whitespace between head elements
}

function isBlank(node: Node): boolean {
  return node.nodeType === 3 && (node.textContent ?? '').trim() === ''
}
