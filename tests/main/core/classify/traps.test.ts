// Every trap kind of issue 14 in every language, one row each: demonym adjectives, places elsewhere that share
// a country's or capital's name, people named after countries, sports teams, companies, organisations seated
// abroad, datelines, and ambiguous topic words. `about` is exact; `mentions` must be in the mentions tier;
// `absent` must be in neither tier; `named` in either; `topics` among the topics, `notTopics` not.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'

interface Trap {
  lang: string
  kind: 'demonym' | 'place-elsewhere' | 'person' | 'sports-team' | 'company' | 'org-abroad' | 'dateline' | 'topic-word'
  title: string
  summary?: string
  about?: string[]
  /** Must be in `about` (when the exact set is debatable). */
  aboutIncludes?: string[]
  mentions?: string[]
  absent?: string[]
  named?: string[]
  topics?: string[]
  notTopics?: string[]
}

const TRAPS: Trap[] = [
  // English
  { lang: 'en', kind: 'demonym', title: 'Thai buyers snap up Chinese cars as prices fall', about: ['TH'], mentions: ['CN'] },
  { lang: 'en', kind: 'place-elsewhere', title: 'Police reopen case of four students killed in Moscow, Idaho', about: ['US'], absent: ['RU'] },
  { lang: 'en', kind: 'person', title: 'Chad Smith to tour with a new band next year', about: [], absent: ['TD'] },
  { lang: 'en', kind: 'sports-team', title: 'Spain beat England in Euro final in Berlin', about: ['ES', 'GB'], mentions: ['DE'] },
  { lang: 'en', kind: 'company', title: 'Qatar Airways flight makes emergency landing in Bangkok', aboutIncludes: ['TH'], named: ['QA'] },
  { lang: 'en', kind: 'org-abroad', title: 'Geneva-based WHO declares mpox emergency in Congo', summary: 'The outbreak in the Democratic Republic of Congo has spread to four neighbouring countries.', about: ['CD'], mentions: ['CH'] },
  { lang: 'en', kind: 'dateline', title: 'Somalia approves new constitution', summary: 'NAIROBI (Reuters) - Somalia\'s parliament approved changes to the constitution on Saturday.', about: ['SO'], mentions: ['KE'] },
  { lang: 'en', kind: 'topic-word', title: 'Biden uses State of the Union to press Congress on border bill', topics: ['politics'], notTopics: ['labour'] },
  { lang: 'en', kind: 'topic-word', title: 'FBI director warns of Chinese hackers', notTopics: ['arts-culture-entertainment'] },
  { lang: 'en', kind: 'topic-word', title: 'Amnesty says its team lost contact with detained lawyer', notTopics: ['sport'] },
  // Russian
  { lang: 'ru', kind: 'demonym', title: 'В Узбекистане выросли продажи китайских автомобилей', about: ['UZ'], mentions: ['CN'] },
  { lang: 'ru', kind: 'place-elsewhere', title: 'В селе Париж Челябинской области открыли музей', about: ['RU'], absent: ['FR'] },
  { lang: 'ru', kind: 'person', title: 'Барабанщик Чад Смит отменил турне', about: [], absent: ['TD'] },
  { lang: 'ru', kind: 'sports-team', title: 'Сборная Сербии уступила Германии в финале в Маниле', about: ['RS', 'DE'], mentions: ['PH'] },
  { lang: 'ru', kind: 'company', title: '«Турецкие авиалинии» отменили рейсы в Тегеран', aboutIncludes: ['IR'], named: ['TR'] },
  { lang: 'ru', kind: 'org-abroad', title: 'МАГАТЭ со штаб-квартирой в Вене направит инспекторов в Иран', about: ['IR'], mentions: ['AT'] },
  { lang: 'ru', kind: 'dateline', title: 'Армения и Азербайджан согласовали текст договора', summary: 'МОСКВА, 14 марта — РИА Новости. Стороны завершили переговоры.', about: ['AM', 'AZ'], mentions: ['RU'] },
  { lang: 'ru', kind: 'topic-word', title: 'Команда спасателей нашла выживших под завалами', notTopics: ['sport'] },
  // Chinese
  { lang: 'zh', kind: 'demonym', title: '泰国市场日本汽车销量下降', about: ['TH'], mentions: ['JP'] },
  { lang: 'zh', kind: 'place-elsewhere', title: '美国新墨西哥州山火烧毁上千栋房屋', about: ['US'], absent: ['MX'] },
  { lang: 'zh', kind: 'person', title: '韩国瑜当选台湾立法机构负责人', about: ['TW'], absent: ['KR'] },
  { lang: 'zh', kind: 'sports-team', title: '中国女排3比1战胜巴西', summary: '在土耳其安塔利亚进行的世界女排联赛中，中国女排击败巴西队。', about: ['CN', 'BR'], mentions: ['TR'] },
  { lang: 'zh', kind: 'company', title: '德国大众在华销量下降', aboutIncludes: ['CN'], named: ['DE'] },
  { lang: 'zh', kind: 'org-abroad', title: '世卫组织宣布刚果（金）疫情构成紧急事件', summary: '总部位于日内瓦的世界卫生组织周三作出上述决定。', about: ['CD'], mentions: ['CH'] },
  { lang: 'zh', kind: 'dateline', title: '索马里议会通过新宪法', summary: '新华社内罗毕3月30日电 索马里议会30日通过宪法修正案。', about: ['SO'], mentions: ['KE'] },
  { lang: 'zh', kind: 'topic-word', title: '救援队在废墟中找到幸存者', notTopics: ['sport'] },
  // French
  { lang: 'fr', kind: 'demonym', title: 'Les ventes de voitures chinoises explosent au Maroc', about: ['MA'], mentions: ['CN'] },
  { lang: 'fr', kind: 'place-elsewhere', title: 'Un ouragan frappe Saint-Pétersbourg, Floride', about: ['US'], absent: ['RU'] },
  { lang: 'fr', kind: 'person', title: 'Jordan Bardella réclame la dissolution de l\'Assemblée', absent: ['JO'] },
  { lang: 'fr', kind: 'sports-team', title: 'Le Maroc bat le Portugal en quart de finale à Doha', about: ['MA', 'PT'], mentions: ['QA'] },
  { lang: 'fr', kind: 'company', title: 'Air France suspend ses vols vers Tel-Aviv', aboutIncludes: ['IL'], named: ['FR'] },
  { lang: 'fr', kind: 'org-abroad', title: 'La CPI, qui siège à La Haye, vise le chef de la junte birmane', about: ['MM'], mentions: ['NL'] },
  { lang: 'fr', kind: 'dateline', title: 'Mali: la junte dissout les partis politiques', summary: 'DAKAR (AFP) - La junte au pouvoir au Mali a dissous mardi tous les partis.', about: ['ML'], mentions: ['SN'] },
  { lang: 'fr', kind: 'topic-word', title: 'Le directeur de l\'OMS appelle à un traité sur les pandémies', topics: ['health'], notTopics: ['arts-culture-entertainment'] },
  { lang: 'fr', kind: 'topic-word', title: 'Bruxelles décide le gel des avoirs de trois oligarques', notTopics: ['weather'] },
  // Spanish
  { lang: 'es', kind: 'demonym', title: 'Crecen en México las ventas de coches chinos', about: ['MX'], mentions: ['CN'] },
  { lang: 'es', kind: 'place-elsewhere', title: 'Un tornado azota París, Texas', about: ['US'], absent: ['FR'] },
  { lang: 'es', kind: 'person', title: 'Francia Márquez denuncia amenazas contra líderes sociales en Colombia', about: ['CO'], absent: ['FR'] },
  { lang: 'es', kind: 'sports-team', title: 'España gana a Inglaterra en la final disputada en Berlín', about: ['ES', 'GB'], mentions: ['DE'] },
  { lang: 'es', kind: 'company', title: 'Banco de Chile eleva sus ganancias un 12%', about: ['CL'] },
  { lang: 'es', kind: 'org-abroad', title: 'La OEA, con sede en Washington, pide elecciones libres en Venezuela', about: ['VE'], mentions: ['US'] },
  { lang: 'es', kind: 'dateline', title: 'Bolivia declara emergencia por sequía', summary: 'LIMA (EFE) - El gobierno de Bolivia declaró el martes la emergencia nacional.', about: ['BO'], mentions: ['PE'] },
  { lang: 'es', kind: 'topic-word', title: 'El director del FMI visita Argentina', notTopics: ['arts-culture-entertainment'] },
  { lang: 'es', kind: 'topic-word', title: 'Carrera presidencial en Ecuador: Noboa y González irán a segunda vuelta', topics: ['politics'], notTopics: ['sport'] },
  // German
  { lang: 'de', kind: 'demonym', title: 'Italienisches Restaurant in Köln nach Brand geschlossen', about: ['DE'], mentions: ['IT'] },
  { lang: 'de', kind: 'place-elsewhere', title: 'Hochwasser in Georgia', summary: 'Im US-Bundesstaat Georgia stehen Tausende Häuser unter Wasser.', about: ['US'], absent: ['GE'] },
  { lang: 'de', kind: 'person', title: 'Model China Machado mit Ausstellung geehrt', absent: ['CN'] },
  { lang: 'de', kind: 'sports-team', title: 'Österreich schlägt die Niederlande bei der EM in Berlin', about: ['AT', 'NL'], mentions: ['DE'] },
  { lang: 'de', kind: 'company', title: 'Deutsche Bank steigert Gewinn deutlich', about: ['DE'] },
  { lang: 'de', kind: 'org-abroad', title: 'Nato sagt der Ukraine bei Treffen in Brüssel Luftabwehr zu', about: ['UA'], mentions: ['BE'] },
  { lang: 'de', kind: 'dateline', title: 'Simbabwe: Cholera-Ausbruch fordert über 100 Tote', summary: 'JOHANNESBURG (dpa) - In Simbabwe sind mehr als 100 Menschen gestorben.', about: ['ZW'], mentions: ['ZA'] },
  { lang: 'de', kind: 'topic-word', title: 'CDU feiert Wahlsieg in Sachsen', topics: ['politics'], notTopics: ['sport'] },
  // Arabic
  { lang: 'ar', kind: 'demonym', title: 'مبيعات السيارات الصينية ترتفع في مصر', about: ['EG'], mentions: ['CN'] },
  { lang: 'ar', kind: 'place-elsewhere', title: 'فيضانات تجتاح ولاية جورجيا الأمريكية', about: ['US'], absent: ['GE'] },
  { lang: 'ar', kind: 'person', title: 'عازف الطبول تشاد سميث يلغي جولته', about: [], absent: ['TD'] },
  { lang: 'ar', kind: 'sports-team', title: 'المغرب يفوز على إسبانيا في ربع نهائي كأس العالم في الدوحة', about: ['MA', 'ES'], mentions: ['QA'] },
  { lang: 'ar', kind: 'company', title: 'طيران الإمارات تطلب 65 طائرة بوينغ', about: ['AE'] },
  { lang: 'ar', kind: 'org-abroad', title: 'منظمة الصحة العالمية ومقرها جنيف تحذر من الكوليرا في اليمن', about: ['YE'], mentions: ['CH'] },
  { lang: 'ar', kind: 'dateline', title: 'الجيش السوري يستعيد السيطرة على بلدة', summary: 'بيروت (رويترز) - قال الجيش السوري إنه استعاد السيطرة على البلدة.', about: ['SY'], mentions: ['LB'] },
  { lang: 'ar', kind: 'topic-word', title: 'فريق الإنقاذ يعثر على ناجين تحت الأنقاض', notTopics: ['sport'] },
  // Portuguese
  { lang: 'pt', kind: 'demonym', title: 'Estudantes brasileiros em Portugal enfrentam falta de moradia', about: ['PT'], mentions: ['BR'] },
  { lang: 'pt', kind: 'place-elsewhere', title: 'Enchentes em Porto Alegre deixam milhares desabrigados', summary: 'As chuvas no Rio Grande do Sul não param.', about: ['BR'], absent: ['PT'] },
  { lang: 'pt', kind: 'person', title: 'O ministro Márcio França anuncia novo programa', absent: ['FR'] },
  { lang: 'pt', kind: 'sports-team', title: 'Portugal vence a Espanha na final da Liga das Nações em Munique', about: ['PT', 'ES'], mentions: ['DE'] },
  { lang: 'pt', kind: 'company', title: 'Petrobras anuncia descoberta de petróleo', about: ['BR'] },
  { lang: 'pt', kind: 'org-abroad', title: 'ONU, em Genebra, pede investigação sobre mortes em Moçambique', about: ['MZ'], mentions: ['CH'] },
  { lang: 'pt', kind: 'dateline', title: 'Angola aumenta preço da gasolina', summary: 'LISBOA (Lusa) - O governo de Angola aumentou o preço da gasolina em 30%.', about: ['AO'], mentions: ['PT'] },
  { lang: 'pt', kind: 'topic-word', title: 'Diretor do Banco Central defende juros altos', topics: ['economy-business-finance'], notTopics: ['arts-culture-entertainment'] },
  // Italian
  { lang: 'it', kind: 'demonym', title: 'Studenti cinesi in aumento nelle università italiane', about: ['IT'], mentions: ['CN'] },
  { lang: 'it', kind: 'place-elsewhere', title: 'Uragano colpisce Napoli, Florida', about: ['US'], absent: ['IT'] },
  { lang: 'it', kind: 'person', title: 'L\'attore Cuba Gooding Jr. torna sul set di un nuovo film', absent: ['CU'] },
  { lang: 'it', kind: 'sports-team', title: 'L\'Italia batte la Francia allo Stadio Olimpico di Roma', about: ['IT', 'FR'] },
  { lang: 'it', kind: 'company', title: 'Stellantis chiude lo stabilimento di Mirafiori a Torino', about: ['IT'] },
  { lang: 'it', kind: 'org-abroad', title: 'La Fao, con sede a Roma, lancia l\'allarme fame in Somalia', about: ['SO'], mentions: ['IT'] },
  { lang: 'it', kind: 'dateline', title: 'Libia, naufragio: 20 migranti morti', summary: 'TUNISI - Almeno 20 migranti sono morti al largo della Libia.', about: ['LY'], mentions: ['TN'] },
  { lang: 'it', kind: 'topic-word', title: 'Il direttore generale della Banca d\'Italia lascia', notTopics: ['arts-culture-entertainment'] },
  // Japanese
  { lang: 'ja', kind: 'demonym', title: 'タイで日本製の自動車の販売が増加', about: ['TH'], mentions: ['JP'] },
  { lang: 'ja', kind: 'place-elsewhere', title: '中国地方で記録的な大雨', absent: ['CN'] },
  { lang: 'ja', kind: 'person', title: '台湾立法院長に韓国瑜氏', about: ['TW'], absent: ['KR'] },
  { lang: 'ja', kind: 'sports-team', title: '日本代表、ワールドカップ・カタール大会でドイツに勝利', about: ['JP', 'DE'], mentions: ['QA'] },
  { lang: 'ja', kind: 'company', title: '中国電力、島根原発2号機を再稼働', absent: ['CN'] },
  { lang: 'ja', kind: 'org-abroad', title: 'WHO、コンゴ民主共和国のエムポックスで緊急事態宣言', summary: '世界保健機関（本部スイス・ジュネーブ）は14日、緊急事態を宣言した。', about: ['CD'], mentions: ['CH'] },
  { lang: 'ja', kind: 'dateline', title: 'ミャンマーで総選挙', summary: '【バンコク共同】ミャンマー軍政は28日、総選挙を実施した。', about: ['MM'], mentions: ['TH'] },
  { lang: 'ja', kind: 'topic-word', title: '自民党大会で総裁が演説', notTopics: ['sport'] },
]

