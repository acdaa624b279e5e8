// Error values that cross process boundaries. Plain TypeScript: no electron, node:*, DOM, react or dexie.

/** Why something failed, in a form the renderer can translate into friendly text. */
export type ErrorCode =
  | 'bad-url' // not an http(s) URL, or unparsable
  | 'network' // DNS, connection refused or reset, TLS
  | 'timeout' // connect or total timeout
  | 'http' // a non-2xx status other than those below
  | 'gone' // 410: the feed is dead until the reader retries
  | 'rate-limited' // 429 or 503 with Retry-After
  | 'too-large' // body over the size cap
  | 'not-a-feed' // HTML page or unrecognised document
  | 'parse' // broken XML/JSON
  | 'invalid-argument' // IPC or CLI input of the wrong shape
  | 'internal'

/** A failure with a one-line, specific message: what failed, for which input, and why. */
export interface AppError {
  code: ErrorCode
  message: string
  /** HTTP status when the failure came from a response. */
  status?: number
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, message: string, status?: number): Result<T> => ({
  ok: false,
  error: status === undefined ? { code, message } : { code, message, status },
})
