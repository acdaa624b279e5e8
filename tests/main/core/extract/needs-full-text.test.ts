// When the feed's own content is a teaser worth replacing by the downloaded page.
import { describe, expect, it } from 'vitest'
import { isTeaser, needsFullText } from '../../../../src/main/core/extract/needs-full-text'

const SENTENCE = 'The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks. '
/** About 550 characters of text: over the 500-character teaser limit. */
const LONG = SENTENCE.repeat(5).trim()
const html = (text: string) => `<p>${text}</p>`

describe('needsFullText', () => {
  it('never downloads in "never" mode, even for an empty item', () => {
    expect(needsFullText({ summary: '' }, 'never')).toBe(false)
  })

  it('always downloads in "always" mode, even for a complete article', () => {
    expect(needsFullText({ contentHtml: html(LONG.repeat(4)), summary: LONG }, 'always')).toBe(true)
  })

  it('downloads in auto mode when the item has no content, using the summary', () => {
    expect(needsFullText({ summary: 'The council voted to close the old bridge.' }, 'auto')).toBe(true)
  })

  it('downloads in auto mode when the content is only markup without text', () => {
    expect(needsFullText({ contentHtml: '<p><img src="x.jpg"></p>', summary: '' }, 'auto')).toBe(true)
  })

  it('keeps a long, complete article in auto mode', () => {
    expect(needsFullText({ contentHtml: html(LONG), summary: LONG.slice(0, 300) }, 'auto')).toBe(false)
  })

  it('keeps a long summary-only item in auto mode when it is complete', () => {
    expect(needsFullText({ summary: LONG }, 'auto')).toBe(false)
  })

  it('counts text, not markup, against the 500-character limit', () => {
    const markupHeavy = `<div class="a-very-long-class-name-repeated">${'<span style="color: red; font-weight: bold">word</span> '.repeat(40)}</div>`
    expect(markupHeavy.length).toBeGreaterThan(2000)
    expect(needsFullText({ contentHtml: markupHeavy, summary: '' }, 'auto')).toBe(true)
  })
})

describe('isTeaser', () => {
  it.each([
    ['a Unicode ellipsis', `${LONG} The cost…`],
    ['three dots', `${LONG} The cost...`],
    ['WordPress "[…]"', `${LONG} The cost [\u2026]`],
    ['"[...]"', `${LONG} The cost [...]`],
    ['"(…)"', `${LONG} The cost (…)`],
    ['"Read more"', `${LONG} Read more`],
    ['"Read more »"', `${LONG} Read more »`],
    ['"Continue reading" with the title', `${LONG} Continue reading “Bridge to close” →`],
    ['"Lire la suite"', `${LONG} Lire la suite`],
    ['"Weiterlesen"', `${LONG} Weiterlesen ›`],
    ['"[…]" hidden by the WordPress footer', `${LONG} The cost [\u2026] The post Bridge to close appeared first on Valley Courier.`],
  ])('is true for long text ending in %s', (_label, text) => {
    expect(text.length).toBeGreaterThan(500)
    expect(isTeaser(text)).toBe(true)
  })

  it.each([
    ['a full stop', LONG],
    ['a sentence that mentions reading more', `${LONG} Readers can read more about the bridge in our archive.`],
    ['an ellipsis in the middle', `The cost… was high. ${LONG}`],
  ])('is false for long text ending in %s', (_label, text) => {
    expect(isTeaser(text)).toBe(false)
  })

  it('treats anything under 500 characters as a teaser, counting characters not UTF-16 units', () => {
    expect(isTeaser('x'.repeat(499))).toBe(true)
    expect(isTeaser('x'.repeat(500))).toBe(false)
    expect(isTeaser('😀'.repeat(499))).toBe(true) // 998 UTF-16 units, 499 characters
    expect(isTeaser('😀'.repeat(500))).toBe(false) // 1,000 units, 500 characters
  })
})
