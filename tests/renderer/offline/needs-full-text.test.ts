// The renderer's port of the teaser rule must agree with the main process's (main/core/extract).
import { describe, expect, it } from 'vitest'
import { needsFullText as mainRule } from '../../../src/main/core/extract'
import { needsFullText, needsPage, roughText } from '../../../src/renderer/src/offline/needs-full-text'

const long = 'Words that make a real paragraph of article text. '.repeat(15)
const cases: [string, { contentHtml?: string; summary: string }][] = [
  ['no content, short summary', { summary: 'Only a line' }],
  ['short content', { contentHtml: '<p>Short.</p>', summary: '' }],
  ['long content', { contentHtml: `<p>${long}</p>`, summary: '' }],
  ['long content ending in […]', { contentHtml: `<p>${long} and then […]</p>`, summary: '' }],
  ['long content ending in &hellip;', { contentHtml: `<p>${long} and then&hellip;</p>`, summary: '' }],
  ['long content ending in Read more »', { contentHtml: `<p>${long}</p><p><a href="/x">Read more »</a></p>`, summary: '' }],
  ['WordPress footer after the excerpt', { contentHtml: `<p>${long} [&#8230;]</p><p>The post Big news appeared first on Example Blog.</p>`, summary: '' }],
  ['script text is not content', { contentHtml: `<p>Tiny</p><script>${long}</script>`, summary: '' }],
]

describe('needsFullText (renderer port)', () => {
  it.each(cases)('agrees with the main process: %s', (_name, item) => {
    for (const mode of ['auto', 'always', 'never'] as const) expect(needsFullText(item, mode)).toBe(mainRule(item, mode))
  })

  it('reads entities and drops tags', () => {
    expect(roughText('<p>A&nbsp;&amp;&#x42;<br>C&hellip;</p>')).toBe('A &B C…')
  })
})

describe('needsPage (the planner: the verdict of the engine first)', () => {
  it.each(cases)('with the verdict main makes for it, agrees with main in every mode: %s', (_name, item) => {
    const tagEvidence = { source: mainRule(item, 'auto') ? ('teaser' as const) : ('full-text' as const) }
    for (const mode of ['auto', 'always', 'never'] as const) expect(needsPage({ ...item, tagEvidence }, mode)).toBe(mainRule(item, mode))
  })

  it('takes the verdict as it is in auto mode, and only there', () => {
    const teaser = { contentHtml: '<p>Short.</p>', summary: '' }
    const whole = { contentHtml: `<p>${long}</p>`, summary: '' }
    expect(needsPage({ ...teaser, tagEvidence: { source: 'full-text' } }, 'auto')).toBe(false)
    expect(needsPage({ ...whole, tagEvidence: { source: 'teaser' } }, 'auto')).toBe(true)
    expect(needsPage({ ...teaser, tagEvidence: { source: 'full-text' } }, 'always')).toBe(true)
    expect(needsPage({ ...whole, tagEvidence: { source: 'teaser' } }, 'never')).toBe(false)
  })

  it('judges the text itself when no verdict came', () => {
    expect(needsPage({ contentHtml: '<p>Short.</p>', summary: '' }, 'auto')).toBe(true)
    expect(needsPage({ contentHtml: `<p>${long}</p>`, summary: '', tagEvidence: {} }, 'auto')).toBe(false)
  })
})
