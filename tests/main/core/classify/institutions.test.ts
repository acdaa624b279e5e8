// A country's own institutions (data/institutions.ts, version 9): each body named in a lead of its language tags
// its country; the names several states share, and the bodies qualified by another state, do not.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { INSTITUTIONS } from '../../../../src/main/core/classify/data/institutions'

/** A plain news sentence per language around one body's name, so the name is its subject. */
const LEADS: Record<string, (name: string) => string> = {
  pt: (n) => `${n} anuncia novas medidas nesta quarta-feira`,
  it: (n) => `${n}, arriva la decisione sulle nuove misure`,
  es: (n) => `${n} anuncia nuevas medidas`,
  de: (n) => `${n} kündigt neue Maßnahmen an`,
  ja: (n) => `${n}が新たな対策を発表`,
  ar: (n) => `${n} يعلن إجراءات جديدة`,
  // Version 14: Russian, French and Chinese bodies (МЧС, SNCF, 港府).
  ru: (n) => `${n} объявил о новых мерах`,
  fr: (n) => `${n} annonce de nouvelles mesures`,
  zh: (n) => `${n}宣布新措施`,
  en: (n) => `${n} announces new measures`,
}

function bodies(): { code: string; lang: string; name: string }[] {
  return INSTITUTIONS.trim().split('\n').flatMap((line) => {
    const [head, rest] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]
    const [code, lang] = head.trim().split(' ')
    return rest.split(/[;/]/).map((s) => s.trim()).filter(Boolean).map((name) => ({ code, lang, name }))
  })
}

describe('a country\'s own institutions', () => {
  it('tags the country of every listed body named in a title of its language', () => {
    const failures: string[] = []
    for (const { code, lang, name } of bodies()) {
      const langs = lang === '*' ? ['de', 'en'] : [lang]
      for (const l of langs) {
        const got = classifyArticle({ title: LEADS[l](name), lang: l }).countries
        if (!got.includes(code)) failures.push(`${l} ${name} -> [${got}] (want ${code})`)
      }
    }
    expect(failures).toEqual([])
  })

  it.each([
    ['pt', 'STF mantém condenação de ex-presidente', 'O Supremo Tribunal Federal rejeitou nesta terça-feira o recurso da defesa.', 'BR'],
    ['pt', 'Marcelo promulga diploma no Palácio de Belém', 'O Presidente da República recebeu o primeiro-ministro no Palácio de Belém.', 'PT'],
    ['pt', 'Assembleia da República aprova Orçamento', 'Os deputados aprovaram na generalidade a proposta do Governo.', 'PT'],
    ['it', 'La Farnesina convoca l\'ambasciatore', 'Il ministero degli Esteri ha chiesto chiarimenti dopo l\'arresto.', 'IT'],
    ['it', 'Bankitalia taglia le stime di crescita', 'Secondo la Banca d\'Italia il Pil salirà dello 0,5%.', 'IT'],
    ['de', 'Auswärtiges Amt warnt vor Reisen', 'Das Auswärtige Amt hat seine Reisehinweise verschärft.', 'DE'],
    ['de', 'Ständerat lehnt Initiative ab', 'Die kleine Kammer folgte damit dem Nationalrat.', 'CH'],
    ['de', 'FPÖ legt in Umfragen zu', 'Die Partei liegt laut der jüngsten Erhebung vorn.', 'AT'],
    ['ja', '衆院で予算案可決', '衆院は本会議で来年度予算案を賛成多数で可決した。', 'JP'],
    ['ja', '厚労省、新たな指針', '厚生労働省は12日、感染対策の指針をまとめた。', 'JP'],
    ['ja', '臨時国会が召集', '秋の臨時国会が召集された。', 'JP'],
    ['ja', '国会議員の定数削減', '与党は国会議員の定数を削減する法案を提出した。', 'JP'],
    ['ar', 'قصر بعبدا يستقبل وفدا', 'استقبل رئيس الجمهورية في قصر بعبدا وفدا من البنك الدولي.', 'LB'],
    ['ar', 'الكنيست يصادق على الميزانية', 'صادق الكنيست بالقراءة الأولى على مشروع القانون.', 'IL'],
  ])('%s: %s tags its country', (lang, title, summary, code) => {
    expect(classifyArticle({ title, summary, lang }).countries).toContain(code)
  })
})

