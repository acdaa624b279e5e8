// Reader corrections are a delta over the classifier: undoing an edit leaves no trace.
import { describe, expect, it } from 'vitest'
import { editUserTags } from '../../../src/renderer/src/db/user-tags'

const article = { classified: { countries: ['FR', 'DE'], topics: ['politics' as const] }, userTags: undefined }

describe('editUserTags', () => {
  it('records removing a classifier tag and adding a new one', () => {
    const removed = editUserTags(article, { action: 'remove', kind: 'country', value: 'DE' })
    expect(removed).toEqual({ addCountries: [], removeCountries: ['DE'], addTopics: [], removeTopics: [] })
    const added = editUserTags({ ...article, userTags: removed }, { action: 'add', kind: 'topic', value: 'economy-business-finance' })
    expect(added).toEqual({ addCountries: [], removeCountries: ['DE'], addTopics: ['economy-business-finance'], removeTopics: [] })
  })

  it('forgets a correction when the reader takes it back', () => {
    const removed = editUserTags(article, { action: 'remove', kind: 'topic', value: 'politics' })
    expect(editUserTags({ ...article, userTags: removed }, { action: 'add', kind: 'topic', value: 'politics' })).toBeUndefined()
    const added = editUserTags(article, { action: 'add', kind: 'country', value: 'JP' })
    expect(editUserTags({ ...article, userTags: added }, { action: 'remove', kind: 'country', value: 'JP' })).toBeUndefined()
  })

  it('does not record adding what the classifier already gave', () => {
    expect(editUserTags(article, { action: 'add', kind: 'country', value: 'FR' })).toBeUndefined()
  })
})
