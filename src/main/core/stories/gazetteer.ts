// Places, seats of government and leaders under one id whatever the script: Odesa, Одесса, 敖德萨 and أوديسا are
// one place, which no spelling-free key can see (Han and Arabic write them unlike Latin). Built from the
// classifier's multilingual tables (classify/data, read-only here), so both engines know the same places.
import { PLACES } from '../classify/data/places'
import { PLACES_JA } from '../classify/data/names-ja'
import { REGIONS } from '../classify/data/regions'
import { LEADERS, SEATS } from '../classify/data/seats'
import { simplifyHan } from './han'
import { katakanaWords } from './kana'
import { fold, skeleton } from './names'

export interface Gazetteer {
  /** Folded phrase (words joined by one space) → entity id, for Latin, Cyrillic and Arabic spellings. */
  phrases: Map<string, string>
  /** Cyrillic phrases by their stem (the last vowel or soft sign cut off), for declined forms: Одесс-е, Москв-ы. */
  stems: Map<string, string>
  /** First word of each phrase → the most words of a phrase it starts: words that start none are skipped at once. */
  firstWords: Map<string, number>
  /** Han (simplified) and kana spellings by their first two characters: found anywhere, CJK writes no spaces. */
  cjk: Map<string, Array<[string, string]>>
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const KATAKANA_ONLY = /^[\u30a1-\u30fc]+$/
/** The article "al-" opens most Arabic place names; clitics glue to it (بالقاهرة, والقاهرة). */
const ARABIC_ARTICLE = /^(?:ال)/

/**
 * What an entity is, the first letter of its id: a capital, another city, a region, a seat of government or an
 * institution, a leader. Capitals, seats and leaders appear in most stories about their country.
 */
type EntityClass = 'k' | 'c' | 'r' | 's' | 'l'

interface Group {
  country: string
  spellings: string[]
  entity: EntityClass
}

/** One table line, `CC: spellings; spellings`, as groups of spellings; the first group of a PLACES line is the capital. */
function groups(table: string, entity: EntityClass, firstIsCapital = false): Group[] {
  const out: Group[] = []
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':')
    if (colon !== 2) continue
    const country = line.slice(0, 2)
    line.slice(3).split(';').forEach((group, i) => {
      const spellings = group.split('/').map((s) => s.trim()).filter(Boolean)
      if (spellings.length) out.push({ country, spellings, entity: firstIsCapital && i === 0 ? 'k' : entity })
    })
  }
  return out
}

/** A spelling as matched: folded, hyphens as spaces, Arabic without its article. */
function phraseKey(spelling: string): string {
  return fold(spelling).replace(/[-‐]/g, ' ').split(/\s+/).filter(Boolean)
    .map((w, i) => (i === 0 ? w.replace(ARABIC_ARTICLE, '') : w)).join(' ')
}

let built: Gazetteer | undefined

export function gazetteer(): Gazetteer {
  if (built) return built
  const idOf = new Map<string, string>() // country + folded spelling → id
  const bySkeleton = new Map<string, string>() // country + skeleton of a Latin spelling → id
  const phrases = new Map<string, string>()
  const cjk = new Map<string, Array<[string, string]>>()
  const firstWords = new Map<string, number>()
  const stems = new Map<string, string>()
  const all = [
    ...groups(PLACES, 'c', true), ...groups(REGIONS, 'r'), ...groups(SEATS, 's'), ...groups(LEADERS, 'l'), ...groups(PLACES_JA, 'c'),
  ]
  for (const { country, spellings, entity } of all) {
    // A group names the entity of an earlier group when they share a spelling (北京 in two tables), or when its
    // katakana reads as a Latin spelling of that country does (オデッサ / Odessa).
    const known = spellings.map((s) => idOf.get(`${country}${fold(simplifyHan(s))}`) ?? katakanaMatch(country, s, bySkeleton)).find(Boolean)
    const id = known ?? `${entity}:${country}:${spellings[0]}`
    for (const spelling of spellings) {
      idOf.set(`${country}${fold(simplifyHan(spelling))}`, id)
      if (CJK.test(spelling)) {
        const simple = simplifyHan(spelling)
        if ([...simple].length < 2) continue
        const head = simple.slice(0, 2)
        if (!cjk.has(head)) cjk.set(head, [])
        cjk.get(head)?.push([simple, id])
        continue
      }
      const key = phraseKey(spelling)
      if (!key || phrases.has(key)) continue // the first table to name a spelling keeps it
      phrases.set(key, id)
      if (/\p{Script=Cyrillic}$/u.test(key)) stems.set(key.replace(/[аяьиоый]$/, ''), id)
      const parts = key.split(' ')
      firstWords.set(parts[0], Math.max(firstWords.get(parts[0]) ?? 0, parts.length))
      if (/^[\p{Script=Latin}\s'’.-]+$/u.test(spelling)) bySkeleton.set(`${country}${skeleton(fold(spelling))}`, id)
    }
  }
  built = { phrases, stems, firstWords, cjk }
  return built
}

function katakanaMatch(country: string, spelling: string, bySkeleton: Map<string, string>): string | undefined {
  if (!KATAKANA_ONLY.test(spelling)) return undefined
  const romanised = katakanaWords(spelling)[0]
  return romanised ? bySkeleton.get(`${country}${skeleton(romanised)}`) : undefined
}
