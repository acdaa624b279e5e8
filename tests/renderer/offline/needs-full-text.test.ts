// The renderer's port of the teaser rule must agree with the main process's (main/core/extract).
import { describe, expect, it } from 'vitest'
import { needsFullText as mainRule } from '../../../src/main/core/extract'
import { needsFullText, roughText } from '../../../src/renderer/src/offline/needs-full-text'

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
