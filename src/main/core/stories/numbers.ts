// The numbers a news lead states (tolls, sums, rates, magnitudes), written the same way in every language so that
// two reports of one event in different languages can be compared on them: "5.550" (es), "5 550" (fr) and
// "5,550" (en) all become "5550"; "6,8" and "6.8" become "6.8"; "8万" becomes "80000".

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
/** A run of digits with optional group separators and one optional decimal part, or a CJK myriad count. */
const NUMBER = /\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*(?:\s?[万億亿千])?/g

export interface StatedNumbers {
  /** Decimals and whole numbers of 32 or more that are not years: rarely shared by chance. */
  strong: string[]
  /** Whole numbers 2 to 31: days, counts of a few; weak evidence on their own. */
  weak: string[]
}

/** Any digit a number can start with: text without one (most titles) states none. */
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/

export function statedNumbers(text: string): StatedNumbers {
  if (!ANY_DIGIT.test(text)) return { strong: [], weak: [] }
  const strong = new Set<string>()
  const weak = new Set<string>()
  const ascii = text.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90 % 10))
  for (const match of ascii.matchAll(NUMBER)) {
    const read = readNumber(match[0])
    if (read === undefined) continue
    const value = Math.round(read * scaleAfter(ascii, (match.index ?? 0) + match[0].length) * 1000) / 1000
    const isWhole = Number.isInteger(value)
    if (isWhole && value >= 1900 && value <= 2100) continue
    if (isWhole && value >= 2 && value <= 31) weak.add(String(value))
    else if (!isWhole || value >= 32) strong.add(String(value))
  }
  return { strong: [...strong], weak: [...weak] }
}

const MYRIAD: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8, 亿: 1e8 }

/** Words for thousand, million and billion in the languages we tag, right after a figure ("137 тыс.", "18 مليار",
 *  "60mila", "$5bn"): "18 billion" and "18 миллиардов" must both read 18,000,000,000. Longest forms first. */
const SCALES: Array<[RegExp, number]> = [
  [/^\s?(?:mil millones|billions?|bn|milliards?|miliard[io]|milliarden?|млрд|миллиард\p{L}*|مليارات|مليار|bilh(?:ão|ões))(?!\p{L})/iu, 1e9],
  [/^\s?(?:millions?|mill[oó]n(?:es)?|milh(?:ão|ões)|milion[ei]|millionen|mln|млн|миллион\p{L}*|ملايين|مليون)(?!\p{L})/iu, 1e6],
  [/^\s?(?:thousands?|mil|mila|tausend|тыс|тысяч\p{L}*|آلاف|ألف)(?!\p{L})/iu, 1e3],
]

function scaleAfter(text: string, end: number): number {
  const next = text.slice(end, end + 16)
  for (const [words, scale] of SCALES) if (words.test(next)) return scale
  return 1
}

/** The value of one written number; undefined when its separators make no sense. */
function readNumber(written: string): number | undefined {
  const unit = MYRIAD[written.at(-1) ?? '']
  const digits = (unit ? written.slice(0, -1) : written).trim()
  const groups = digits.split(/[.,\u00a0\u202f ]/)
  const separators = digits.match(/[.,\u00a0\u202f ]/g) ?? []
  let value: number
  if (groups.length === 1) value = Number(digits)
  else if (separators.length === 1 && !isThousandsGroup(groups, separators[0])) {
    value = Number(`${groups[0]}.${groups[1]}`)
  } else if (groups.slice(1).every((g) => g.length === 3)) value = Number(groups.join(''))
  else {
    // "1,234.5" or "1.234,5": every separator but the last groups thousands.
    const last = groups.at(-1) ?? ''
    value = Number(`${groups.slice(0, -1).join('')}.${last}`)
  }
  if (!Number.isFinite(value)) return undefined
  return unit ? Math.round(value * unit) : value
}

/** One separator followed by exactly three digits groups thousands, unless the number starts with 0 ("0.750"). */
function isThousandsGroup(groups: string[], separator: string): boolean {
  if (separator !== '.' && separator !== ',') return true
  return groups[1].length === 3 && groups[0] !== '0'
}
