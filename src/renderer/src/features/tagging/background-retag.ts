// The automatic re-tagging pass: on start, when the main process's classifier version differs from the one
// the last complete pass used, stored articles are re-tagged in the background, a batch at a time.
import type { NewsApi } from '../../../../shared/api'
import { retagArticles, type RetagSummary, type MeridianDb } from '../../db'
import { log } from '../../lib/log'

const logger = log.scope('retag')
/** localStorage key: the classifier version of the last complete pass (a hint only; articles carry their own). */
export const TAGGED_VERSION_KEY = 'meridian.taggedClassifierVersion'

export async function retagIfClassifierChanged(
  db: MeridianDb,
  api: Pick<NewsApi, 'classifyArticles'>,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): Promise<RetagSummary | undefined> {
  try {
    const { version } = await api.classifyArticles([])
    if (storage.getItem(TAGGED_VERSION_KEY) === String(version)) return undefined
    const summary = await retagArticles(db, (r) => api.classifyArticles(r))
    storage.setItem(TAGGED_VERSION_KEY, String(summary.version))
    return summary
  } catch (err) {
    logger.error('background re-tagging failed; it will be retried on the next start', err)
    return undefined
  }
}
