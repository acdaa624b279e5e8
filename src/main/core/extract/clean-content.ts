// Cleans what Readability chose: removes the page furniture a reader never wants in the body (author boxes,
// related/popular/read-more blocks, previous/next links, share and follow rows, sign-up boxes, comment forms,
// copyright lines, photo credits repeated as text, ad labels, empty paragraphs). Every rule pairs a structural
// test (size, link density, a form, the block's place after the last paragraph) with, where needed, a cue word
// from furniture-cues.ts; none depends on a site's class names. Rules and figures: README.md in this folder.
import {
  AD_LABEL, AUTHOR_CUE, COMMENTS_HEADING, COPYRIGHT, CREDIT_END, CREDIT_START, EDITOR_LINE, PREV_NEXT, RELATED_START, SIGN_UP, SOCIAL_HOST,
} from './furniture-cues'
import { removeLeadHeadline } from './lead-headline'
import { elementsByTags, hasText, holdsDataTable, isProse, linkDensity, textOf, textWithin } from './text-measures'

export interface CleanOptions {
  /** The article's byline (metadata): a short block that repeats it with a role, contact or avatar is an author box. */
  byline?: string
  /** The page's URL: links to its own site after the last paragraph are other stories; links elsewhere are sources. */
  pageUrl?: string
  /** The page's <title>: a heading before the body that repeats it is the headline, shown apart by the reader. */
  title?: string
  /** Told of every removal with the rule that made it (tests, debugging). */
  onRemove?: (rule: string, block: Element) => void
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'SPAN', 'TABLE', 'FIELDSET'])
const HEADING = /^H[1-6]$/
/** Whole blocks only: a link inside a sentence, a table row or a reference's span is no list of other stories. */
const TRAILING_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'FOOTER', 'HEADER', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL'])
/** Elements that make a block without text still worth keeping (images are judged by size). */
const MEDIA_TAGS = ['picture', 'video', 'audio', 'iframe', 'svg', 'math', 'table', 'hr', 'object', 'embed', 'canvas']
/** "19:05", "9:48pm", "14h32", "11.05 Uhr": a post's time in a live blog. */
const CLOCK_TIME = /(?:^|[^\d])\d{1,2}[:h.]\d{2}(?:[^\d]|$)/
/** Furniture is short: a block with more text than this is article, whatever its words. */
const MAX_FURNITURE_CHARS = 600
/** An author box may hold a bio of a few sentences. */
const MAX_AUTHOR_BOX_CHARS = 700

/** Cleans content in place. */
export function cleanContent(content: Element, opts: CleanOptions = {}): void {
  removeCaptionCredits(content)
  const byline = opts.byline?.trim() ? normalizeName(opts.byline) : undefined
  const remove = (rule: string, block: Element) => {
    opts.onRemove?.(rule, block)
    block.remove()
  }
  for (const block of Array.from(content.querySelectorAll('*'))) {
    if (!BLOCK_TAGS.has(block.tagName) || !content.contains(block)) continue
    const rule = furnitureRule(block, byline)
    if (rule) remove(rule, block)
  }
  removeLeadHeadline(content, opts.title, remove)
  removeTrailingLinkBlocks(content, opts.pageUrl, remove)
  removeEmptyBlocks(content, remove)
}

/** Which rule makes block furniture, or undefined: the reason is kept for tests and debugging. */
function furnitureRule(block: Element, byline: string | undefined): string | undefined {
  const text = textWithin(block, MAX_AUTHOR_BOX_CHARS)
  if (text === undefined) return undefined
  if (text.length > MAX_FURNITURE_CHARS || hasProseInside(block)) return isAuthorBox(block, text, byline) && isBio(block, byline) ? 'author box' : undefined
  if (block.tagName === 'FORM' || isForm(block)) return 'form'
  if (text.length === 0) return undefined
  if (AD_LABEL.test(text)) return 'ad label'
  if (text.length < 160 && CREDIT_START.test(text) && elementsByTags(block, 'img', 'picture').length === 0 && !followsTable(block)) return 'credit'
  if (text.length < 240 && COPYRIGHT.test(text)) return 'copyright'
  if (text.length < 60 && EDITOR_LINE.test(text)) return 'editor line'
  if (HEADING.test(block.tagName)) return COMMENTS_HEADING.test(text) ? 'comments heading' : undefined
  const density = linkDensity(block, text)
  if (RELATED_START.test(text) && density >= 0.4) return 'related'
  if (text.length >= 8 && text.length < 160 && PREV_NEXT.test(text) && density >= 0.5) return 'previous/next'
  if (isShareRow(block, text)) return 'share row'
  if (text.length < 400 && SIGN_UP.test(text) && hasCallToAction(block)) return 'sign-up'
  return isAuthorBox(block, text, byline) ? 'author box' : undefined
}

