// Recognises "the disk or the origin's quota is full" among storage errors, however Dexie wraps them.

export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  }
  return false
}

export const STORAGE_FULL_MESSAGE =
  'Storage is full, so article downloads have stopped. Everything already saved is kept. ' +
  'Free space with “Clean up now”, lower the image budget or delete old articles, then resume downloads.'
