import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeFeed, parseContentType, repairC1Controls } from '../../../src/main/core/decode'
import { CORPORA_DIR } from '../../helpers/corpora-dir'

// The feedparser corpus lives outside the repo (see ../shared/corpora/README.md); override with MERIDIAN_CORPORA.
const CORPORA = CORPORA_DIR
const ENCODING_DIR = join(CORPORA, 'feeds/feedparser/encoding')
const CHARDET_DIR = join(CORPORA, 'feeds/feedparser/illformed/chardet')

interface CorpusCase {
  file: string
  bytes: Buffer
  contentType?: string
  expect: string
}

/** Reads the header comment (it is ASCII in every encoding the corpus uses, once NULs are dropped). */
function loadCase(dir: string, file: string): CorpusCase {
  const bytes = readFileSync(join(dir, file))
  const header = /<!--([\s\S]*?)-->/.exec(bytes.toString('latin1').replace(/\0/g, ''))?.[1] ?? ''
  const contentType = /^Header:\s*Content-type:\s*(.*?)\s*$/im.exec(header)?.[1]
  const expect = /^\s*Expect:\s*(.*?)\s*$/m.exec(header)?.[1] ?? ''
  return { file, bytes, contentType, expect }
}

/** Python string literal ('..' or "..", with \xNN, \uNNNN, \\ and \' escapes) -> JS string. */
function pyString(literal: string): string {
  return literal.slice(1, -1).replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/gi, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e,
  )
}

const STR = `('(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`
/** The parts of an Expect line that concern decoding: the encoding name, and a decoded title/description. */
function parseExpect(expect: string) {
  const encoding = new RegExp(`\\bencoding == ${STR}`).exec(expect)?.[1]
  const title = new RegExp(`feed\\['title'\\] == ${STR}`).exec(expect)?.[1]
  const description = new RegExp(`entries\\[0\\](?:\\['description'\\]|\\.summary) == ${STR}`).exec(expect)?.[1]
  return {
    encoding: encoding && pyString(encoding),
    title: title && pyString(title),
    description: description && pyString(description),
    notBozo: /^not bozo\b/.test(expect),
  }
}

/** Stand-in for the XML parser (not this module's job): first element text, CDATA unwrapped, XML entities resolved. */
function elementText(text: string, names: string[]): string | undefined {
  const body = text.replace(/<!--[\s\S]*?-->/g, '')
  const m = new RegExp(`<(${names.join('|')})>([\\s\\S]*?)</\\1>`).exec(body)
  if (!m) return undefined
  const inner = m[2]!.trim().replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
  const unescaped = inner.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (_, hex, dec, name) => {
    if (hex || dec) return String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]!
  })
  return repairC1Controls(unescaped)
}

/**
 * Files whose Expect is about feedparser's parser or sanitizer, or about Python behaviour, not about decoding.
 * For these we assert what decoding must deliver instead, and say why.
 */
const NOT_DECODING: Record<string, { why: string; check: (text: string, encoding: string) => void }> = {
  'double-encoded-html.xml': {
    why: '&#226;&#128;&#166; -> U+2026 is feedparser undoing double encoding of entities, a parser heuristic',
    check: (text, encoding) => {
      expect(encoding).toBe('utf-8')
      expect(text).toContain('<description>&#226;&#128;&#166;</description>')
    },
  },
  'bozo_double-encoded-html.xml': {
    why: 'same as double-encoded-html.xml, with named entities',
    check: (text) => expect(text).toContain('<description>&acirc;&#128;&brvbar;</description>'),
  },
  'demoronize-3.xml': {
    why: "'don&#x2019;t' is feedparser's HTML sanitizer re-escaping &#146; inside escaped HTML; the bytes are plain ASCII",
    check: (text, encoding) => {
      expect(encoding).toBe('utf-8')
      expect(text).toContain('<description>don&amp;#146;t</description>')
    },
  },
  'bozo_linenoise.xml': {
    // feedparser: strict UTF-8 fails on the stray 0xA9, so Python falls back to a legacy codec (its '\u0160' is
    // iso-8859-2's 0xA9) and its sanitizer drops '<>'. We keep the two valid UTF-8 quotes and replace the bad byte.
    why: 'Python codec fallback and sanitizer output',
    check: (text, encoding) => {
      expect(encoding).toBe('utf-8')
      expect(elementText(text, ['description'])).toBe(' \u2019<>\u201d\uFFFD ')
    },
  },
  'bozo_http_i18n.xml': {
    // text/xml without charset means us-ascii (RFC 3023), but the bytes are UTF-8: feedparser flags
    // CharacterEncodingOverride and falls back to the XML declaration. We do the same fallback.
    why: 'Expect checks the bozo exception class',
    check: (text, encoding) => {
      expect(encoding).toBe('utf-8')
      expect(elementText(text, ['title'])).toBe('I\u00f1t\u00ebrn\u00e2ti\u00f4n\u00e0liz\u00e6ti\u00f8n')
    },
  },
}

