// Evidence for the second topics GUIDELINES.md asks for that the lexicons lacked (issue 14, session 12): a former
// or deputy office holder before a court is crime and politics, a government's tariff decision is economy and
// politics, in each language's own forms (元法相, 原副市长, бывший мэр, ex assessore, impone aranceles, Strafzölle);
// an outbreak is a disaster cue beside health (GUIDELINES: epidemics as emergencies only together with health).
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { expectTopics } from './helpers'

describe('second topics from distinctive phrases', () => {
  it('files a former or deputy office holder before a court under politics too', () => {
    expectTopics([
      { lang: 'ru', title: 'Бывшего мэра Томска приговорили к восьми годам колонии', summary: 'Суд признал бывшего мэра виновным в получении взятки от застройщика. Прокуратура просила десять лет, защита обжалует приговор.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'ru', title: 'Замминистра энергетики задержан по делу о мошенничестве', summary: 'Следователи задержали чиновника в его кабинете; суд отправил его под арест на два месяца.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'zh', title: '原副市长受贿案一审宣判 获刑十年', summary: '法院认定其利用职务便利为他人谋取利益，非法收受财物共计三千万元，以受贿罪判处有期徒刑十年。', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'ja', title: '元法相に懲役2年の判決　買収事件で', summary: '東京地裁は、選挙で現金を配ったとして公職選挙法違反の罪に問われた被告に懲役2年の判決を言い渡した。', topics: ['crime-law-justice', 'politics'] },
      { lang: 'it', title: 'Ex assessore condannato a cinque anni per corruzione', summary: 'Il tribunale ha riconosciuto l\'imputato colpevole di aver incassato tangenti per gli appalti delle strade provinciali; la difesa ricorrerà in appello.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'es', title: 'Condenan a un exsenador a nueve años de prisión por lavado de dinero', summary: 'Un tribunal federal lo halló culpable de blanquear fondos de contratos públicos a través de empresas fantasma; su abogado anunció que apelará.', topics: ['crime-law-justice', 'politics'], only: true },
    ])
  })

  it('files a government imposing tariffs under politics beside the economy', () => {
    expectTopics([
      { lang: 'en', title: 'Mexico imposes tariffs on Chinese steel and textiles', summary: 'The levies of up to 35% apply to imports from countries without a trade agreement, the economy ministry said.', topics: ['economy-business-finance', 'politics'], only: true },
      { lang: 'es', title: 'Chile impone aranceles a la harina argentina', summary: 'La medida, que entra en vigor el lunes, busca proteger a los molinos locales frente a las importaciones baratas.', topics: ['economy-business-finance', 'politics'], only: true },
      { lang: 'de', title: 'Kanada verhängt Strafzölle auf chinesische Elektroautos', summary: 'Die Abgaben von 100 Prozent gelten ab Oktober; Peking kündigte Gegenmaßnahmen für Agrarprodukte an.', topics: ['economy-business-finance', 'politics'] },
      { lang: 'it', title: 'L\'India impone dazi sull\'acciaio importato', summary: 'I prodotti colpiti valgono circa tre miliardi di dollari di importazioni l\'anno.', topics: ['economy-business-finance', 'politics'], only: true },
    ])
  })

  it('leaves the effect of tariffs on trade to the economy alone', () => {
    const got = classifyArticle({ lang: 'en', title: 'Exporters report slower orders as tariffs bite', summary: 'Shipments of furniture and toys fell 12% in March as buyers waited for prices to settle, the trade data showed.' }).topics
    expect(got).toEqual(['economy-business-finance'])
  })

  it('reads no crime from an arrest that did not happen', () => {
    const cases = [
      { lang: 'en', title: 'Thousands of students march through London', summary: 'The protest over tuition fees passed off peacefully and no one was arrested, police said.' },
      { lang: 'fr', title: 'Des milliers de lycéens défilent à Lyon', summary: 'Le cortège contre la réforme du bac s\'est dispersé dans le calme, sans interpellation.' },
      { lang: 'de', title: 'Tausende Schüler demonstrieren in Köln', summary: 'Die Kundgebung für mehr Lehrer blieb friedlich, es gab keine Festnahmen.' },
    ]
    for (const c of cases) expect(classifyArticle(c).topics, c.title).not.toContain('crime-law-justice')
  })

  it('files a deadly outbreak under disaster beside health, and routine health news under health alone', () => {
    expectTopics([
      { lang: 'en', title: 'Cholera outbreak kills 40 in northern Nigeria', summary: 'Health officials said hospitals in Borno state were overwhelmed as the outbreak spread through camps for displaced people.', topics: ['health', 'disaster-accident-emergency'], only: true },
      { lang: 'es', title: 'Brote de dengue deja 25 muertos en Paraguay', summary: 'El Ministerio de Salud declaró la alerta epidemiológica y los hospitales de Asunción están desbordados.', topics: ['health', 'disaster-accident-emergency'], only: true },
      { lang: 'en', title: 'Flu vaccine uptake rises among over-65s', summary: 'More older people were vaccinated this winter than last, health officials said.', topics: ['health'], only: true },
    ])
  })
})

