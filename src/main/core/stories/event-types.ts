// The kind of happening a lead reports (a quake, a flood, a vote, a rate decision...), recognised from word stems in
// the ten languages we tag: two reports of one event in different languages share few words, but they name the same
// kind of happening. A shared kind is evidence only together with a shared country and time (same-story.ts): two
// quakes in one country within two days are one story far more often than two.
import { ASCII } from './names'

/** Stems that start a word naming the kind (lower-case, accents kept; CJK and Arabic as written). */
const KINDS: Record<string, readonly string[]> = {
  quake: ['earthquake', 'quake', 'tremor', 'séisme', 'tremblement de terre', 'sismo', 'terremoto', 'erdbeben', 'beben', 'землетрясен', 'подземн', '地震', 'زلزال', 'هزة أرضية', 'sisma', 'abalo sísmico'],
  flood: ['flood', 'inondation', 'crue', 'inundaci', 'riada', 'hochwasser', 'überschwemm', 'überflut', 'наводнен', 'паводк', '洪水', '洪涝', '水害', '浸水', 'فيضان', 'سيول', 'alluvion', 'allagament', 'acqua alta', 'enchente', 'inundaç', 'cheia', 'chuvas'],
  storm: ['typhoon', 'hurricane', 'cyclone', 'storm', 'ouragan', 'typhon', 'tempête', 'huracán', 'tifón', 'tormenta', 'hurrikan', 'taifun', 'sturm', 'тайфун', 'ураган', 'шторм', '台风', '颱風', '台風', 'إعصار', 'عاصفة', 'uragano', 'tifone', 'tempesta', 'furacão', 'tufão', 'tempestade'],
  fire: ['fire ', 'fires ', 'firefight', 'wildfire', 'forest fire', 'blaze', 'bushfire', 'incendie', 'incendio', 'waldbrand', 'пожар', '火灾', '山火', '山火事', '火災', 'حريق', 'incêndio'],
  eruption: ['eruption', 'volcano', 'éruption', 'volcan', 'erupción', 'vulkan', 'ausbruch', 'извержен', 'вулкан', '火山', '噴火', '喷发', 'بركان', 'eruzione', 'vulcano', 'erupção', 'vulcão'],
  blast: ['explosion', 'explode', 'blast', 'explosión', 'explosão', 'esplosione', 'взрыв', '爆炸', '爆発', 'انفجار'],
  crash: ['crash', 'absturz', 'abgestürzt', 'collision', 'collide', 'derail', 'collisione', 'colisión', 'choque', 'zusammenstoß', 'zusammenprall', 'entgleis', 'столкновен', 'крушен', '相撞', '脱轨', '衝突', '脱線', 'تصادم', 'اصطدام', 'colisão', 'scontro'],
  sinking: ['sink', 'sank', 'capsiz', 'shipwreck', 'naufrag', 'chavir', 'hundimiento', 'kenter', 'gesunken', 'затонул', 'крушение судна', '沉没', '翻沉', '沈没', 'غرق', 'affond'],
  strike: ['strike', 'walkout', 'grève', 'huelga', 'streik', 'ausstand', 'забастовк', 'стачк', '罢工', 'ストライキ', 'スト', 'إضراب', 'sciopero', 'greve'],
  vote: ['vote', 'election', 'ballot', 'referendum', 'motion de censure', 'élection', 'scrutin', 'votación', 'elecci', 'moción', 'wahl', 'abstimmung', 'misstrauen', 'выбор', 'голосован', 'референдум', '选举', '投票', '選挙', 'انتخاب', 'تصويت', 'elezion', 'votazion', 'eleiç', 'votaç', 'autárquic', 'municipales'],
  rate: ['interest rate', 'key rate', 'cash rate', 'benchmark rate', 'policy rate', 'basis point', 'taux directeur', 'tasa de interés', 'tasa objetivo', 'leitzins', 'ключев', 'ставк', '利率', '利息', '政策金利', '金利', 'سعر الفائدة', 'tasso', 'taxa de juro', 'taxa selic', 'central bank', 'banque centrale', 'banco central', 'zentralbank', 'центробанк', 'банк россии', '央行', '日銀', 'البنك المركزي', 'banca centrale'],
  attack: ['drone', 'missile', 'airstrike', 'air strike', 'shelling', 'bombard', 'frappe', 'ataque', 'misil', 'angriff', 'rakete', 'дрон', 'беспилотник', 'ракет', 'обстрел', 'удар', '无人机', '导弹', '空袭', 'ミサイル', 'ドローン', 'صاروخ', 'مسيرة', 'غارة', 'attacco', 'míssil', 'missil'],
  kidnap: ['kidnap', 'abduct', 'hostage', 'enlèvement', 'enlev', 'otage', 'secuestr', 'entführ', 'geisel', 'похищен', 'заложник', '绑架', '劫持', '拉致', '誘拐', 'اختطاف', 'rapiment', 'sequestr'],
  protest: ['protest', 'demonstrat', 'rally', 'manifestation', 'manifestant', 'manifestaci', 'protesta', 'kundgebung', 'demonstration', 'протест', 'митинг', '抗议', '示威', 'デモ', 'احتجاج', 'مظاهر', 'manifestaç'],
  budget: ['budget', 'presupuesto', 'haushalt', 'бюджет', '预算', '予算', 'ميزانية', 'موازنة', 'bilancio', 'manovra', 'orçamento'],
  shooting: ['shooting', 'gunfire', 'gunmen', 'shot dead', 'fusillade', 'par balles', 'tiroteo', 'balacera', 'schüsse', 'schießerei', 'erschossen', 'стрельб', 'перестрелк', '枪击', '銃撃', 'إطلاق نار', 'sparatoria', 'tiroteio'],
  landslide: ['landslide', 'mudslide', 'glissement de terrain', 'coulée de boue', 'deslizamiento', 'alud', 'erdrutsch', 'hangrutsch', 'оползн', 'оползень', 'сель', '滑坡', '泥石流', '土砂崩れ', 'انهيار أرضي', 'انزلاق', 'frana', 'deslizamento'],
  collapse: ['collapse', 'cave-in', 'effondr', 'derrumb', 'einsturz', 'eingestürzt', 'обрушен', 'обрушил', '坍塌', '倒塌', '崩落', '倒壊', 'انهيار مبنى', 'انهيار عمارة', 'crollo', 'crollat', 'desab'],
  blackout: ['blackout', 'power cut', 'power outage', 'load-shedding', 'load shedding', 'coupure', 'apagón', 'cortes de luz', 'stromausfall', 'stromabschalt', 'отключени', 'веерн', '停电', '限电', '停電', 'انقطاع الكهرباء', 'انقطاع التيار', 'apagão', 'cortes de energia'],
  outbreak: ['outbreak', 'epidemic', 'cholera', 'choléra', 'épidémie', 'cólera', 'epidemia', 'brote', 'холер', 'эпидеми', 'вспышк', '疫情', '霍乱', 'コレラ', '流行', 'كوليرا', 'وباء', 'تفشي', 'surto'],
  launch: ['satellite', 'satellit', 'satélite', 'lift off', 'lifted off', 'спутник', '卫星', '衛星', 'قمر صناعي', 'أقمار صناعية'],
  snow: ['snowfall', 'snowstorm', 'heavy snow', 'blizzard', 'chutes de neige', 'tempête de neige', 'nevada', 'nevadas', 'schneefall', 'schneesturm', 'снегопад', 'метель', '暴雪', '大雪', '降雪', 'عاصفة ثلجية', 'ثلوج', 'nevicat', 'nevasca'],
  heat: ['heatwave', 'heat wave', 'canicule', 'ola de calor', 'hitzewelle', 'аномальная жара', 'жара', '高温', '热浪', '熱波', '猛暑', 'موجة حر', 'ondata di calore', 'onda de calor'],
  cold: ['cold snap', 'cold wave', 'freezing temperatures', 'vague de froid', 'ola de frío', 'kältewelle', 'kälte', 'морозы', 'аномальные морозы', '寒潮', '寒波', 'موجة برد', 'ondata di gelo', 'onda de frio'],
  arrest: ['arrested', 'arrest of', 'detained', 'arrestation', 'interpellé', 'detenido', 'detenida', 'festgenommen', 'festnahme', 'задержан', 'арестован', '逮捕', '被捕', '拘捕', 'اعتقال', 'القبض على', 'arrestat', 'preso', 'presa pela'],
  resignation: ['resign', 'démission', 'dimisión', 'dimite', 'rücktritt', 'tritt zurück', 'отставк', '辞职', '辞任', 'استقالة', 'dimission', 'dimette', 'renúncia', 'renuncia'],
  verdict: ['sentenced', 'verdict', 'convicted', 'acquitted', 'condamné', 'condenado', 'condenada', 'verurteilt', 'freigesprochen', 'приговор', 'осужден', '判处', '判决', '判決', 'حكم على', 'الحكم', 'condannat', 'assolt'],
  trade: ['export', 'imports', 'trade surplus', 'trade deficit', 'exportations', 'exportaciones', 'ausfuhr', 'экспорт', '出口', '进口', '輸出', 'صادرات', 'esportazion', 'exportaç'],
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\s-]+$/u
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u

