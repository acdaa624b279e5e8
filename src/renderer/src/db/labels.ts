// Labels (issue 19): named sets of articles, added by hand or by a rule's label action. An article's labels are
// list entries ('l:<id>') with counters, so each label is a view in the sidebar with its counts.
import { articleTables, sortKeysOfTag, tag, writeArticles } from './article-tags'
import { readTotals } from './counters'
import type { LabelRow } from './rows/issue19-types'
import type { MeridianDb, StoredArticle } from './rows/types'

export type { LabelRow }

export async function listLabels(db: MeridianDb): Promise<LabelRow[]> {
  return (await db.labels.toArray()).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

/** The label of that name (any case), created when there is none. */
export async function ensureLabel(db: MeridianDb, name: string): Promise<LabelRow> {
  const clean = name.trim().slice(0, 100)
  if (!clean) throw new Error('A label needs a name.')
  return db.transaction('rw', db.labels, async () => {
    const all = await db.labels.toArray()
    const known = all.find((l) => l.name.toLocaleLowerCase() === clean.toLocaleLowerCase())
    if (known) return known
    // Ids hold no space: they go into list rows' space-delimited membership strings.
    const label: LabelRow = { id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`, name: clean, order: Math.max(0, ...all.map((l) => l.order)) + 1 }
    await db.labels.add(label)
    return label
  })
}

export async function renameLabel(db: MeridianDb, id: string, name: string): Promise<void> {
  const clean = name.trim().slice(0, 100)
  if (clean) await db.labels.update(id, { name: clean })
}

/** Adds or removes a label on one article. */
export async function setArticleLabel(db: MeridianDb, articleId: string, labelId: string, isOn: boolean): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const before = await db.articles.get(articleId)
    if (!before || (before.labels?.includes(labelId) ?? false) === isOn) return
    await writeArticles(db, [{ before, after: withLabel(before, labelId, isOn) }])
  })
}

function withLabel(a: StoredArticle, labelId: string, isOn: boolean): StoredArticle {
  const labels = isOn ? [...(a.labels ?? []), labelId] : (a.labels ?? []).filter((l) => l !== labelId)
  const { labels: _old, ...rest } = a
  return labels.length ? { ...rest, labels } : rest
}

/** Deletes a label: taken off its articles (500 per transaction) and out of the rules that added it. */
export async function deleteLabel(db: MeridianDb, id: string): Promise<void> {
  const ids = (await sortKeysOfTag(db.lists, tag.label(id))).map((k) => k.slice(k.indexOf('|') + 1))
  for (let i = 0; i < ids.length; i += 500) {
    await db.transaction('rw', articleTables(db), async () => {
      const rows = (await db.articles.bulkGet(ids.slice(i, i + 500))).filter((a): a is StoredArticle => a !== undefined)
      await writeArticles(db, rows.map((before) => ({ before, after: withLabel(before, id, false) })))
    })
  }
  await db.transaction('rw', [db.labels, db.rules], async () => {
    await db.labels.delete(id)
    await db.rules.toCollection().modify((r) => {
      r.actions = r.actions.filter((a) => a.kind !== 'label' || a.labelId !== id)
    })
  })
}

/** Articles and unread articles per label, from the counters (hidden articles are in neither). */
export async function labelCounts(db: MeridianDb, ids: string[]): Promise<Map<string, { total: number; unread: number }>> {
  const n = await readTotals(db.counters, ids.flatMap((id) => [tag.label(id), tag.unread(tag.label(id))]))
  return new Map(ids.map((id, i) => [id, { total: n[2 * i], unread: n[2 * i + 1] }]))
}
