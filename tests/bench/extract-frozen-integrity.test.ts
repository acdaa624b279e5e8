// Shape of the frozen full-text evaluation set: size and spread, one expected file per page, expected texts that
// really are in their pages. Checks the set only; it never runs an extractor.
import { describe, expect, it } from 'vitest'
import { Parser } from 'htmlparser2'
import { scoreText, tokenize } from '../../bench/lib/extract-score'
import { listIds, loadFrozenSet, readManifest } from './frozen-set'

const manifest = readManifest()
const pages = loadFrozenSet()

/** All text of a page outside scripts and styles, with a space at every tag boundary. */
function pageText(html: string): string {
  const parts: string[] = []
  let skip = 0
  const parser = new Parser({
    onopentag: (name) => { if (name === 'script' || name === 'style') skip++; parts.push(' ') },
    onclosetag: (name) => { if (name === 'script' || name === 'style') skip--; parts.push(' ') },
    ontext: (text) => { if (skip === 0) parts.push(text) },
  }, { decodeEntities: true })
  parser.write(html)
  parser.end()
  return parts.join('')
}

describe('frozen extraction set', () => {
  it('has at least 60 pages from at least 30 templates in at least 15 languages', () => {
    const distinct = (key: 'lang' | 'template') => new Set(manifest.items.map((i) => i[key])).size
    expect(manifest.items.length).toBeGreaterThanOrEqual(60)
    expect(distinct('template')).toBeGreaterThanOrEqual(30)
    expect(distinct('lang')).toBeGreaterThanOrEqual(15)
    expect([manifest.pages, manifest.templates, manifest.languages]).toEqual([manifest.items.length, distinct('template'), distinct('lang')])
  })

  it('has exactly one page and one expected file per manifest id', () => {
    const ids = manifest.items.map((i) => i.id).sort()
    expect(new Set(ids).size).toBe(ids.length)
    expect(listIds('pages', '.html')).toEqual(ids)
    expect(listIds('expected', '.json')).toEqual(ids)
  })

  it('gives every page an expected body of at least 100 tokens and metadata that matches the manifest', () => {
    for (const { id, expected } of pages) {
      const item = manifest.items.find((i) => i.id === id)!
      expect(expected.id, id).toBe(id)
      expect([expected.lang, expected.template, expected.kind], id).toEqual([item.lang, item.template, item.kind])
      expect(expected.url, id).toMatch(/^https:\/\/[^/]+\//)
      expect(expected.title.length, id).toBeGreaterThan(0)
      expect(expected.kind.length, id).toBeGreaterThan(0)
      expect(tokenize(expected.text).length, id).toBeGreaterThanOrEqual(100)
    }
  })

  it('takes every expected token from the page itself (the expected text is not invented)', () => {
    for (const { id, html, expected } of pages) {
      expect(scoreText(pageText(html), expected.text).recall, id).toBe(1)
    }
  })

  it('lists only absolute image URLs, each present in its page in some form', () => {
    for (const { id, html, expected } of pages) {
      for (const image of expected.images) {
        const url = new URL(image)
        expect(url.href, id).toBe(image)
        const forms = [image, image.replace(/^https:/, ''), url.pathname + url.search]
        expect(forms.some((f) => html.includes(f)), `${id}: ${image}`).toBe(true)
      }
    }
  })
})
