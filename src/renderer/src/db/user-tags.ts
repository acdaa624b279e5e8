// The reader's tag corrections as a delta over the classifier's output, so a re-tag with a new classifier
// keeps them: removing a tag the reader had added just forgets the addition, and so on.
import type { CountryCode, TopicId } from '../../../shared/model'
import { applyUserTags, articleTables, writeArticles } from './article-tags'
import type { MeridianDb, StoredArticle, UserTags } from './schema'

export type TagEdit =
  | { action: 'add' | 'remove'; kind: 'country'; value: CountryCode }
  | { action: 'add' | 'remove'; kind: 'topic'; value: TopicId }
  /** The `mentions` tier: add moves a country there (out of `about`); remove takes it out of both tiers. */
  | { action: 'add' | 'remove'; kind: 'mention'; value: CountryCode }

const EMPTY: UserTags = { addCountries: [], removeCountries: [], addTopics: [], removeTopics: [] }
const without = <T>(list: T[], x: T) => list.filter((y) => y !== x)
const withItem = <T>(list: T[], x: T) => (list.includes(x) ? list : [...list, x])

/** A country removed from either tier leaves both: the editor's button names the tier the reader saw, which the
 *  stored tags may have left (a move committed after the editor's last render), so removal never depends on it. */
function removeCountry(u: UserTags, classified: StoredArticle['classified'], country: CountryCode): UserTags {
  const byClassifier = (classified.mentions ?? []).includes(country) || classified.countries.includes(country)
  return {
    ...u,
    addCountries: without(u.addCountries, country),
    addMentions: without(u.addMentions ?? [], country),
    removeCountries: byClassifier ? withItem(u.removeCountries, country) : without(u.removeCountries, country),
  }
}

function editMention(u: UserTags, edit: TagEdit): UserTags {
  return { ...u, addMentions: withItem(u.addMentions ?? [], edit.value), addCountries: without(u.addCountries, edit.value), removeCountries: without(u.removeCountries, edit.value) }
}

/** The userTags after one edit; undefined when no correction is left. */
export function editUserTags(article: Pick<StoredArticle, 'classified' | 'userTags'>, edit: TagEdit): UserTags | undefined {
  const u = { ...EMPTY, ...article.userTags }
  let next: UserTags
  if (edit.kind !== 'topic' && edit.action === 'remove') next = removeCountry(u, article.classified, edit.value)
  else if (edit.kind === 'mention') next = editMention(u, edit)
  else {
    const [addKey, removeKey, classified] =
      edit.kind === 'country'
        ? (['addCountries', 'removeCountries', article.classified.countries] as const)
        : (['addTopics', 'removeTopics', article.classified.topics] as const)
    const add = u[addKey] as string[]
    const remove = u[removeKey] as string[]
    const byClassifier = (classified as readonly string[]).includes(edit.value)
    next =
      edit.action === 'add'
        ? { ...u, [addKey]: byClassifier ? without(add, edit.value) : withItem(add, edit.value), [removeKey]: without(remove, edit.value) }
        : { ...u, [addKey]: without(add, edit.value), [removeKey]: byClassifier ? withItem(remove, edit.value) : without(remove, edit.value) }
    // A country added to `about` leaves the mentions the reader had moved it to.
    if (edit.kind === 'country' && edit.action === 'add' && u.addMentions) next.addMentions = without(u.addMentions, edit.value)
  }
  if (next.addMentions?.length === 0) delete next.addMentions
  const isEmpty = Object.values(next).every((list) => list.length === 0)
  return isEmpty ? undefined : next
}

/** Applies one edit to the stored article, reading it inside the transaction so that quick successive edits
 *  (or a re-tag running meanwhile) never work from a stale copy. */
export async function editArticleTags(db: MeridianDb, articleId: string, edit: TagEdit): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const before = await db.articles.get(articleId)
    if (!before) return
    const userTags = editUserTags(before, edit)
    const { userTags: _old, ...rest } = before
    const after: StoredArticle = { ...(userTags ? { ...rest, userTags } : rest), ...applyUserTags(before.classified, userTags) }
    await writeArticles(db, [{ before, after }])
  })
}
