// The type of a downloaded image, from its Content-Type or, when that is missing or generic, its first bytes.
// Anything else (an HTML error page served at an image URL, a tracking script) is not stored.

const SIGNATURES: [string, (b: Uint8Array) => boolean][] = [
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))],
  ['image/svg+xml', (b) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(ascii(b, 0, 512))],
]

function ascii(b: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...b.subarray(start, Math.min(end, b.length)))
}

/** A storable image type ('image/png'...), or undefined when the body is not an image a browser shows. */
export function detectImageType(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const declared = contentType?.split(';')[0]?.trim().toLowerCase()
  const sniffed = SIGNATURES.find(([, test]) => test(bytes))?.[0]
  // Bytes beat the header: a CDN labelling a WebP as image/jpeg is common and harmless, an HTML page is not.
  if (sniffed) return sniffed
  if (declared && /^image\/(?:x-icon|vnd\.microsoft\.icon|bmp)$/.test(declared)) return declared
  return undefined
}