/** Latin and Cyrillic stems start a word: found by the word's first three letters. Others may sit anywhere. */
const BY_START = new Map<string, Array<[string, string]>>()
const ANYWHERE: Array<[string, string]> = []
for (const [kind, stems] of Object.entries(KINDS)) {
  for (const stem of stems) {
    const lower = stem.toLowerCase()
    if (!LATIN_OR_CYRILLIC.test(lower)) {
      ANYWHERE.push([lower, kind])
      continue
    }
    const key = lower.slice(0, 3)
    if (!BY_START.has(key)) BY_START.set(key, [])
    BY_START.get(key)?.push([lower, kind])
  }
}

/** The kinds of happening `text` names. */
export function eventKinds(text: string): string[] {
  const lower = text.toLowerCase()
  const kinds = new Set<string>()
  // Letters of lower-cased ASCII text are a-z, which a plain class finds three times faster than \p{L}.
  const isAscii = ASCII.test(lower)
  // Most leads are in Latin or Cyrillic letters: the other scripts' stems are looked for only where they can be.
  if (!isAscii && OTHER_SCRIPT.test(lower)) for (const [stem, kind] of ANYWHERE) if (!kinds.has(kind) && lower.includes(stem)) kinds.add(kind)
  for (const word of lower.matchAll(isAscii ? /[a-z]{3,}/g : /\p{L}{3,}/gu)) {
    const candidates = BY_START.get(word[0].slice(0, 3))
    if (!candidates) continue
    const at = word.index ?? 0
    for (const [stem, kind] of candidates) if (!kinds.has(kind) && lower.startsWith(stem, at)) kinds.add(kind)
  }
  return [...kinds].sort()
}
