// @vitest-environment jsdom
// jsdom because the body is sanitized with DOMPurify (see tests/renderer/lib/sanitize.test.ts).
// "Load remote images" off or offline means no remote source ever reaches the DOM, not even in the first render
// before the settings are read; <video poster>, <audio>, <video> and <source> are treated like <img>.
import 'fake-indexeddb/auto'
import { act, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import type { MeridianDb, StoredArticle } from '../../../src/renderer/src/db/schema'
import { rewriteImages } from '../../../src/renderer/src/offline/rewrite-images'
import { useArticleBody } from '../../../src/renderer/src/offline/useArticleBody'
import { sanitizeArticleHtml } from '../../../src/renderer/src/lib/sanitize'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'
import { seedFeed } from './offline-helpers'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

const MEDIA = `<p>Watch:</p><video src="https://media.example/v.mp4" poster="https://media.example/poster.jpg"><source src="https://media.example/v.webm" type="video/webm"><track src="https://media.example/subs.vtt"></video>
<audio src="https://media.example/a.mp3"><source src="https://media.example/a.ogg"></audio>
<picture><source srcset="https://media.example/p.avif"><img src="https://media.example/p.jpg"></picture>`

describe('rewriteImages with remote loading off', () => {
  it('removes every remote source from video, audio, source, track and picture, poster included', () => {
    const clean = sanitizeArticleHtml(MEDIA, 'https://news.example/a')
    expect(clean).toContain('https://media.example/poster.jpg') // the sanitizer keeps them; the rewrite decides
    const { html, blocked } = rewriteImages(clean, { cached: new Map(), allowRemote: false })
    expect(html).not.toContain('media.example')
    expect(blocked).toBe(1)
    expect(rewriteImages(clean, { cached: new Map(), allowRemote: true }).html).toContain('https://media.example/poster.jpg')
  })
})

describe('useArticleBody never renders a remote source it may not load', () => {
  function Probe({ article, seen }: { article: StoredArticle; seen: string[] }) {
    const body = useArticleBody(article)
    if (body.html) seen.push(body.html)
    return <div data-testid="body" dangerouslySetInnerHTML={{ __html: body.html ?? '' }} />
  }

  it('with "Load remote images" off, not even in the renders before the settings are read', async () => {
    await seedFeed(db, 'https://news.example/rss', 1, () => ({ contentHtml: `<p>Story</p><img src="https://img.example/pixel.png">${MEDIA}` }))
    await updateOfflineSettings(db, { loadRemoteImages: false })
    const article = (await db.articles.get('a0'))!
    const seen: string[] = []
    renderWith(<Probe article={article} seen={seen} />, { db, api: fakeApi().api })
    await waitFor(() => expect(seen.at(-1)).toContain('Image not downloaded'))
    await act(() => new Promise((done) => setTimeout(done, 50)))
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((html) => /img\.example|media\.example/.test(html))).toEqual([])
  })
})
