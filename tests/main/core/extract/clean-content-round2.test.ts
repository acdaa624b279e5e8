// Cleaning rules written for the second round of weak-kind dev pages (live blogs signed per post, headlines that
// extend the title, table notes) and the cheaper measures the cleaning pass and the fallback gate now use.
import { describe, expect, it } from 'vitest'
import { cleanContent } from '../../../../src/main/core/extract/clean-content'
import { extractArticle } from '../../../../src/main/core/extract/extract-article'
import { previewPage } from '../../../../src/main/core/extract/fallback'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'
import { textWithin } from '../../../../src/main/core/extract/text-measures'
import { approxWords, countWords } from '../../../../src/main/core/extract/word-count'

const PAGE = 'https://news.example/2026/story'
const POST = 'Protección Civil pide a los ciudadanos que eviten los desplazamientos no imprescindibles por el centro hasta que se normalice la situación.'
const SHORT_POST = 'Una avería en la subestación ha dejado sin servicio toda la línea a primera hora de la tarde.'

function clean(body: string, opts: { byline?: string; title?: string } = {}): { text: string; rules: string[] } {
  const doc = parseHtml(`<html><body><div id="c">${body}</div></body></html>`)
  const content = doc.getElementById('c')!
  const rules: string[] = []
  cleanContent(content, { pageUrl: PAGE, ...opts, onRemove: (rule) => rules.push(rule) })
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), rules }
}

const chip = '<span class="chip"><img src="/a.jpg" width="24" height="24" alt="">Lucía Ferrer</span>'
const post = (time: string, text: string) => `<div class="entry"><div class="meta"><time>${time}</time> ${chip}</div><div class="text"><p>${text}</p></div></div>`

describe('live-blog posts signed with the author chip', () => {
  it('keep their time and text; only the chip goes', () => {
    const { text, rules } = clean(post('18:12', POST) + post('17:30', SHORT_POST), { byline: 'Lucía Ferrer' })
    expect(text).toBe(`18:12 ${POST}17:30 ${SHORT_POST}`)
    expect(rules).toEqual(['author box', 'author box'])
  })

  it('an author box whose bio is about the author still goes, prose and all', () => {
    const bio = 'Lucía Ferrer is a senior reporter covering transport and the city, and has written about the metro since 2015. Write to her at lucia@news.example.'
    const { text } = clean(`<p>${POST}</p><div class="bio"><img src="/a.jpg" width="60" height="60" alt=""><p>${bio}</p></div>`, { byline: 'Lucía Ferrer' })
    expect(text).toBe(POST)
  })
})

describe('the headline in the body', () => {
  const h1 = '<h1>Council election results live: mayor concedes as count ends</h1>'
  const extract = (title: string) => extractArticle(`<html><head><title>${title}</title></head><body><article>${h1}<p>${POST}</p><p>${POST}</p><p>${POST}</p></article></body></html>`, PAGE)

  it('goes when it extends a title that names its site apart', () => {
    expect(extract('Council election results live | Evening Star').textContent).not.toContain('mayor concedes')
  })

  it('stays under a title that is a headline alone, or that it does not repeat', () => {
    expect(extract('Council election results live: a night of counting').textContent).toContain('mayor concedes')
    expect(extract('Harbour ferry timetable changes | Evening Star').textContent).toContain('mayor concedes')
  })

  it('leaves no mark of the page\'s own <h1> in the stored HTML', () => {
    expect(extract('Something else entirely | Evening Star').contentHtml).not.toContain('data-meridian')
  })
})

describe('a table\'s notes', () => {
  it('keeps the source line after the table and its footnote', () => {
    const table = '<table><tr><th>City</th><th>Rent</th></tr><tr><td>Köln</td><td>14,60</td></tr><tr><td>Bonn</td><td>12,10</td></tr></table>'
    const { text } = clean(`<p>${POST}</p><div>${table}<p>¹ Nettokaltmiete, Median.</p><p>Quelle: Immobilienindex Q3 2026</p></div><p>${POST}</p>`)
    expect(text).toContain('Quelle: Immobilienindex Q3 2026')
  })
})

describe('cheaper measures', () => {
  it('textWithin agrees with collapsing the whole text, on whitespace-heavy trees of many sizes', () => {
    for (let n = 0; n < 60; n++) {
      const pieces = Array.from({ length: n }, (_, i) => `<span>\n      ${'word '.repeat(i % 7)}</span>${i % 3 === 0 ? '\n\n   ' : ''}`).join('')
      const doc = parseHtml(`<html><body><div id="d">${pieces}</div></body></html>`)
      const div = doc.getElementById('d')!
      const whole = (div.textContent ?? '').replace(/\s+/g, ' ').trim()
      for (const max of [0, 10, 50, 200]) expect(textWithin(div, max)).toBe(whole.length > max ? undefined : whole)
    }
  })

  it('approxWords is countWords on plain prose in Latin, Cyrillic and Han script', () => {
    for (const text of [POST, SHORT_POST, 'В северном районе города запустили новую котельную, которая обеспечит теплом жителей.', '铁路部门介绍，为减少对沿江湿地的影响，线路约四成路段以桥梁形式通过。']) {
      expect(Math.abs(approxWords(text) - countWords(text))).toBeLessThanOrEqual(2)
    }
  })

  it('the fallback gate does not count words the page hides', () => {
    const visible = parseHtml(`<html><body><p>${POST}</p></body></html>`)
    const hidden = parseHtml(`<html><body><p>${POST}</p><p hidden>${POST}</p><div style="display: none"><p>${POST}</p></div><div aria-hidden="true">${POST}</div></body></html>`)
    expect(previewPage(hidden).paragraphWords).toBe(previewPage(visible).paragraphWords)
    expect(previewPage(visible).paragraphWords).toBe(countWords(POST))
  })
})
