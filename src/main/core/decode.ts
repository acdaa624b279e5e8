// Feed bytes -> text. Order: BOM, UTF-16/32 byte patterns, HTTP charset (RFC 3023), XML declaration,
// JSON (always UTF-8), HTML <meta>, then UTF-8 (windows-1252 when the bytes are clearly not UTF-8).
// Plain Node + iconv-lite: never imports electron. Never throws on bad bytes: they become U+FFFD.
import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'

export interface DecodedFeed {
  text: string
  /** Canonical name of the charset actually used, e.g. 'utf-8', 'iso-8859-1', 'utf-16le', 'gb18030'. */
  encoding: string
}

/** name: what we report; codec: what iconv-lite decodes with (often a superset, as browsers do). */
interface Charset {
  name: string
  codec: string
}

const UTF8: Charset = { name: 'utf-8', codec: 'utf8' }
const CP1252: Charset = { name: 'windows-1252', codec: 'windows-1252' }

export function decodeFeed(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const bom = detectBom(buf)
  if (bom) return run(buf.subarray(bom.length), bom.charset)

  const wide = detectWidePattern(buf)
  if (wide) return run(buf, wide)

  const mediaType = parseContentType(contentType)
  // RFC 8259: JSON between systems is UTF-8 and its media type has no charset parameter, so a label is noise.
  if (isJsonType(mediaType.type)) return run(buf, UTF8)
  for (const label of [httpCharset(mediaType), xmlDeclaredCharset(buf)]) {
    const charset = label === undefined ? undefined : confirm(buf, resolveCharset(label))
    if (charset) return run(buf, charset)
  }
  if (/^\s*[{[]/.test(buf.subarray(0, 64).toString('latin1'))) return run(buf, UTF8) // JSON served as text/plain etc.
  if (isHtml(buf, mediaType.type)) {
    const charset = confirm(buf, resolveCharset(htmlMetaCharset(buf)))
    if (charset) return run(buf, charset)
  }
  return run(buf, confirm(buf, UTF8) ?? CP1252)
}

// UTF-8, nearly every feed, goes through Node's native decoder (same U+FFFD replacement), which is several
// times faster than iconv-lite's JavaScript one on multi-megabyte refreshes (bench/: decode was 7% of refresh CPU).
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

function run(buf: Buffer, charset: Charset): DecodedFeed {
  const decoded = charset.codec === UTF8.codec ? utf8.decode(buf) : iconv.decode(buf, charset.codec, { stripBOM: true })
  const text = decoded.replace(/^\uFEFF/, '')
  return { text: repairC1Controls(text), encoding: charset.name }
}

/**
 * Maps C1 control characters (U+0080-U+009F) to the windows-1252 characters they stand for. They appear when
 * cp1252 text was labelled latin-1 and transcoded ("don\u0092t"); as real controls they are never meant in a feed.
 * Exported so the parser can apply it to numeric character references (&#146;) too.
 */
export function repairC1Controls(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = iconv.decode(Buffer.from([c.charCodeAt(0)]), 'windows-1252')
    return mapped === '\uFFFD' ? c : mapped // 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in cp1252
  })
}

function detectBom(buf: Buffer): { length: number; charset: Charset } | undefined {
  const [a, b, c, d] = buf
  // UTF-32LE's BOM starts with UTF-16LE's, so test the 4-byte marks first.
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { length: 4, charset: resolveCharset('utf-32be')! }
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { length: 4, charset: resolveCharset('utf-32le')! }
  if (a === 0xef && b === 0xbb && c === 0xbf) return { length: 3, charset: UTF8 }
  if (a === 0xfe && b === 0xff) return { length: 2, charset: resolveCharset('utf-16be')! }
  if (a === 0xff && b === 0xfe) return { length: 2, charset: resolveCharset('utf-16le')! }
  return undefined
}

