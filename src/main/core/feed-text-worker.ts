// Worker-thread entry: a feed's text work (feed-text.ts) off the main thread, which keeps the network, the schedule
// and story grouping, so a first refresh parses and tags feeds beside the network work instead of between it.
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
// One feed at a time, in order: the pool posts the next feed early, and it waits here until this one is done, so
// that the feed being read when a worker dies is always the first the pool posted and has not heard back about.
const waiting: FeedTextRequest[] = []
let isReading = false
port.on('message', (request: FeedTextRequest) => {
  waiting.push(request)
  void readNext(port)
})

async function readNext(out: NonNullable<typeof parentPort>): Promise<void> {
  const request = isReading ? undefined : waiting.shift()
  if (!request) return
  isReading = true
  let reply: FeedTextReply
  try {
    reply = { id: request.id, text: await feedText(request.job, logger) }
  } catch (err) {
    reply = { id: request.id, error: toAppError(err) }
  }
  isReading = false
  out.postMessage(reply)
  void readNext(out)
}
