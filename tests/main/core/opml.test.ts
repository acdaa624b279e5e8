// The CLI's OPML reader (refresh --urls): feeds with titles and folder paths, and hostile nesting.
import { describe, expect, it } from 'vitest'
import { looksLikeOpml, MAX_FOLDER_DEPTH, parseOpml } from '../../../src/main/core/opml'

describe('parseOpml', () => {
  it('reads feeds with their titles and the folders around them', () => {
    const doc = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="News"><outline text="World"><outline xmlUrl=" https://a.example/rss " title="A"/></outline>
        <outline type="rss" xmlUrl="https://b.example/rss" text="B"/></outline>
      <outline xmlUrl="https://c.example/rss"/>
      <outline><outline xmlUrl="https://d.example/rss" text="D"/></outline></body></opml>`
    expect(looksLikeOpml(doc)).toBe(true)
    expect(parseOpml(doc)).toEqual([
      { url: 'https://a.example/rss', title: 'A', folders: ['News', 'World'] },
      { url: 'https://b.example/rss', title: 'B', folders: ['News'] },
      { url: 'https://c.example/rss', title: undefined, folders: [] },
      { url: 'https://d.example/rss', title: 'D', folders: [] }, // an untitled outline is no folder
    ])
  })

  it('reads 20,000 nested folders with a feed each, keeping the outermost 32 levels of each path', () => {
    const n = 20_000
    const doc = `<opml><body>${'<outline text="f"><outline xmlUrl="https://x.example/f.xml" text="x"/>'.repeat(n)}${'</outline>'.repeat(n)}</body></opml>`
    const feeds = parseOpml(doc)
    expect(feeds).toHaveLength(n)
    expect(feeds[2]!.folders).toEqual(['f', 'f', 'f'])
    expect(Math.max(...feeds.map((f) => f.folders.length))).toBe(MAX_FOLDER_DEPTH)
  })
})
