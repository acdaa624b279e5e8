// Mediators and the company a country's name belongs to (issue 14): "a ceasefire brokered by Egypt, Qatar and
// the United States", "при посредничестве Турции", "بوساطة أمريكية", "マレーシアの首相が仲介", "Air France
// cancels flights to Mali". The mediator is not a side of the deal, the airline is not the country: both are named
// in passing (GUIDELINES: hosts and mediators; company).

/** A mediation word: "brokered", "sob mediação", "mediato", "при посредничестве", "Vermittlung". */
const MEDIATION_WORD = new RegExp(
  '(?<!\\p{L})(?:brokered|mediated|facilitated|mediation|médiation|mediación|mediação|mediazione|mediad[oa]s?|mediat[oa]|' +
    'mediati|vermittelt\\p{L}*|vermittlung|посредничеств\\p{L}*|посредническ\\p{L}*)(?!\\p{L})',
  'giu',
)

/**
 * The words allowed between a mediation word and its agent: prepositions, articles, list joiners and the titles of
 * the agent's envoy ("при посредничестве министра иностранных дел Турции", "sous la médiation du sultanat d'Oman").
 * Folded stems; a capitalised word (an earlier item of a list: "by Egypt, Qatar and the United States") also passes.
 */
const AGENT_GAP = /^(?:by|of|the|de|du|des|da|do|dos|das|del|della|dello|dei|degli|dagli|dal|dai|por|pelo|pela|pelos|pelas|par|von|den|der|dem|durch|d|l|la|le|los|las|il|lo|gli|o|a|os|as|and|et|y|e|und|и|sultan\p{L}*|emir\p{L}*|émir\p{L}*|government|gouvernement|gobierno|governo|presiden\p{L}*|présiden\p{L}*|minist\p{L}*|министр\p{L}*|иностран\p{L}*|дел|помощ\p{L}*|оказ\p{L}*|рол\p{L}*|президент\p{L}*|правительств\p{L}*|foreign|affaires|étrangères|esteri|exteriores|estrangeiros|negócios)$/iu

/** True when the text before a mention ends with a mediation word and its agent's gap. */
function followsMediation(before: string): boolean {
  let last = -1
  for (const m of before.matchAll(MEDIATION_WORD)) last = (m.index ?? 0) + m[0].length
  if (last < 0) return false
  const gap = before.slice(last)
  if (/[.;:!?()]/.test(gap)) return false
  const words = gap.split(/[\s,'’]+/).filter(Boolean)
  return words.length <= 6 && words.every((w) => AGENT_GAP.test(w) || /^\p{Lu}/u.test(w))
}

/** The agent before the word: "the US-brokered truce", "Qatari mediation", "von den USA vermittelte". */
const AGENT_OF = /^(?:[-‐]brokered|[-‐]mediated|['’]s mediation|\s+mediation|\s+(?:vermittelt\p{L}*))/iu

/** Arabic: بوساطة مصرية وقطرية, وساطة أمريكية. */
const ARABIC_MEDIATION = /(?:بوساطة|وساطة|الوساطة)(?:(?!بين)[^.،؛]){0,30}$/u

/** CJK: 由卡塔尔斡旋, 在中方斡旋下, アラブ首長国連邦の仲介で, マレーシアのアンワル首相が仲介. */
const CJK_MEDIATION = /^[^。、，！？]{0,12}?(?:斡旋|调解|调停|仲介|仲裁|調停)/u

/** True when the country named at start..end mediates rather than takes part. */
/** Any mediation word in a zone: most texts have none, so the per-mention checks are skipped (cached per text). */
const ANY_MEDIATION = /brok|media[tdçcz]|médi|facilit|vermitt|посредн|وساط|斡旋|调解|调停|仲介|仲裁|調停/iu
let lastText: string | undefined
let lastHasMediation = false

function hasMediation(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastHasMediation = ANY_MEDIATION.test(text)
  }
  return lastHasMediation
}

export function isMediator(text: string, start: number, end: number, isCjk: boolean): boolean {
  if (!hasMediation(text)) return false
  if (isCjk) return CJK_MEDIATION.test(text.slice(end, end + 16))
  const before = text.slice(Math.max(0, start - 60), start)
  // The parties of "mediation between Israel and Hamas" follow "between", which no gap allows.
  if (followsMediation(before) || ARABIC_MEDIATION.test(before)) return true
  let i = end
  while (i < text.length && /\p{L}/u.test(text.charAt(i))) i++ // the rest of the word (Qatar|i)
  return AGENT_OF.test(text.slice(i, i + 24))
}

/** "Air France", "Air Algérie", "Air India": a country's name in an airline's name. */
const COMPANY_BEFORE = /(?:^|[\s«"“('’])Air\s$/u
/**
 * "Turkish Airlines", "Qatar Airways", "Deutsche Telekom", "Royal Air Maroc" is the same kind, and so is "Korean Air"
 * (version 11) — not a state's air force, defence or traffic control ("Indian Air Force", "Kenya Air Defence").
 */
const COMPANY_AFTER = /^\s(?:Airlines|Airways|Air Lines|Telecom|Telekom|Railways|Air(?!\s+(?:Forces?|Defen[cs]e|Marshal|Chief|Command|Corps|Base|Traffic|Quality|Pollution|Strikes?|Raids?|Space|Power|Staff|Wing|Ministry)(?!\p{L})))(?!\p{L})/u

/** "مصر للطيران" (EgyptAir), "الخطوط الجوية القطرية", "طيران الإمارات": Arabic airlines. */
const ARABIC_COMPANY_BEFORE = /(?:^|[^\p{L}])(?:الخطوط الجوية|طيران|فلاي|موانئ|أرامكو|بنك|مصرف|شركة)\s$/u
/** Version 15: "قطر للطاقة" (QatarEnergy), "موانئ دبي العالمية" (DP World), "أرامكو السعودية" (Saudi Aramco). */
const ARABIC_COMPANY_AFTER = /^\s(?:للطيران|للطاقة|للبترول|للاتصالات)(?!\p{L})/u

/** True when the country's name is part of a company's name. */
export function isCompanyName(text: string, start: number, end: number): boolean {
  return COMPANY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || COMPANY_AFTER.test(text.slice(end, end + 24)) ||
    ARABIC_COMPANY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || ARABIC_COMPANY_AFTER.test(text.slice(end, end + 10))
}
