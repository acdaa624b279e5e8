// Read marks of opened articles, written once the reader stops moving from article to article. A reader going
// through the list with j opens an article every 30–250 ms; at 100,000 articles a read mark's transaction takes
// ~50 ms and wakes the list's, the sidebar's and the facets' live queries. Written one per article, they queued up
// and any read the next article needed (a list page not loaded yet) waited behind the whole queue: ~1 s at the
// 40th press (bench/ui-bench.ts, "next article by j"). Here the marks wait for a short quiet spell and go in one
// transaction; marks arriving while it is written wait for the next spell.
import { markManyRead, type MeridianDb } from '../../db'
import { log } from '../../lib/log'

const logger = log.scope('read-marks')

/** How long the selection must stay put before the marks are written: longer than key repeat or a quick tap on j,
 *  short enough that the unread dot goes while the reader looks at the article. */
export const READ_MARK_QUIET_MS = 300

interface Queue {
  pending: Set<string>
  timer?: ReturnType<typeof setTimeout>
  /** The write in progress. */
  running?: Promise<void>
}

const queues = new WeakMap<MeridianDb, Queue>()

function queueOf(db: MeridianDb): Queue {
  let q = queues.get(db)
  if (!q) queues.set(db, (q = { pending: new Set() }))
  return q
}

function schedule(db: MeridianDb, q: Queue, quietMs: number): void {
  clearTimeout(q.timer)
  q.timer = setTimeout(() => {
    q.timer = undefined
    void write(db, q, quietMs)
  }, quietMs)
}

/** Writes what is pending in one transaction; a write in progress goes first, and what arrives meanwhile waits
 *  for the next quiet spell. */
async function write(db: MeridianDb, q: Queue, quietMs: number): Promise<void> {
  if (q.running || q.pending.size === 0) return
  const ids = [...q.pending]
  q.pending.clear()
  q.running = markManyRead(db, ids, true).then(
    () => undefined,
    (err: unknown) => logger.warn(`could not mark ${ids.length} article(s) read`, err),
  )
  await q.running
  q.running = undefined
  if (q.pending.size && !q.timer) schedule(db, q, quietMs)
}

/** Marks the article read once no other article has been opened for `quietMs`. */
export function queueReadMark(db: MeridianDb, id: string, quietMs = READ_MARK_QUIET_MS): void {
  const q = queueOf(db)
  q.pending.add(id)
  schedule(db, q, quietMs)
}

/** Drops the article's read mark if it is still waiting; true when it was. (Once its write has started, the article
 *  reads as read to anything that asks IndexedDB after it.) */
export function cancelReadMark(db: MeridianDb, id: string): boolean {
  return queues.get(db)?.pending.delete(id) ?? false
}

/** Writes every queued read mark now; resolves once they are stored (leaving the page, tests). */
export async function flushReadMarks(db: MeridianDb): Promise<void> {
  const q = queues.get(db)
  if (!q) return
  clearTimeout(q.timer)
  q.timer = undefined
  while (q.running || q.pending.size) await (q.running ?? write(db, q, READ_MARK_QUIET_MS))
}
