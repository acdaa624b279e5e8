// The counter scopes of who covers whom within a topic (issue 20, schema 32): per topic and outlet country, the
// articles of that topic from outlets in that country ('t:sport&o:GB'), whose facet counts ('c:FR') are one row of
// the topic's matrix. counters.ts adds them to an article's scopes (their unread twins 'u:t:sport&o:GB' come with the
// others) and day-counts.ts keeps them per day ('d|t:sport&o:GB|<day>'), so a topic's matrix, whole, unread or over
// a time range, is a few dozen counter rows. Version 32 built them for stored articles (migrations/d32-…).
import type { StoredArticle } from './rows/types'
import { tag } from './vocab/tags'

/** The scope of the articles of one topic ('t:sport' or 'u:t:sport') from outlets in one country ('o:GB'). */
export function topicOutletScope(topicScope: string, outletTag: string): string {
  return `${topicScope}&${outletTag}`
}

/** The topic × outlet scopes an article is in: none when its feed has no outlet country. */
export function topicOutletScopes(a: Pick<StoredArticle, 'topics' | 'outletCountry'>): string[] {
  const outlet = a.outletCountry
  return outlet ? [...new Set(a.topics)].map((t) => topicOutletScope(tag.topic(t), tag.outlet(outlet))) : []
}