/** XML 1.0 appendix F: without a BOM, an ASCII character ('<', '{', whitespace) padded with NULs gives the width. */
function detectWidePattern(buf: Buffer): Charset | undefined {
  if (buf.length < 4) return undefined
  const [a, b, c, d] = [buf[0]!, buf[1]!, buf[2]!, buf[3]!]
  const ascii = (x: number) => x > 0 && x < 0x80
  if (a === 0 && b === 0 && c === 0 && ascii(d)) return resolveCharset('utf-32be')
  if (ascii(a) && b === 0 && c === 0 && d === 0) return resolveCharset('utf-32le')
  if (a === 0 && ascii(b) && c === 0 && ascii(d)) return resolveCharset('utf-16be')
  if (ascii(a) && b === 0 && ascii(c) && d === 0) return resolveCharset('utf-16le')
  return undefined
}

/**
 * Checks a declared charset against the bytes, like feedparser's candidate list: a label that cannot be right
 * (us-ascii with high bytes, utf-16 without NULs, utf-8 on latin-1 bytes) is skipped for the next candidate.
 */
function confirm(buf: Buffer, charset: Charset | undefined): Charset | undefined {
  if (!charset) return undefined
  if (charset.name === 'us-ascii') return buf.every((x) => x < 0x80) ? charset : undefined
  if (charset.name === 'utf-8') return looksLikeUtf8(buf) ? charset : undefined
  if (/^utf-(16|32)/.test(charset.name)) {
    const wide = detectWidePattern(buf)
    return wide && wide.name.startsWith(charset.name) ? wide : undefined
  }
  return charset
}

/** Valid UTF-8, or mostly so: a stray bad byte in real UTF-8 text should become U+FFFD, not turn all into mojibake. */
function looksLikeUtf8(buf: Buffer): boolean {
  if (isUtf8(buf)) return true
  let valid = 0
  let invalid = 0
  for (let i = 0; i < buf.length; ) {
    const x = buf[i]!
    if (x < 0x80) {
      i++
      continue
    }
    const need = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1
    let ok = need > 0
    for (let k = 1; ok && k <= need; k++) ok = i + k < buf.length && (buf[i + k]! & 0xc0) === 0x80
    if (ok) {
      valid++
      i += need + 1
    } else {
      invalid++
      i++
    }
  }
  return valid > 0 && valid >= invalid
}

interface MediaType {
  type: string
  charset?: string
}

/** Tolerant Content-Type parsing: `charset = "x"`, `charset='x'`; malformed parameters (`charset:x`) are ignored. */
export function parseContentType(value: string | undefined): MediaType {
  const [type = '', ...params] = (value ?? '').split(';')
  const result: MediaType = { type: type.trim().toLowerCase() }
  for (const param of params) {
    const eq = param.indexOf('=')
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue
    const charset = param.slice(eq + 1).trim().replace(/^["']|["']$/g, '').trim()
    if (charset) result.charset = charset
  }
  return result
}

/** RFC 3023: text/xml, text/*+xml and text/xml-external-parsed-entity without a charset mean us-ascii. */
function httpCharset(mediaType: MediaType): string | undefined {
  if (mediaType.charset) return mediaType.charset
  if (/^text\/(?:xml|xml-external-parsed-entity|[\w.+-]+\+xml)$/.test(mediaType.type)) return 'us-ascii'
  return undefined
}

function xmlDeclaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 512).toString('latin1')
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/.exec(head)?.[1]
}

function isJsonType(type: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/.test(type)
}

function isHtml(buf: Buffer, type: string): boolean {
  if (type === 'text/html' || type === 'application/xhtml+xml') return true
  return /<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s)/i.test(buf.subarray(0, 1024).toString('latin1'))
}

/** WHATWG prescan, simplified: the first <meta charset> or <meta http-equiv content="...; charset=x"> in 1024 bytes. */
function htmlMetaCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 1024).toString('latin1')
  return /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
}