describe('decodeFeed over the feedparser encoding corpus', () => {
  const files = existsSync(ENCODING_DIR) ? readdirSync(ENCODING_DIR).filter((f) => f.endsWith('.xml')).sort() : []

  it('finds the corpus (82 files)', () => {
    expect(files.length, `no corpus at ${ENCODING_DIR}; set MERIDIAN_CORPORA`).toBe(82)
  })

  it.each(files)('%s', (file) => {
    const c = loadCase(ENCODING_DIR, file)
    const { text, encoding } = decodeFeed(c.bytes, c.contentType)
    expect(text.charCodeAt(0), 'BOM must be stripped').not.toBe(0xfeff)
    expect(text).toContain('Expect:')

    const special = NOT_DECODING[file]
    if (special) return special.check(text, encoding)

    const want = parseExpect(c.expect)
    if (want.encoding) expect(encoding).toBe(want.encoding)
    if (want.title !== undefined) expect(elementText(text, ['title'])).toBe(want.title)
    if (want.description !== undefined) expect(elementText(text, ['description', 'summary'])).toBe(want.description)
    // feedparser's "not bozo" means the document decoded cleanly: no replacement characters.
    if (want.notBozo) expect(text).not.toContain('\uFFFD')
    if (!want.encoding && want.title === undefined && want.description === undefined && !want.notBozo) {
      // Expect is just "bozo" or "1" (must not crash): decoding must still yield the whole document.
      expect(text).toMatch(/<\/(?:rss|feed)>?\s*$/)
    }
  })
})

