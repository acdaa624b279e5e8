// The automatic re-tagging pass: on start, when the main process's classifier version differs from the one
// the last complete pass used, stored articles are re-tagged in the background, a batch at a time.
import type { NewsApi } from '../../../../shared/api'
import { retagArticles, type RetagSummary, type MeridianDb } from '../../db'
import { log } from '../../lib/log'

const logger = log.scope('retag')
/** localStorage key: the classifier version of the last complete pass (a hint only; articles carry their own). */
export const TAGGED_VERSION_KEY = 'meridian.taggedClassifierVersion'
/** localStorage key: `{version, after}`, the last article id a pass of that version has done. An article the new
 *  version tags as before is not rewritten and keeps its old version (db/retag.ts), so without this a pass cut short
 *  (the window closed) would classify every such article again; with it, the next start resumes after `after`. */
export const RETAG_CURSOR_KEY = 'meridian.retagCursor'

type Store = Pick<Storage, 'getItem' | 'setItem'>

function resumeAfter(storage: Store, version: number): string | undefined {
  try {
    const cursor: unknown = JSON.parse(storage.getItem(RETAG_CURSOR_KEY) ?? 'null')
    if (typeof cursor !== 'object' || cursor === null) return undefined
    const { version: v, after } = cursor as { version?: unknown; after?: unknown }
    return v === version && typeof after === 'string' ? after : undefined
  } catch {
    return undefined // not JSON: start from the beginning, which only costs time
  }
}

export async function retagIfClassifierChanged(
  db: MeridianDb,
  api: Pick<NewsApi, 'classifyArticles'>,
  storage: Store = localStorage,
  batchSize?: number,
): Promise<RetagSummary | undefined> {
  try {
    const { version } = await api.classifyArticles([])
    if (storage.getItem(TAGGED_VERSION_KEY) === String(version)) return undefined
    const summary = await retagArticles(db, (r) => api.classifyArticles(r), {
      after: resumeAfter(storage, version),
      batchSize,
      onProgress: ({ last }) => storage.setItem(RETAG_CURSOR_KEY, JSON.stringify({ version, after: last })),
    })
    storage.setItem(TAGGED_VERSION_KEY, String(summary.version))
    return summary
  } catch (err) {
    logger.error('background re-tagging failed; it will be retried on the next start', err)
    return undefined
  }
}
