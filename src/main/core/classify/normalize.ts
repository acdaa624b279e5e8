// Character folding shared by the pattern tables and the text scan. Pure; no imports.
// Every UTF-16 code unit maps to exactly one folded unit (or to SKIP), so offsets in the folded
// stream are offsets in the original text: the scanner never builds a normalised copy of an article.

/** Folded value meaning "ignore this code unit" (Arabic harakat, tatweel, soft hyphen, zero-width). */
export const SKIP = 0

/** Character classes for word-boundary checks. */
export const enum CharClass {
  Other = 0,
  /** Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, Arabic, ...). */
  Word = 1,
  /** Han, kana, hangul: scripts written without spaces, so never a word boundary problem. */
  Cjk = 2,
}

const FOLD = new Uint16Array(65536)
const CLASS = new Uint8Array(65536)
/** 1 = lower-case letter, 2 = upper-case letter, 0 = uncased (only alphabetic blocks are filled in). */
const CASE = new Uint8Array(65536)

// Traditional to simplified for the characters that occur in country, city and topic names, so
// Taiwanese and Hong Kong feeds match the simplified tables. Pairs: traditional then simplified.
const TRAD_SIMP =
  '國国 蘭兰 爾尔 亞亚 義义 聯联 韓韩 鮮鲜 羅罗 烏乌 紐纽 倫伦 東东 歐欧 臺台 灣湾 華华 頓顿 麥麦 輪轮 ' +
  '盧卢 薩萨 維维 剛刚 達达 門门 們们 屬属 馬马 來来 賓宾 圖图 魯鲁 葉叶 岡冈 敘叙 約约 內内 賴赖 貝贝 ' +
  '庫库 邁迈 廬庐 與与 寧宁 錫锡 澤泽 紹绍 爭争 戰战 選选 舉举 經经 濟济 貿贸 醫医 療疗 學学 體体 運运 ' +
  '動动 災灾 難难 颱台 風风 環环 氣气 軍军 導导 彈弹 襲袭 擊击 總总 統统 長长 會会 議议 務务 報报 聞闻 ' +
  '將将 據据 發发 佈布 觀观 島岛 聖圣 開开 關关 區区 線线 黨党 員员 權权 勞劳 罷罢 農农 貨货 幣币 銀银 ' +
  '價价 稅税 資资 產产 劇剧 藝艺 樂乐 電电 腦脑 網网 絡络 譯译 險险 檢检 獄狱 詐诈 殺杀 搶抢 販贩'

function foldOne(code: number): number {
  const ch = String.fromCharCode(code)
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  return base.length === 1 ? base.charCodeAt(0) : code
}

function buildTables(): void {
  for (let c = 0; c < 65536; c++) FOLD[c] = c
  const ranges: Array<[number, number]> = [[0x41, 0x24f], [0x370, 0x3ff], [0x1e00, 0x1eff]]
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) FOLD[c] = foldOne(c)
  for (const [from, to] of [[0x41, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff]]) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c)
      const lower = ch.toLowerCase()
      const upper = ch.toUpperCase()
      if (lower !== upper) CASE[c] = ch === lower ? 1 : 2
    }
  }
  // Cyrillic: lower case only; й is a letter of its own, not и with a breve.
  for (let c = 0x400; c <= 0x52f; c++) {
    const lower = String.fromCharCode(c).toLowerCase()
    FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c
  }
  FOLD[0xdf] = 0xdf // keep German sharp s as is on both sides
  FOLD[0x451] = 0x435 // ё -> е: Russian writes both
  // Arabic: alef variants -> bare alef, alef maksura -> ya, ta marbuta -> ha (spelled both ways online).
  for (const c of [0x622, 0x623, 0x625, 0x671]) FOLD[c] = 0x627
  FOLD[0x649] = 0x64a
  FOLD[0x629] = 0x647
  FOLD[0x6cc] = 0x64a // Persian ya
  FOLD[0x6a9] = 0x643 // Persian kaf
  for (let c = 0x64b; c <= 0x65f; c++) FOLD[c] = SKIP
  for (const c of [0x640, 0x670, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) FOLD[c] = SKIP
  for (let c = 0x300; c <= 0x36f; c++) FOLD[c] = SKIP
  // Full-width ASCII (common in Chinese text) -> ASCII, then lower-cased.
  for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = foldOne(c - 0xfee0)
  FOLD[0x3000] = 0x20
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x60]) FOLD[c] = 0x27 // apostrophes
  // Hyphens and dashes fold to a space: "Guinea-Bissau" and "Guinea Bissau" are one pattern.
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) FOLD[c] = 0x20
  FOLD[0xa0] = 0x20
  for (const pair of TRAD_SIMP.split(' ')) FOLD[pair.charCodeAt(0)] = pair.charCodeAt(1)

  for (let c = 0; c < 65536; c++) {
    const f = FOLD[c]
    if (f === SKIP) continue
    if (isCjk(f)) CLASS[c] = CharClass.Cjk
    else if (isWordCode(f)) CLASS[c] = CharClass.Word
  }
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
}

