// @vitest-environment happy-dom
// The reader's tag chips: the `about` countries and topics, then the countries only mentioned, each a filter.
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StoredArticle } from '../../../src/renderer/src/db'
import { ReaderTags } from '../../../src/renderer/src/features/reader/ReaderTags'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()

const article = (over: Partial<StoredArticle>) =>
  ({ id: 'q', feedId: 'f', title: 'Quake', summary: '', publishedAt: '2026-11-01T10:00:00.000Z', enclosures: [], categories: [], countries: [], topics: [], classifierVersion: 1, ...over }) as StoredArticle
const render = (a: StoredArticle) => renderWith(<ReaderTags article={a} />, { db: freshDb(), api: fakeApi().api })
const labels = (group: string) => within(screen.getByRole('group', { name: group })).getAllByRole('button').map((b) => b.getAttribute('aria-label'))

describe('ReaderTags', () => {
  it('shows the about countries as tags and the mentioned ones apart', () => {
    render(article({ countries: ['NP'], mentions: ['FR', 'IN'], topics: ['disaster-accident-emergency'] }))
    expect(labels('Countries and topics')).toEqual(['Show articles about Nepal', 'Show articles about Disasters'])
    expect(labels('Also mentioned')).toEqual(['Show articles that mention France', 'Show articles that mention India'])
  })

  it('filters on a mentioned country with the mentions switch on', () => {
    render(article({ countries: ['NP'], mentions: ['FR'] }))
    fireEvent.click(screen.getByRole('button', { name: 'Show articles that mention France' }))
    expect(useUi.getState()).toMatchObject({ countries: ['FR'], includeMentions: true })
  })

  it('shows nothing for an article without tags, and no mentions group without mentions', () => {
    const { container } = render(article({}))
    expect(container.textContent).toBe('')
    render(article({ countries: ['NP'] }))
    expect(screen.queryByRole('group', { name: 'Also mentioned' })).toBeNull()
  })
})
