// Version 10's cues for the about model (about-cues.ts) and the passing roles it added to salience.ts: the other
// side of a match, where the title says something happens, a title's opener; food, "made in" and "born in" origins,
// nurses and students from abroad. Sentences written for this test, not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { isLocative, isOpponent, opensText } from '../../../../src/main/core/classify/about-cues'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { Zone, type Hit } from '../../../../src/main/core/classify/matcher'

/** A hit on the first occurrence of `word` in `text` (the cues read only positions and text). */
function hitOn(text: string, word: string): Hit {
  const start = text.indexOf(word)
  return { zone: Zone.Title, start, end: start + word.length, pattern: 0, term: {} as Hit['term'], text }
}

describe('about cues', () => {
  it.each([
    ['Arsenal beat Real Madrid to reach the semi-finals', 'Real Madrid'],
    ['Seleção feminina vence a Argentina e vai à final', 'Argentina'],
    ['España gana el Mundial tras vencer a Dinamarca', 'Dinamarca'],
    ['El Atlético remonta ante el Oporto', 'Oporto'],
    ['Sinner batte la Germania in finale', 'Germania'],
    ['Le XV de France s\'impose face à l\'Irlande', 'Irlande'],
    ['Deutschland verliert gegen Spanien', 'Spanien'],
    ['Россия обыграла Канаду в финале', 'Канаду'],
    ['المغرب يفوز على الأرجنتين', 'الأرجنتين'],
    ['日本がアルゼンチンを破り決勝へ', 'アルゼンチン'],
    ['中国队击败日本队', '日本'],
  ])('reads the other side in "%s"', (text, word) => {
    expect(isOpponent(hitOn(text, word))).toBe(true)
  })

  it('does not read a subject or a place as the other side', () => {
    expect(isOpponent(hitOn('Argentina beat Brazil', 'Argentina'))).toBe(false)
    expect(isOpponent(hitOn('Floods in Spain kill three', 'Spain'))).toBe(false)
    expect(isOpponent(hitOn('アルゼンチンで大雨', 'アルゼンチン'))).toBe(false)
    expect(isOpponent(hitOn('durante Francia', 'Francia'))).toBe(false)
  })

  it('reads where a title says something happens, and not a subject', () => {
    expect(isLocative(hitOn('Detenido en Málaga un narcotraficante', 'Málaga'))).toBe(true)
    expect(isLocative(hitOn('Incêndio no Algarve obriga a retirar', 'Algarve'))).toBe(true)
    expect(isLocative(hitOn('Hochwasser im Allgäu', 'Allgäu'))).toBe(true)
    expect(isLocative(hitOn('長野・白馬でスキー客が死亡', '白馬'))).toBe(true)
    expect(isLocative(hitOn('Chile endurece la frontera', 'Chile'))).toBe(false)
    expect(isLocative(hitOn('長野県知事が会見', '長野'))).toBe(false)
  })

  it('reads a country that opens the title, after quotes, as its opener', () => {
    expect(opensText(hitOn('Chile endurece la frontera', 'Chile'))).toBe(true)
    expect(opensText(hitOn('«Chile» endurece la frontera', 'Chile'))).toBe(true)
    expect(opensText(hitOn('La frontera de Chile', 'Chile'))).toBe(false)
  })
})

describe('version-10 passing roles', () => {
  it.each([
    ['es', 'Llegan a Quito 200 buses eléctricos fabricados en China', 'CN'],
    ['it', 'Metro di Napoli, in servizio i treni costruiti in Corea del Sud', 'KR'],
    ['it', 'Prato, un alunno su tre ha genitori nati in Cina', 'CN'],
    ['de', 'Sachsen wirbt Pflegekräfte von den Philippinen an', 'PH'],
    ['de', 'Zahl der Studierenden aus Indien an deutschen Hochschulen steigt', 'IN'],
    ['es', 'El ramen japonés conquista Valencia', 'JP'],
    ['de', 'Italienische Eisdielen in Berlin erhöhen die Preise', 'IT'],
    ['ar', 'الكويت تفتح باب استقدام العمالة المنزلية من نيبال', 'NP'],
    ['ar', 'مطاعم المعكرونة الإيطالية تغزو الرياض', 'IT'],
    ['ja', '大阪にフランス菓子の新店', 'FR'],
  ])('%s: %s -> %s is an origin, a mention', (lang, title, code) => {
    const got = classifyArticle({ lang, title })
    expect(got.countries).not.toContain(code)
    expect(got.evidence.mentions?.[code]?.some((e) => e.endsWith('(origin)'))).toBe(true)
  })

  it('keeps an exporter the subject: "made in" beside exports is no passing origin', () => {
    const got = classifyArticle({ lang: 'en', title: 'Exports of cars made in Mexico fall as tariffs bite' })
    expect(got.countries).toContain('MX')
  })
})
