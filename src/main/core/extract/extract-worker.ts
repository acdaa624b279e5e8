// Worker-thread entry: runs extractArticle off the main thread. In Electron the main thread serves every IPC call
// and window event; Readability on a large or hostile page can hold it for hundreds of milliseconds or more.
// Protocol (extract-pool.ts): in { id, html, url }; out { id, article } or { id, error: { code, message } }.
import { parentPort } from 'node:worker_threads'
import { toAppError } from '../errors'
import { extractArticle } from './extract-article'
import type { ExtractJob, ExtractReply } from './extract-pool'

const port = parentPort
if (!port) throw new Error('extract-worker must run in a worker thread')
port.on('message', (job: ExtractJob) => {
  let reply: ExtractReply
  try {
    reply = { id: job.id, article: extractArticle(job.html, job.url) }
  } catch (err) {
    reply = { id: job.id, error: toAppError(err) }
  }
  port.postMessage(reply)
})
