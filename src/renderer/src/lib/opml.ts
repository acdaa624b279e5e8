// OPML 1.0/2.0 import and export, in the renderer (DOMParser and a string builder). Folders are outlines without
// xmlUrl; nested folders become 'Parent/Child' paths, which the sidebar shows as a tree.
import { countOf } from './format'
export interface OpmlFeed {
  url: string
  title?: string
  /** 'News/Europe' for a feed two folders deep; undefined at the top level. */
  folder?: string
  /** The site's home page (OPML's htmlUrl). */
  htmlUrl?: string
}

export class OpmlError extends Error {}

export function parseOpml(text: string): OpmlFeed[] {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) throw new OpmlError('This file is not valid XML, so it cannot be an OPML subscription list.')
  const body = doc.getElementsByTagName('body')[0]
  if (doc.documentElement.nodeName.toLowerCase() !== 'opml' || !body) throw new OpmlError('This file is XML but not OPML (no <opml> with a <body>).')
  const feeds: OpmlFeed[] = []
  const walk = (parent: Element, path: string[]) => {
    for (const el of Array.from(parent.children)) {
      if (el.nodeName.toLowerCase() !== 'outline') continue
      const url = el.getAttribute('xmlUrl') ?? el.getAttribute('xmlurl')
      const title = (el.getAttribute('title') || el.getAttribute('text') || '').trim() || undefined
      const htmlUrl = (el.getAttribute('htmlUrl') ?? el.getAttribute('htmlurl'))?.trim() || undefined
      if (url) feeds.push({ url: url.trim(), title, folder: path.length ? path.join('/') : undefined, ...(htmlUrl && { htmlUrl }) })
      else walk(el, title ? [...path, title.replace(/\//g, '∕')] : path)
    }
  }
  walk(body, [])
  return feeds
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

interface FolderNode {
  feeds: OpmlFeed[]
  children: Map<string, FolderNode>
}

export function buildOpml(feeds: OpmlFeed[], title = 'Meridian subscriptions', now = new Date()): string {
  const root: FolderNode = { feeds: [], children: new Map() }
  for (const f of feeds) {
    let node = root
    for (const part of f.folder ? f.folder.split('/') : []) {
      let next = node.children.get(part)
      if (!next) node.children.set(part, (next = { feeds: [], children: new Map() }))
      node = next
    }
    node.feeds.push(f)
  }
  const lines: string[] = []
  const emit = (node: FolderNode, depth: number) => {
    const pad = '  '.repeat(depth)
    for (const [name, child] of node.children) {
      lines.push(`${pad}<outline text="${escapeXml(name)}" title="${escapeXml(name)}">`)
      emit(child, depth + 1)
      lines.push(`${pad}</outline>`)
    }
    for (const f of node.feeds) {
      const t = escapeXml(f.title ?? f.url)
      const html = f.htmlUrl ? ` htmlUrl="${escapeXml(f.htmlUrl)}"` : ''
      lines.push(`${pad}<outline type="rss" text="${t}" title="${t}" xmlUrl="${escapeXml(f.url)}"${html}/>`)
    }
  }
  emit(root, 2)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title><dateCreated>${now.toUTCString()}</dateCreated></head>`,
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n')
}

export interface OpmlImportCounts {
  added: number
  duplicates: number
  invalid: number
}

const feedsOf = (n: number) => countOf(n, { one: 'feed', other: 'feeds' })

/** The import's outcome in plain words: "Subscribed to 3 feeds; 80 already subscribed." */
export function describeImport({ added, duplicates, invalid }: OpmlImportCounts): string {
  const total = added + duplicates + invalid
  if (total === 0) return 'This file lists no feeds.'
  if (duplicates === total) return duplicates === 1 ? 'The feed in this file is already subscribed.' : `All ${duplicates.toLocaleString()} feeds in this file are already subscribed.`
  const parts = [added ? `Subscribed to ${feedsOf(added)}` : 'No new feeds']
  if (duplicates) parts.push(`${duplicates.toLocaleString()} already subscribed`)
  if (invalid) parts.push(`${feedsOf(invalid)} skipped: not web addresses`)
  return `${parts.join('; ')}.`
}