/**
 * Prose in an author box is a bio: each of its paragraphs names the author or says "about the author". A live-blog
 * post signed with the author's name and avatar holds prose about the news instead.
 */
function isBio(block: Element, byline: string | undefined): boolean {
  return elementsByTags(block, 'p').filter(isProse).every((p) => {
    const text = textOf(p)
    return AUTHOR_CUE.test(text) || (byline !== undefined && normalizeName(text).includes(byline))
  })
}

/** A "Source:" line under a table names where the data came from: it belongs to the table, unlike a photo credit. */
function followsTable(block: Element): boolean {
  // The table, or the table and its footnotes: the source line comes last.
  for (let previous = block.previousElementSibling, n = 0; previous !== null && n < 2; previous = previous.previousElementSibling, n++) {
    if (previous.tagName === 'TABLE' || previous.getElementsByTagName('table').length > 0) return true
  }
  return false
}

/** A comment or sign-up form: a text area, an e-mail field or a submit button. */
function isForm(block: Element): boolean {
  if (block.getElementsByTagName('textarea').length > 0) return true
  return elementsByTags(block, 'input').some((input) => /^(?:email|submit)$/i.test(input.getAttribute('type') ?? ''))
}

/** A link or button that is itself a short sign-up call ("Sign up", "Abonnieren", "Log in"). */
function hasCallToAction(block: Element): boolean {
  return elementsByTags(block, 'a', 'button', 'input').some((el) => {
    const label = el.tagName === 'INPUT' ? (el.getAttribute('value') ?? el.getAttribute('placeholder') ?? '') : textOf(el)
    return label.length < 40 && (SIGN_UP.test(label) || el.tagName !== 'A')
  })
}

/** ≥ 2 links to social networks (or share intents) and little else. */
function isShareRow(block: Element, text: string): boolean {
  if (text.length > 300) return false
  const links = elementsByTags(block, 'a').filter((a) => a.hasAttribute('href'))
  const social = links.filter((a) => isSocialLink(a.getAttribute('href') ?? '')).length
  // Embedded posts link to social networks too, but they are mostly their own text.
  return social >= 2 && social >= links.length / 2 && linkDensity(block, text) >= 0.5
}

function isSocialLink(href: string): boolean {
  if (/^mailto:\?/i.test(href)) return true // "share by e-mail": no address, only a subject
  try {
    return SOCIAL_HOST.test(new URL(href).hostname)
  } catch {
    return false
  }
}

/**
 * Name + role + contact: a short block that names the byline's author (or says "about the author") and carries
 * an e-mail address, a social or profile link, an avatar, or follow counts. A bio's prose is allowed; its size is not.
 */
function isAuthorBox(block: Element, text: string, byline: string | undefined): boolean {
  if (text.length > MAX_AUTHOR_BOX_CHARS) return false
  const normalized = normalizeName(text)
  const names = byline !== undefined && normalized.includes(byline)
  const cue = AUTHOR_CUE.test(text)
  if (!names && !cue) return false
  if (names && isSignedPost(block, text, byline!)) return false
  const hrefs = elementsByTags(block, 'a').map((a) => a.getAttribute('href') ?? '')
  const hasContact = /[\w.+-]+@[\w-]+\.[\w.]+/.test(text) || hrefs.some((href) => /^mailto:/i.test(href) || isSocialLink(href))
  const hasAvatar = elementsByTags(block, 'img').some(isSmallImage) && text.length < 500
  // "Grace Mensah, Business reporter", "Priya Raman · 4 min read": the name first, then a role or a date.
  const isBylineRow = byline !== undefined && normalized.startsWith(byline) && text.length < 60 && !/[.!?]$/.test(text)
  return hasContact || hasAvatar || isBylineRow || (cue && SIGN_UP.test(text))
}

/**
 * A live-blog post or its header: a clock time beside the author's chip ("19:05 [avatar] Lucía Ferrer"). The time is
 * the post's; only the element holding the name alone is the author's, and it is judged on its own.
 */
