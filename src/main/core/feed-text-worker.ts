// Worker-thread entry: a feed's text work (feed-text.ts) off the main thread, which keeps the network, the schedule
// and story grouping; with one worker per core a first refresh parses and tags feeds on every core at once.
// Protocol (feed-text-pool.ts): in { id, job }; out { id, text } or { id, error: { code, message } }.
import { parentPort } from 'node:worker_threads'
import { classifyArticle } from './classify'
import { toAppError } from './errors'
import { feedText } from './feed-text'
import type { FeedTextReply, FeedTextRequest } from './feed-text-pool'
import { log } from './log'

const port = parentPort
if (!port) throw new Error('feed-text-worker must run in a worker thread')
const logger = log.scope('refresh')
// The classifier builds its tables on first use: at start, while the first feeds are still being fetched.
classifyArticle({ title: 'warm-up', lang: 'en' })
port.on('message', (request: FeedTextRequest) => {
  feedText(request.job, logger).then(
    (text) => port.postMessage({ id: request.id, text } satisfies FeedTextReply),
    (err: unknown) => port.postMessage({ id: request.id, error: toAppError(err) } satisfies FeedTextReply),
  )
})
