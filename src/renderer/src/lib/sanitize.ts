// Turns a feed's HTML into markup safe to show in the reader: DOMPurify with the HTML profile only, no
// scripts, frames, forms, styles or event handlers; links and images resolved against the article's URL.
// Links get target/rel here, and the reader intercepts their clicks (lib/external-links.ts).
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify'
import { renameEventHandlers } from './sanitize-handler-names'

export { renameEventHandlers }

const CONFIG: Config = {
  USE_PROFILES: { html: true }, // no SVG or MathML: both have their own script and event vectors
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'portal'],
  // style: feed CSS fights the reader's typography, and the CSP would refuse some of it anyway.
  FORBID_ATTR: ['style', 'srcdoc', 'action', 'formaction', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
  // id="__db" or name="news" in an article would otherwise become window.__db / document.news (DOM clobbering):
  // ids and names get a "user-content-" prefix, which no script of ours reads.
  SANITIZE_NAMED_PROPS: true,
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:'])
const MEDIA_SCHEMES = new Set(['http:', 'https:', 'data:'])

let purifier: DOMPurify | undefined
let currentBase: string | undefined // set for the duration of one synchronous sanitize call

function resolve(url: string, schemes: Set<string>): string | undefined {
  try {
    const abs = new URL(url.trim(), currentBase)
    return schemes.has(abs.protocol) ? abs.href : undefined
  } catch {
    return undefined // relative without a base, or unparsable: nothing sensible to point at
  }
}

function fixUrlAttribute(el: Element, name: string, schemes: Set<string>): void {
  const value = el.getAttribute(name)
  if (value === null) return
  const resolved = resolve(value, schemes)
  if (resolved) el.setAttribute(name, resolved)
  else el.removeAttribute(name)
}

function fixSrcset(el: Element): void {
  const value = el.getAttribute('srcset')
  if (value === null) return
  const parts = value.split(',').map((candidate) => {
    const [url, ...descriptor] = candidate.trim().split(/\s+/)
    const resolved = url ? resolve(url, MEDIA_SCHEMES) : undefined
    return resolved ? [resolved, ...descriptor].join(' ') : undefined
  })
  if (parts.every(Boolean)) el.setAttribute('srcset', parts.join(', '))
  else el.removeAttribute('srcset')
}

function afterSanitizeAttributes(node: Element): void {
  if (node.nodeType !== 1) return
  const name = node.nodeName.toLowerCase()
  if (name === 'a' || name === 'area') {
    fixUrlAttribute(node, 'href', LINK_SCHEMES)
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer nofollow')
  }
  for (const attr of ['src', 'poster']) fixUrlAttribute(node, attr, MEDIA_SCHEMES)
  if (node.hasAttribute('srcset')) fixSrcset(node)
  if (name === 'img') {
    node.setAttribute('loading', 'lazy')
    node.setAttribute('referrerpolicy', 'no-referrer') // don't tell image hosts what the reader reads
  }
}

function getPurifier(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window) // our own instance, so our hooks never touch anyone else's
    purifier.addHook('afterSanitizeAttributes', afterSanitizeAttributes)
  }
  return purifier
}

/** Safe HTML for the reader pane. baseUrl (the article's URL) resolves relative links and images. */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  const p = getPurifier()
  currentBase = baseUrl
  try {
    return p.sanitize(renameEventHandlers(html), { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string
  } finally {
    currentBase = undefined
  }
}