// Charset labels seen in feeds -> canonical name. Supersets decode the subsets: cp1252 for latin-1 and
// us-ascii (WHATWG), gb18030 for gb2312/gbk, cp949 for euc-kr, cp932 for shift_jis, big5-hkscs for big5.
const CHARSETS: Record<string, { codec: string; aliases: string[] }> = {
  'utf-8': { codec: 'utf8', aliases: ['utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'] },
  'us-ascii': { codec: 'windows-1252', aliases: ['ascii', 'ansi_x3.4-1968', 'iso646-us', 'us', 'cp367', 'csascii'] },
  'iso-8859-1': { codec: 'windows-1252', aliases: ['latin1', 'latin-1', 'l1', 'cp819', 'ibm819', 'csisolatin1', 'iso-ir-100'] },
  'windows-1252': { codec: 'windows-1252', aliases: ['x-cp1252'] },
  'utf-16': { codec: 'utf16', aliases: ['utf16', 'utf_16', 'u16', 'ucs-2', 'ucs2', 'unicode', 'csunicode', 'iso-10646-ucs-2'] },
  'utf-16le': { codec: 'utf16le', aliases: ['utf_16le', 'utf16le', 'unicodefeff'] },
  'utf-16be': { codec: 'utf16be', aliases: ['utf_16be', 'utf16be', 'unicodefffe'] },
  'utf-32': { codec: 'utf32', aliases: ['utf32', 'utf_32', 'u32', 'ucs-4', 'ucs4'] },
  'utf-32le': { codec: 'utf32le', aliases: ['utf_32le', 'utf32le'] },
  'utf-32be': { codec: 'utf32be', aliases: ['utf_32be', 'utf32be'] },
  gb18030: {
    codec: 'gb18030',
    aliases: ['gb2312', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'chinese', 'csgb2312', 'euc-cn', 'gb_2312-80', 'gb_2312', 'iso-ir-58'],
  },
  big5: { codec: 'big5hkscs', aliases: ['big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'cp950', 'big5hkscs'] },
  'euc-kr': {
    codec: 'cp949',
    aliases: ['euckr', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'korean', 'cp949', 'windows-949', 'cseuckr', 'iso-ir-149'],
  },
  'euc-jp': { codec: 'eucjp', aliases: ['eucjp', 'x-euc-jp', 'cseucpkdfmtjapanese'] },
  shift_jis: {
    codec: 'cp932',
    aliases: ['shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'csshiftjis', 'windows-31j', 'cp932', 'ms932', 'x-ms-cp932'],
  },
  'koi8-r': { codec: 'koi8-r', aliases: ['koi8', 'koi', 'koi8_r', 'cskoi8r'] },
  'koi8-u': { codec: 'koi8-u', aliases: ['koi8-ru', 'koi8_u'] },
  'windows-874': { codec: 'windows-874', aliases: ['tis-620', 'tis620', 'iso-8859-11', 'dos-874', 'cp874'] },
}
const ALIASES = new Map<string, string>(
  Object.entries(CHARSETS).flatMap(([name, { aliases }]) => [[name, name] as const, ...aliases.map((a) => [a, name] as const)]),
)
// Codecs iconv-lite knows but that are not text charsets, or are unsafe in documents (UTF-7 smuggles markup).
const REFUSED = /^(?:utf-?7|utf7-?imap|base64|hex|binary|cesu-?8|ucs2|utf16le_bom)$/

/** Canonical charset for a label, or undefined when unknown (the caller then tries its next candidate). */
function resolveCharset(label: string | undefined): Charset | undefined {
  if (!label) return undefined
  const key = label.trim().toLowerCase()
  const known = ALIASES.get(key)
  if (known) return { name: known, codec: CHARSETS[known]!.codec }
  const windows = /^(?:windows-|x-cp|cp|win)(125\d)$/.exec(key)
  if (windows) return { name: `windows-${windows[1]}`, codec: `windows-${windows[1]}` }
  const iso = /^iso[-_ ]?8859[-_ ]?(\d{1,2})(?::\d+)?$/.exec(key)
  if (iso) return iso[1] === '1' ? resolveCharset('iso-8859-1') : checked(`iso-8859-${iso[1]}`)
  return REFUSED.test(key) ? undefined : checked(key)
}

function checked(name: string): Charset | undefined {
  return iconv.encodingExists(name) ? { name, codec: name } : undefined
}
