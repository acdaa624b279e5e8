import type { Feed } from '../../db'

export interface FolderNode {
  name: string
  /** 'News/Europe' */
  path: string
  folders: FolderNode[]
  feeds: Feed[]
}

/** Feeds grouped by their folder paths into a tree; the root holds the feeds without a folder. */
export function buildFolderTree(feeds: Feed[]): FolderNode {
  const root: FolderNode = { name: '', path: '', folders: [], feeds: [] }
  for (const feed of feeds) {
    let node = root
    for (const part of feed.folder ? feed.folder.split('/') : []) {
      const path = node.path ? `${node.path}/${part}` : part
      let next = node.folders.find((f) => f.name === part)
      if (!next) node.folders.push((next = { name: part, path, folders: [], feeds: [] }))
      node = next
    }
    node.feeds.push(feed)
  }
  return root
}

export function sumUnread(node: FolderNode, unread: Map<string, number>): number {
  return node.feeds.reduce((n, f) => n + (unread.get(f.id) ?? 0), 0) + node.folders.reduce((n, f) => n + sumUnread(f, unread), 0)
}

/** Feeds in the folder and its sub-folders. */
export function countFeeds(node: FolderNode): number {
  return node.feeds.length + node.folders.reduce((n, f) => n + countFeeds(f), 0)
}