function isSignedPost(block: Element, text: string, byline: string): boolean {
  if (!CLOCK_TIME.test(text)) return false
  return Array.from(block.querySelectorAll('*')).some((el) => {
    const inner = textOf(el)
    return !CLOCK_TIME.test(inner) && normalizeName(inner).includes(byline)
  })
}

/** After the last paragraph of prose, link-dense blocks are lists of other stories, tags or pagers. */
function removeTrailingLinkBlocks(content: Element, pageUrl: string | undefined, remove: (rule: string, block: Element) => void): void {
  // Document order by position in a preorder listing (linkedom's compareDocumentPosition cannot be trusted here).
  const all = Array.from(content.querySelectorAll('*'))
  const lastProse = all.findLastIndex((el) => el.tagName === 'P' && isProse(el))
  if (lastProse < 0) return
  const last = all[lastProse]!
  for (const block of all.slice(lastProse + 1)) {
    if (!TRAILING_TAGS.has(block.tagName) || last.contains(block) || !content.contains(block)) continue
    const text = textWithin(block, 299)
    // Row heads that link to the site's pages make a results table link-dense; it is data all the same.
    if (!text || holdsDataTable(block)) continue
    // A related block's heading may stand alone once its links are gone.
    if ((linkDensity(block, text) >= 0.5 && linksMostlyTo(block, pageUrl)) || (text.length < 80 && RELATED_START.test(text))) remove('trailing links', block)
  }
}

/** Credits inside figure captions: a child that is only a credit, or a credit sentence ending the caption. */
function removeCaptionCredits(content: Element): void {
  for (const caption of Array.from(content.querySelectorAll('figcaption'))) {
    for (const child of Array.from(caption.children)) {
      const text = textOf(child)
      if (text.length < 120 && (CREDIT_START.test(text) || (COPYRIGHT.test(text) && text.length < 80))) child.remove()
    }
    const tail = caption.lastChild
    if (tail?.nodeType === 3) {
      const trimmed = (tail.textContent ?? '').replace(CREDIT_END, '').trimEnd()
      if (trimmed !== (tail.textContent ?? '').trimEnd() && trimmed.length > 0) tail.textContent = trimmed
    }
  }
}

/** Paragraphs and wrappers left with no text and no media but avatars and icons (images declared ≤ 150 px). */
function removeEmptyBlocks(content: Element, remove: (rule: string, block: Element) => void): void {
  for (const block of Array.from(content.querySelectorAll('p, div, section, span, li, ul, ol, h1, h2, h3, h4, h5, h6')).reverse()) {
    if (hasText(block) || elementsByTags(block, ...MEDIA_TAGS).length > 0) continue
    if (elementsByTags(block, 'img').every(isSmallImage)) remove('empty', block)
  }
}

/** An avatar: declared at most 150 px on a side (a photo in the article is larger or undeclared). */
function isSmallImage(img: Element): boolean {
  const sides = ['width', 'height'].map((side) => Number.parseInt(img.getAttribute(side) ?? '', 10))
  return sides.some((n) => Number.isFinite(n)) && sides.every((n) => !Number.isFinite(n) || n <= 150)
}

function hasProseInside(block: Element): boolean {
  return elementsByTags(block, 'p').some(isProse)
}

function normalizeName(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').toLowerCase().replace(/^(?:by|von|par|por|di|de)\s+/, '').replace(/\s+/g, ' ').trim()
}

/**
 * Most of the block's links go to the page's own site (or the site is unknown). Relative links count as the site's
 * own: the second extractor cleans a DOM whose links are not yet resolved.
 */
function linksMostlyTo(block: Element, pageUrl: string | undefined): boolean {
  const site = siteOf(pageUrl)
  if (!site) return true
  const links = elementsByTags(block, 'a').filter((a) => a.hasAttribute('href'))
  // An in-page anchor ("#story-continues") points within the article, not to another story.
  const own = links.filter((a) => {
    const href = a.getAttribute('href') ?? ''
    return !href.startsWith('#') && siteOf(href, pageUrl) === site
  }).length
  return own * 2 >= links.length
}

function siteOf(url: string | undefined, base?: string): string | undefined {
  if (!url || !URL.canParse(url, base)) return undefined
  return new URL(url, base).hostname.toLowerCase().replace(/^www\./, '')
}
