// What the list's rows say about their stories ("3 sources · 2 countries"), for the stories of the rows in the list's
// window. A summary reads every member article of those stories, and in the farm's first refresh these reads were
// three quarters of the page's article reads (14,188 of 18,465): the window's stories changed at every list update
// and scroll while bursts landed, and a new query reads at once. So while bursts land, and through a large import's
// pauses, a change of the window's stories waits for the query's paced re-read, which reads the stories in view then,
// at the pace of the views beside the list; once the train is over, a change reads at once again (db/README.md, "The
// farm in Chromium, session 16"). Ending the train at the first pause flipped the query at every pause of a loaded
// refresh, each flip a read at once.
import { useEffect, useRef, useState } from 'react'
import { isIngestBursting, isLargeImportLanding, storySummaries, type StorySummary } from '../../db'
import { useServices } from '../../lib/services'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

/** How often a render during a burst train looks whether the train has ended. */
const TRAIN_CHECK_MS = 250
/** The query's deps while bursts land: one query for the whole train. */
const IN_TRAIN = '\u0000train'

/** `storiesKey`: the window's story ids joined by '\n' ('' for none). */
export function useStorySummaries(storiesKey: string): Map<string, StorySummary> | undefined {
  const { db } = useServices()
  // The querier reads the stories in view when it runs, not when it was made.
  const latest = useRef(storiesKey)
  latest.current = storiesKey
  const isTrain = useIsBurstTrain()
  return useSideLiveQuery(() => {
    const key = latest.current
    return storySummaries(db, key ? key.split('\n') : [])
  }, [db, isTrain ? IN_TRAIN : storiesKey])
}

const isTrainLanding = () => isIngestBursting() || isLargeImportLanding()

/** Whether ingest bursts are landing (or a large import pauses); re-renders once they stop, so a change held during
 *  the train is read then. */
function useIsBurstTrain(): boolean {
  const isTrain = isTrainLanding()
  const [, setEnded] = useState(0)
  useEffect(() => {
    if (!isTrain) return
    const timer = setInterval(() => {
      if (isTrainLanding()) return
      clearInterval(timer)
      setEnded((n) => n + 1)
    }, TRAIN_CHECK_MS)
    return () => clearInterval(timer)
  }, [isTrain])
  return isTrain
}
