// Frozen copy of the list row as it was at schema version 23 (article-tags.ts's listRowOf and vocab/tags.ts), for
// the data step that builds list rows (d15-list-rows.ts) and the counters step that reads them back. Never edit: an
// upgrade must do what it did when it shipped.

export interface ListRowV23 {
  s: string
  m: string
  k: [string, string][]
}

export interface ArticleV23 {
  id: string
  feedId: string
  countries: string[]
  topics: string[]
  mentions?: string[]
  outletCountry?: string
  isRead: 0 | 1
  isStarred: 0 | 1
  sortKey: string
}

function facetTagsV23(a: ArticleV23): string[] {
  const tags = [`f:${a.feedId}`, ...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`)]
  if (a.outletCountry) tags.push(`o:${a.outletCountry}`)
  return [...new Set(tags)]
}

function mentionTagsV23(a: ArticleV23): string[] {
  return [...new Set(a.mentions ?? [])].filter((c) => !a.countries.includes(c)).map((c) => `n:${c}`)
}

export function listRowV23(a: ArticleV23): ListRowV23 {
  const facets = [...facetTagsV23(a), ...mentionTagsV23(a)]
  const flags = [...(a.isRead ? [] : ['u']), ...(a.isStarred ? ['s'] : [])]
  const tags = ['all', ...facets, ...(a.isRead ? [] : ['u:all']), ...(a.isStarred ? ['s'] : [])]
  return { s: a.sortKey, m: ` ${[...facets, ...flags].join(' ')} `, k: tags.map((t): [string, string] => [t, a.sortKey]) }
}
