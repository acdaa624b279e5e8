// Engine errors carry an ErrorCode so the pipeline boundary can turn them into an AppError without guessing.
import type { AppError, ErrorCode } from '../../shared/errors'

export class FeedError extends Error {
  readonly code: ErrorCode
  readonly status?: number
  /** From Retry-After on 429/503, in ms. */
  readonly retryAfterMs?: number

  constructor(code: ErrorCode, message: string, opts: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'FeedError'
    this.code = code
    this.status = opts.status
    this.retryAfterMs = opts.retryAfterMs
  }
}

/** Converts anything thrown inside the engine into the AppError sent across IPC. */
export function toAppError(err: unknown): AppError {
  if (err instanceof FeedError) {
    return err.status === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, status: err.status }
  }
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', message: message.split('\n')[0]!.slice(0, 500) }
}