describe('decodeFeed on undeclared legacy encodings (illformed/chardet)', () => {
  // These files declare nothing; feedparser relies on the chardet package to guess. We have no detector, so
  // bytes that are not UTF-8 fall back to windows-1252 (right for undeclared Western feeds, mojibake here).
  // What we can check: the fallback is reported honestly, and the same bytes decode right once a charset is known.
  const cases: Array<[file: string, charset: string, script: RegExp]> = [
    ['big5.xml', 'big5', /[\u4e00-\u9fff]/g],
    ['eucjp.xml', 'euc-jp', /[\u3040-\u30ff\u4e00-\u9fff]/g],
    ['euckr.xml', 'euc-kr', /[\uac00-\ud7a3]/g],
    ['gb2312.xml', 'gb2312', /[\u4e00-\u9fff]/g],
    ['koi8r.xml', 'koi8-r', /[\u0430-\u044f]/g], // lower case Cyrillic: wrong KOI8/cp1251 guesses flip the case
    ['shiftjis.xml', 'x-sjis', /[\u3040-\u30ff\u4e00-\u9fff]/g],
    ['tis620.xml', 'tis-620', /[\u0e00-\u0e7f]/g],
    ['windows1255.xml', 'windows-1255', /[\u05d0-\u05ea]/g],
  ]
  it.each(cases)('%s: falls back to windows-1252 undeclared, decodes as %s when declared', (file, charset, script) => {
    const c = loadCase(CHARDET_DIR, file)
    expect(decodeFeed(c.bytes).encoding).toBe('windows-1252')
    const { text } = decodeFeed(c.bytes, `application/xml; charset=${charset}`)
    const body = text.replace(/<!--[\s\S]*?-->/, '').replace(/<[^>]*>|&[#\w]+;|[\x00-\x7f]/g, '')
    expect(body.length).toBeGreaterThan(5)
    expect((body.match(script) ?? []).length / body.length).toBeGreaterThan(0.6)
    expect(text).not.toContain('\uFFFD')
  })
})

describe('decodeFeed rules', () => {
  const xml = (decl: string, body: string) => `<?xml version="1.0"${decl}?><rss><title>${body}</title></rss>`
  const enc = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset))

  it.each([
    ['latin1', 'iso-8859-1', 'caf\u00e9'],
    ['ISO_8859-1:1987', 'iso-8859-1', 'caf\u00e9'],
    ['x-sjis', 'shift_jis', '\u65e5\u672c\u8a9e'],
    ['gb2312', 'gb18030', '\u4e2d\u6587'],
    ['GBK', 'gb18030', '\u4e2d\u6587'],
    ['utf8', 'utf-8', '\u00e9\u4e2d'],
    ['unicode-1-1-utf-8', 'utf-8', '\u00e9\u4e2d'],
    ['windows-1251', 'windows-1251', '\u041f\u0440\u0438\u0432\u0435\u0442'],
    ['cp1250', 'windows-1250', '\u017elu\u0165'],
    ['koi8-r', 'koi8-r', '\u043f\u0440\u0438\u0432\u0435\u0442'],
    ['KOI8-U', 'koi8-u', '\u0457\u0436\u0430\u043a'],
    ['big5', 'big5', '\u4e2d\u6587'],
    ['euc-kr', 'euc-kr', '\ub144'],
    ['ks_c_5601-1987', 'euc-kr', '\ud55c\uad6d'],
    ['EUC-JP', 'euc-jp', '\u65e5\u672c'],
    ['Shift_JIS', 'shift_jis', '\u65e5\u672c'],
    ['gb18030', 'gb18030', '\u4e2d\u6587'],
    ['iso-8859-5', 'iso-8859-5', '\u041c\u0438\u0440'],
    ['ISO8859-15', 'iso-8859-15', '\u20ac'],
  ])('charset label %s decodes as %s', (label, name, sample) => {
    const bytes = enc(xml('', sample), name)
    const viaHttp = decodeFeed(bytes, `application/rss+xml; charset="${label}"`)
    expect(viaHttp).toEqual({ text: xml('', sample), encoding: name })
    const viaProlog = decodeFeed(enc(xml(` encoding="${label}"`, sample), name))
    expect(viaProlog.encoding).toBe(name)
    expect(viaProlog.text).toContain(`<title>${sample}</title>`)
  })

  it('strips a UTF-8 BOM and lets it win over a contrary charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<rss>\u00e9</rss>')])
    expect(decodeFeed(bytes, 'text/xml; charset=iso-8859-1')).toEqual({ text: '<rss>\u00e9</rss>', encoding: 'utf-8' })
  })

  it('detects UTF-16LE JSON by its BOM and UTF-16BE XML by its NUL pattern', () => {
    const json = '{"version":"https://jsonfeed.org/version/1.1","title":"\u00e9t\u00e9"}'
    expect(decodeFeed(new Uint8Array([0xff, 0xfe, ...iconv.encode(json, 'utf16le')]))).toEqual({ text: json, encoding: 'utf-16le' })
    expect(decodeFeed(enc('<rss>\u4e2d</rss>', 'utf16be'), 'text/xml; charset=utf-8').encoding).toBe('utf-16be')
  })

  it('ignores a utf-16 declaration on bytes that are really UTF-8', () => {
    const text = xml(' encoding="UTF-16"', 'caf\u00e9')
    expect(decodeFeed(enc(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeFeed(enc(text, 'utf8'), 'application/xml; charset=utf-16').encoding).toBe('utf-8')
  })

  it('skips an HTTP utf-8 charset that latin-1 bytes contradict, using the XML declaration', () => {
    const text = xml(' encoding="iso-8859-1"', 'Gr\u00fc\u00dfe aus K\u00f6ln')
    expect(decodeFeed(enc(text, 'latin1'), 'text/xml; charset=utf-8')).toEqual({ text, encoding: 'iso-8859-1' })
  })

  it('falls back to UTF-8 for an unknown or refused charset name', () => {
    const text = xml(' encoding="koi8-q"', '\u00e9')
    expect(decodeFeed(enc(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' })
    // UTF-7 can smuggle markup past filters; browsers refuse it, so do we.
    expect(decodeFeed(enc('<rss>+ADw-script+AD4-</rss>', 'utf8'), 'text/xml; charset=utf-7')).toEqual({
      text: '<rss>+ADw-script+AD4-</rss>',
      encoding: 'utf-8',
    })
  })

  it('replaces invalid bytes with U+FFFD instead of throwing', () => {
    const bytes = new Uint8Array([...Buffer.from('<rss>\u00e9\u00e8 ok '), 0xff, ...Buffer.from('</rss>')])
    expect(decodeFeed(bytes, 'application/xml; charset=utf-8')).toEqual({ text: '<rss>\u00e9\u00e8 ok \uFFFD</rss>', encoding: 'utf-8' })
    expect(decodeFeed(new Uint8Array([0x3c, 0x72, 0xfe, 0xff]), 'application/xml; charset=euc-kr').text).toContain('<r')
    expect(decodeFeed(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' })
  })

  it('treats JSON as UTF-8 even when labelled otherwise (RFC 8259 defines no charset parameter)', () => {
    const json = '{"title":"\u65e5\u672c"}'
    expect(decodeFeed(enc(json, 'utf8'), 'application/feed+json; charset=iso-8859-1')).toEqual({ text: json, encoding: 'utf-8' })
    expect(decodeFeed(enc(json, 'utf8'), 'application/json')).toEqual({ text: json, encoding: 'utf-8' })
    expect(decodeFeed(enc(json, 'utf8'))).toEqual({ text: json, encoding: 'utf-8' })
  })

  it('reads <meta charset> and <meta http-equiv> in HTML, after the HTTP charset', () => {
    const page = (meta: string) => `<!doctype html><html><head>${meta}<title>\u0416\u0443\u0440\u043d\u0430\u043b</title></head></html>`
    const a = page('<meta charset="windows-1251">')
    expect(decodeFeed(enc(a, 'windows-1251'), 'text/html')).toEqual({ text: a, encoding: 'windows-1251' })
    const b = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    expect(decodeFeed(enc(b, 'koi8-r'))).toEqual({ text: b, encoding: 'koi8-r' })
    expect(decodeFeed(enc(a, 'utf8'), 'text/html; charset=utf-8').text).toBe(a)
  })

  it('repairs C1 controls that stand for windows-1252 punctuation', () => {
    expect(decodeFeed(enc('<rss>don\u0092t \u0093q\u0094 \u0080 \u0081</rss>', 'utf8')).text).toBe('<rss>don\u2019t \u201cq\u201d \u20ac \u0081</rss>')
  })

  it('parses sloppy Content-Type headers', () => {
    expect(parseContentType(`Text/XML;charset= "us-ascii"`)).toEqual({ type: 'text/xml', charset: 'us-ascii' })
    expect(parseContentType(`application/atom+xml; charset='gb2312'`)).toEqual({ type: 'application/atom+xml', charset: 'gb2312' })
    expect(parseContentType('text/xml; charset:iso-8859-1')).toEqual({ type: 'text/xml' })
    expect(parseContentType(undefined)).toEqual({ type: '' })
  })
})
