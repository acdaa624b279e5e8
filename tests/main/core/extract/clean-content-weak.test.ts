// The cleaning rules for the weak kinds of the dev set: Chinese portal chrome (editor lines, related lists,
// pagers, copyright lines, short link blocks after prose written in Han characters) goes, and a data table's
// source note stays.
import { describe, expect, it } from 'vitest'
import { cleanContent } from '../../../../src/main/core/extract/clean-content'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'
import { isProse } from '../../../../src/main/core/extract/text-measures'

const ZH = '铁路部门介绍，为减少对沿江湿地的影响，线路约四成路段以桥梁形式通过，施工期间还在候鸟迁徙季节调整了作业时间。'
const PAGE = 'https://news.example/2026/story'

function clean(body: string): { text: string; rules: string[] } {
  const doc = parseHtml(`<html><body><div id="c">${body}</div></body></html>`)
  const content = doc.getElementById('c')!
  const rules: string[] = []
  cleanContent(content, { pageUrl: PAGE, onRemove: (rule) => rules.push(rule) })
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), rules }
}

describe('Chinese chrome', () => {
  it('a paragraph of Han characters is prose though shorter than 120 characters', () => {
    const p = parseHtml(`<html><body><p id="p">${ZH}</p></body></html>`).getElementById('p')!
    expect(ZH.length).toBeLessThan(120)
    expect(isProse(p)).toBe(true)
    const short = parseHtml('<html><body><p id="p">扫一扫在手机打开当前页。</p></body></html>').getElementById('p')!
    expect(isProse(short)).toBe(false)
  })

  it.each([
    ['an editor line in brackets', '<div>【责任编辑：李明】</div>', 'editor line'],
    ['an editor line with a code', '<p>责任编辑：赵晓 SN225</p>', 'editor line'],
    ['an English editor line', '<p>Edited by Tom Whitfield</p>', 'editor line'],
    ['a related list', '<div><h2>相关新闻</h2><ul><li><a href="/a">高铁网络覆盖九成以上大城市</a></li><li><a href="/b">铁路冬季运输方案出炉</a></li></ul></div>', 'related'],
    ['a pager', '<div><a href="/p">上一篇：城市更新项目年内全部开工</a><br><a href="/n">下一篇：冬季供暖保障工作部署会召开</a></div>', 'previous/next'],
    ['a copyright line', '<p>版权所有 新闻网 未经协议授权禁止转载</p>', 'copyright'],
    ['a comments heading', '<h3>我要评论</h3>', 'comments heading'],
  ])('%s', (_, inner, rule) => {
    const { text, rules } = clean(`<p>${ZH}</p>${inner}<p>${ZH}</p>`)
    expect(rules).toContain(rule)
    expect(text).toBe(`${ZH}${ZH}`)
  })

  it('a short link block after the last paragraph of Han prose', () => {
    const { text, rules } = clean(`<p>${ZH}</p><div><a href="https://news.example/jiucuo">【纠错】</a></div>`)
    expect(rules).toEqual(['trailing links'])
    expect(text).toBe(ZH)
  })

  it('keeps prose that mentions an editor', () => {
    const line = '<p>责任编辑表示，这一安排经过了多轮讨论。</p>'
    expect(clean(`<p>${ZH}</p>${line}<p>${ZH}</p>`).text).toContain('多轮讨论')
  })
})

describe('data tables', () => {
  it("keeps a table's source note, while a photo's credit goes", () => {
    const table = '<table><tr><th>Region</th><th>Petrol</th></tr><tr><td>North</td><td>1.742</td></tr></table>'
    const prose = '<p>Petrol and diesel prices rose in every region this week, with the islands again paying the most of all regions in the country.</p>'
    const { text, rules } = clean(`${prose}${table}<p>Source: National Energy Agency survey of 2,400 filling stations.</p>${prose}`)
    expect(rules).toEqual([])
    expect(text).toContain('Source: National Energy Agency')
    expect(clean(`${prose}<figure><img src="/p.jpg" width="800"></figure><p>Source: Reuters</p>${prose}`).rules).toEqual(['credit'])
  })
})

describe('links not yet resolved', () => {
  it('a trailing block of relative links is the own site’s, as the second extractor sees it', () => {
    const prose = '<p>The council met on Tuesday to review the harbour project, and its members spent most of the long afternoon on the budget and the timetable.</p>'
    const { text, rules } = clean(`${prose}<div><a href="/corrections">Report an error</a></div>`)
    expect(rules).toEqual(['trailing links'])
    expect(text).not.toContain('Report an error')
  })

  it('keeps in-page anchors after the last paragraph: they point within the article', () => {
    const prose = '<p>The council met on Tuesday to review the harbour project, and its members spent most of the long afternoon on the budget and the timetable.</p>'
    expect(clean(`${prose}<div><a href="#story-continues">Continue reading the main story</a></div>`).text).toContain('Continue reading')
  })
})

describe('data tables after the last paragraph', () => {
  it('keeps a results table whose row heads are links to the site', () => {
    const prose = '<p>The council met on Tuesday to review the harbour project, and its members spent most of the long afternoon on the budget and the timetable.</p>'
    const row = (team: string, score: string) => `<tr><td><a href="https://news.example/teams/${team.toLowerCase()}">${team} Rovers</a></td><td>${score}</td></tr>`
    const table = `<div><table><tr><th>Team</th><th>Points</th></tr>${row('Northern', '31')}${row('Harbour', '28')}${row('Valley', '22')}</table></div>`
    const { text, rules } = clean(`${prose}${table}`)
    expect(rules).toEqual([])
    expect(text).toContain('Valley Rovers22')
  })

  it('still removes a one-column table that lists other stories', () => {
    const prose = '<p>The council met on Tuesday to review the harbour project, and its members spent most of the long afternoon on the budget and the timetable.</p>'
    const links = '<div><table><tr><td><a href="https://news.example/a">Storms on the coast tonight</a></td></tr><tr><td><a href="https://news.example/b">The cup final</a></td></tr></table></div>'
    expect(clean(`${prose}${links}`).rules).toContain('trailing links')
  })
})
