// Version 12's evidence and cues (issue 14): what the error analysis of the dev sets (Arabic and Japanese first)
// found missing — Seoul against سيول (floods), Arabic airlines, namesakes in Arabic, Japanese and Chinese addresses,
// streets named after countries, Japanese bodies and places — and the cues the about model learned from it (a
// one-character compound, 在华 as where, X破り as the other side). Sentences written for this test, not dev rows.
import { describe, expect, it } from 'vitest'
import { isLocative, isOpponent } from '../../../../src/main/core/classify/about-cues'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { Zone, type Hit } from '../../../../src/main/core/classify/matcher'

function named(lang: string, title: string, summary?: string): { about: string[]; all: string[] } {
  const got = classifyArticle({ title, summary, lang })
  return { about: got.countries, all: [...got.countries, ...got.mentions] }
}

function hitOn(text: string, word: string, isCombo = false): Hit {
  const start = text.indexOf(word)
  return { zone: Zone.Title, start, end: start + word.length, pattern: 0, term: { isCombo } as Hit['term'], text }
}

describe('version-12 namesakes and streets', () => {
  it.each([
    ['ar', 'سيول جارفة تجتاح قرى في محافظة إب', 'KR'],
    ['ar', 'عاصفة ثلجية تضرب مدينة لبنان بولاية أوهايو', 'LB'],
    ['ar', 'حادث سير مروع في دمشق بولاية أوريغون', 'SY'],
    ['ar', 'افتتاح مقهى جديد في شارع سوريا بالقاهرة', 'SY'],
    ['ar', 'فيضان يغمر منازل في بلدة لبنان', 'LB'],
    ['ja', '米オハイオ州ベルリンで竜巻、住宅20棟損壊', 'DE'],
    ['ja', '米テキサス州パリで記録的な豪雨', 'FR'],
    ['zh', '美国印第安纳州秘鲁市发生火灾', 'PE'],
    ['pt', 'Obras na Avenida Brasil bloqueiam o trânsito em Lisboa', 'BR'],
    ['en', 'Police close Lebanon Road after a crash in Croydon', 'LB'],
    ['fr', 'Un incendie ravage un immeuble rue de Syrie à Lyon', 'SY'],
    ['en', 'Steel mill in Milan, Georgia, to close with loss of 300 jobs', 'GE'],
    ['en', 'Steel mill in Milan, Georgia, to close with loss of 300 jobs', 'IT'],
    ['en', 'Pop singer India Hartley tops the charts in Leeds', 'IN'],
    ['ar', 'الطالبة فلسطين الشمري تفوز بمسابقة للخط العربي في الكويت', 'PS'],
    ['pt', 'Vereador Paulo Brasil apresenta projeto de ciclovias em Braga', 'BR'],
    ['es', 'El entrenador Luis Francia deja el banquillo del Betis en Sevilla', 'FR'],
    ['ar', 'المخرج سامي المغربي يبدأ تصوير مسلسل جديد في القاهرة', 'MA'],
    ['en', 'Concert series returns to the Japanese Garden in Portland', 'JP'],
    ['de', 'Sommerfest im Französischen Viertel in Tübingen abgesagt', 'FR'],
    ['ru', 'Кафе «Берлин» в Омске сменило владельца', 'DE'],
    ['pt', 'Enchente atinge o Jardim Itália, na zona sul de São Paulo', 'IT'],
    ['zh', '哈尔滨俄罗斯风情小镇迎来游客高峰', 'RU'],
  ])('%s: %s names no %s', (lang, title, code) => {
    expect(named(lang, title).all).not.toContain(code)
  })

  it('keeps the country when the words are not an address', () => {
    expect(named('ar', 'رئيس كوريا الجنوبية يعود إلى سيول بعد القمة').all).toContain('KR')
    expect(named('ja', '米テキサス州メキシコ国境で移民が急増').all).toContain('MX')
    expect(named('zh', '广州日本总领事馆恢复签证业务').all).toContain('JP')
    expect(named('ar', 'الشارع اللبناني يترقب تشكيل الحكومة').about).toContain('LB')
    expect(named('en', 'Protests in Tbilisi, Georgia, enter a third week').about).toContain('GE')
    expect(named('en', 'Armenia, Georgia and Azerbaijan sign a transit deal').all).toContain('GE')
    expect(named('en', 'India Gate reopens to visitors in New Delhi').about).toContain('IN')
    expect(named('ar', 'اللاعب المغربي يوقع للأهلي').all).toContain('MA')
    expect(named('pt', 'Google Brasil anuncia novo centro de dados em Campinas').all).toContain('BR')
    expect(named('pt', 'Exportações de café do Brasil caem 10% em outubro').about).toContain('BR')
    expect(named('es', 'River Plate juega en el Allianz Parque de São Paulo').all).toContain('BR')
    expect(named('de', 'Deutschlands Tor fiel in der 80. Minute gegen Spanien').about).toContain('DE')
  })
})

describe('version-12 companies, bodies and places', () => {
  it('reads an Arabic airline as a company, not its country', () => {
    const got = named('ar', 'مصر للطيران تلغي رحلاتها إلى بيروت')
    expect(got.about).toContain('LB')
    expect(got.about).not.toContain('EG')
    expect(got.all).toContain('EG')
  })

  it.each([
    ['ja', 'JAXA、新型ロケットの打ち上げに成功', 'JP'],
    ['ja', '公取委、大手通信会社に立ち入り検査', 'JP'],
    ['ja', '富山で大雪、交通機関に乱れ', 'JP'],
    ['ja', '春闘の賃上げ率、2年連続で5%超', 'JP'],
  ])('%s: %s -> %s', (lang, title, code) => {
    expect(named(lang, title).about).toContain(code)
  })
})

describe('version-12 cues', () => {
  it('reads 在华, 访华 and 訪日 as where, and 中美 as no place', () => {
    expect(isLocative(hitOn('特斯拉在华销量回升', '在华', true))).toBe(true)
    expect(isLocative(hitOn('韩国总统访华', '访华', true))).toBe(true)
    expect(isLocative(hitOn('仏大統領が訪日', '訪日', true))).toBe(true)
    expect(isLocative(hitOn('中美经贸磋商', '中美', true))).toBe(false)
    expect(isLocative(hitOn('对华关税', '对华', true))).toBe(false)
  })

  it('reads X破り as the other side of a match', () => {
    expect(isOpponent(hitOn('日本が韓国破り優勝', '韓国'))).toBe(true)
    expect(isOpponent(hitOn('日本が韓国破り優勝', '日本'))).toBe(false)
  })

  it('files a one-character compound of where under that country', () => {
    expect(named('zh', '美国特斯拉在华销量回升').about).toContain('CN')
    expect(named('zh', '韩国总统访华').about).toEqual(expect.arrayContaining(['KR', 'CN']))
  })
})