describe('institutions several states share, or qualified by another state', () => {
  const named = (title: string, summary: string, lang: string) => {
    const r = classifyArticle({ title, summary, lang })
    return [...r.countries, ...r.mentions]
  }

  it.each([
    ['de', 'Bundesrat beschließt neue Regeln', 'Der Bundesrat hat am Mittwoch entschieden.', ['DE', 'AT', 'CH']],
    ['de', 'Nationalrat debattiert Budget', 'Der Nationalrat berät am Donnerstag über das Budget.', ['DE', 'AT', 'CH']],
    ['ar', 'مجلس النواب يقر الموازنة', 'أقر مجلس النواب الموازنة العامة بالأغلبية.', ['EG', 'JO', 'IQ', 'LB', 'BH', 'LY', 'US']],
    ['ar', 'الديوان الملكي ينعى أميرا', 'أعلن الديوان الملكي وفاة الأمير.', ['SA', 'JO', 'MA']],
    ['ar', 'مجلس الشورى يناقش مشروع القانون', 'ناقش مجلس الشورى مشروع القانون في جلسته.', ['SA', 'QA', 'OM', 'BH', 'IR']],
    ['pt', 'COP30 começa em Belém', 'A conferência do clima começou nesta segunda-feira em Belém.', ['PT']],
    ['it', 'Consulta pubblica sul nuovo piano', 'La consulta resterà aperta per trenta giorni.', ['IT']],
    ['zh', '韩国国会通过弹劾案', '韩国国会14日通过总统弹劾案。', ['JP']],
    ['ja', '国連気候会議が閉幕', '国連気候変動枠組み条約第30回締約国会議が閉幕した。', ['JP']],
    ['ja', '全国会議を開催', '労働組合が全国会議を開いた。', ['JP']],
  ])('%s: %s names no country of the shared body', (lang, title, summary, absent) => {
    const got = named(title, summary, lang)
    expect(got.filter((c) => absent.includes(c))).toEqual([])
  })

  it.each([
    ['韓国国会が弾劾案可決', '韓国国会は14日、弾劾訴追案を可決した。', 'KR'],
    ['米財務省が制裁発表', '米財務省は12日、新たな制裁を発表した。', 'US'],
    ['ブラジル最高裁が判断', 'ブラジル最高裁は前大統領の上訴を退けた。', 'BR'],
  ])('ja: %s is the other state\'s body, not Japan\'s', (title, summary, code) => {
    const r = classifyArticle({ title, summary, lang: 'ja' })
    expect(r.countries).toContain(code)
    expect([...r.countries, ...r.mentions]).not.toContain('JP')
  })

  it.each([
    ['Assembleia da República with Maputo', 'pt', 'Assembleia da República aprova lei eleitoral', 'O parlamento de Moçambique, em Maputo, aprovou a lei.', 'MZ', 'PT'],
    ['米ジョージア州 before Atlanta', 'ja', '米ジョージア州で銃撃事件', '南部ジョージア州アトランタ近郊で12日、銃撃事件があった。', 'US', 'GE'],
    ['ジョージア州 alone', 'ja', 'ジョージア州で大規模停電', 'ジョージア州アトランタで停電が続いている。', 'US', 'GE'],
  ])('%s: resolved to the right state', (_what, lang, title, summary, code, wrong) => {
    const r = classifyArticle({ title, summary, lang })
    expect(r.countries).toContain(code)
    expect([...r.countries, ...r.mentions]).not.toContain(wrong)
  })
})
