// OPML 1.0/2.0 import and export, in the renderer (DOMParser and a string builder). Folders are outlines without
// xmlUrl; nested folders become 'Parent/Child' paths, which the sidebar shows as a tree.
export interface OpmlFeed {
  url: string
  title?: string
  /** 'News/Europe' for a feed two folders deep; undefined at the top level. */
  folder?: string
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
      if (url) feeds.push({ url: url.trim(), title, folder: path.length ? path.join('/') : undefined })
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
      lines.push(`${pad}<outline type="rss" text="${t}" title="${t}" xmlUrl="${escapeXml(f.url)}"/>`)
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
