// Subscribes to the feeds of an OPML file, keeping its folders and skipping what is already subscribed.
import type { OpmlFeed } from '../lib/opml'
import { AddFeedError, addFeed, feedDisplayTitle, listFeeds } from './feeds'
import type { Feed, MeridianDb } from './schema'

export interface OpmlImportReport {
  added: Feed[]
  /** Already subscribed (or listed twice in the file). */
  duplicates: string[]
  /** Not an http(s) address. */
  invalid: string[]
}

export async function importOpmlFeeds(db: MeridianDb, feeds: OpmlFeed[]): Promise<OpmlImportReport> {
  const report: OpmlImportReport = { added: [], duplicates: [], invalid: [] }
  for (const f of feeds) {
    try {
      report.added.push(await addFeed(db, f.url, { title: f.title, folder: f.folder }))
    } catch (err) {
      if (!(err instanceof AddFeedError)) throw err
      if (err.code === 'duplicate') report.duplicates.push(f.url)
      else report.invalid.push(f.url)
    }
  }
  return report
}

/** Every subscription as an OPML entry, with the reader's names and folders. */
export async function feedsForExport(db: MeridianDb): Promise<OpmlFeed[]> {
  return (await listFeeds(db)).map((f) => ({ url: f.url, title: feedDisplayTitle(f), folder: f.folder, htmlUrl: f.siteUrl }))
}
