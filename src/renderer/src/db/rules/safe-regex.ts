// Regular expressions from the reader, compiled with RE2 (re2js): matching time is linear in the text, so no
// pattern — (a+)+$ included — can freeze the window. Patterns are length-capped; what RE2 refuses (backreferences,
// lookaround) is reported to the editor instead of stored.
import { RE2JS } from 're2js'
import { MAX_TEXT } from './text'

const MAX_PATTERN = 300

export type CompiledRegex = { ok: true; test(text: string): boolean } | { ok: false; error: string }

export function compileRegex(pattern: string): CompiledRegex {
  if (pattern.length > MAX_PATTERN) return { ok: false, error: `A pattern may be at most ${MAX_PATTERN} characters long.` }
  try {
    const re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE)
    return { ok: true, test: (text) => re.test(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text) }
  } catch (err) {
    return { ok: false, error: `Not a usable pattern: ${err instanceof Error ? err.message : String(err)}` }
  }
}