function isWordCode(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true
  if (c >= 0x61 && c <= 0x7a) return true
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7
  if (c >= 0x370 && c <= 0x52f) return true
  if (c >= 0x620 && c <= 0x64a) return true
  if (c >= 0x660 && c <= 0x669) return true
  if (c >= 0x671 && c <= 0x6d3) return true
  return c >= 0x1e00 && c <= 0x1eff
}

buildTables()

/**
 * The tables themselves, for hot loops: callers keep them in a module-local const, because an
 * imported function is reached through a getter in some module systems (tsx, vitest).
 * FOLD maps a code unit to its folded unit: lower case, no diacritics, Arabic letter variants merged,
 * traditional Han simplified, dashes as spaces, SKIP for units to ignore.
 */
export function foldTable(): Uint16Array {
  return FOLD
}

/** CharClass per code unit, from its folded value. */
export function classTable(): Uint8Array {
  return CLASS
}

/** 1 = lower-case letter, 2 = upper-case letter, 0 = anything else. */
export function caseTable(): Uint8Array {
  return CASE
}

export function charClass(code: number): CharClass {
  return CLASS[code] as CharClass
}

const foldBuffer: number[] = []
const PLAIN_ASCII = /^[\x21-\x2c\x2e-\x5f\x61-\x7e]+(?: [\x21-\x2c\x2e-\x5f\x61-\x7e]+)*$/ // no dash, no backtick

/**
 * Folds a whole string, dropping SKIP units and collapsing white space, like the scanner does.
 * Used for patterns and short strings (at most 256 units are kept), not for articles.
 */
export function foldString(s: string): string {
  // Most table spellings are plain ASCII words: the native lower-casing is much faster than the
  // table walk while the engine is still cold (the lexicon is built once, at startup).
  if (PLAIN_ASCII.test(s)) return s.toLowerCase()
  let n = 0
  let lastWasSpace = true // also trims leading space
  for (let i = 0; i < s.length && n < 256; i++) {
    let f = FOLD[s.charCodeAt(i)]
    if (f === SKIP) continue
    if (f <= 0x20) {
      if (lastWasSpace) continue
      f = 0x20
      lastWasSpace = true
    } else lastWasSpace = false
    foldBuffer[n++] = f
  }
  if (n > 0 && foldBuffer[n - 1] === 0x20) n--
  foldBuffer.length = n
  return String.fromCharCode.apply(null, foldBuffer)
}

/** True when the code unit is an upper-case letter. */
export function isUpper(code: number): boolean {
  return CASE[code] === 2
}

/** True when the code unit is a letter with case (Latin, Greek, Cyrillic). */
export function isCasedLetter(code: number): boolean {
  return CASE[code] !== 0
}