function problems(t: Trap): string[] {
  const got = classifyArticle({ title: t.title, summary: t.summary, lang: t.lang })
  const out: string[] = []
  const named = [...got.countries, ...got.mentions]
  if (t.about && [...t.about].sort().join() !== [...got.countries].sort().join()) out.push(`about [${got.countries}] != [${t.about}]`)
  for (const c of t.aboutIncludes ?? []) if (!got.countries.includes(c)) out.push(`${c} not in about [${got.countries}]`)
  for (const c of t.mentions ?? []) if (!got.mentions.includes(c)) out.push(`${c} not in mentions [${got.mentions}]`)
  for (const c of t.named ?? []) if (!named.includes(c)) out.push(`${c} not named`)
  for (const c of t.absent ?? []) if (named.includes(c)) out.push(`${c} tagged`)
  for (const x of t.topics ?? []) if (!got.topics.includes(x as never)) out.push(`topic ${x} missing [${got.topics}]`)
  for (const x of t.notTopics ?? []) if (got.topics.includes(x as never)) out.push(`topic ${x} wrongly tagged`)
  return out
}

describe('traps of issue 14', () => {
  it('has every trap kind in every language', () => {
    const kinds = ['demonym', 'place-elsewhere', 'person', 'sports-team', 'company', 'org-abroad', 'dateline', 'topic-word']
    for (const lang of ['en', 'ru', 'zh', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ja']) {
      for (const kind of kinds) expect(TRAPS.some((t) => t.lang === lang && t.kind === kind), `${lang} ${kind}`).toBe(true)
    }
  })

  it.each(TRAPS.map((t) => [t.lang, t.kind, t.title, t] as const))('%s %s: %s', (_lang, _kind, _title, trap) => {
    expect(problems(trap)).toEqual([])
  })
})
