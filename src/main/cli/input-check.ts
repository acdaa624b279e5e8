// Tells text input from binary data before a command works on it, so a wrong file gets one clear line on
// stderr instead of a page of garbage or one complaint per byte run.

const SAMPLE_BYTES = 8192
/** Share of control characters (other than tab, newlines, form feed, escape) above which a sample is binary. */
const MAX_CONTROL_SHARE = 0.02

/** Why `bytes` cannot be a text document ('empty', 'binary data'), or undefined when it may be one. */
export function describeNonText(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty'
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (hasBom) return undefined // UTF-8 or UTF-16 text; UTF-16 is full of NUL bytes
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let controls = 0
  for (const b of sample) {
    if (b === 0) return 'binary data'
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++
  }
  return controls / sample.length > MAX_CONTROL_SHARE ? 'binary data' : undefined
}

/** Lines of a list file: trimmed, without blank lines and # comments. */
export function listLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
}
