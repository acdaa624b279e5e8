// Page extraction in a worker thread, one page at a time, with a time limit. A page that takes too long gets its
// worker terminated (the only way to stop synchronous work) and fails with 'timeout'; the next page starts a
// fresh worker. The worker exits when idle so it holds no memory between download bursts.
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { AppError } from '../../../shared/errors'
import { FeedError } from '../errors'
import type { ExtractedArticle } from './types'

export interface ExtractJob {
  id: number
  html: string
  url: string
}

export type ExtractReply = { id: number; article: ExtractedArticle } | { id: number; error: AppError }

export interface ExtractPoolOptions {
  /** The worker's entry file: the built extract-worker.js, or extract-worker.ts when run through tsx. */
  workerPath: string
  /** A page still being extracted after this long is abandoned (default 20 s). */
  timeoutMs?: number
  /** The worker exits after this long without work (default 30 s). */
  idleMs?: number
  /** The worker's heap caps; a page that needs more fails with 'too-large' and the worker is replaced. */
  resourceLimits?: ResourceLimits
}

/**
 * A 5 MB page at the element cap (element-budget.ts) peaks near 200 MB of heap; the largest corpus page needs
 * about 60 MB. Past these, V8 stops the worker thread alone, never the process that owns it.
 */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 }

interface Pending {
  job: ExtractJob
  resolve(article: ExtractedArticle): void
  reject(err: Error): void
}

export class ExtractPool {
  private worker: Worker | undefined
  private readonly queue: Pending[] = []
  private running: Pending | undefined
  private nextId = 1
  private jobTimer: ReturnType<typeof setTimeout> | undefined
  private idleTimer: ReturnType<typeof setTimeout> | undefined
  private closed = false

  constructor(private readonly opts: ExtractPoolOptions) {}

  /** Same contract as extractArticle: rejects with FeedError ('too-large', 'bad-url', 'timeout', 'internal'). */
  extract = (html: string, url: string): Promise<ExtractedArticle> => {
    if (this.closed) return Promise.reject(new FeedError('internal', `Could not extract ${url}: the extractor was stopped`))
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, html, url }, resolve, reject })
      this.pump()
    })
  }

  /** Stops the worker; queued and running pages fail. */
  close(): void {
    this.closed = true
    const stopped = new FeedError('internal', 'extraction stopped')
    for (const p of this.queue.splice(0)) p.reject(stopped)
    this.finish()?.reject(stopped)
    this.stopWorker()
  }

  /** The worker thread, while one runs (for tests). */
  get threadId(): number | undefined {
    return this.worker?.threadId
  }

  private pump(): void {
    if (this.running || this.closed) return
    const next = this.queue.shift()
    if (!next) {
      clearTimeout(this.idleTimer)
      this.idleTimer = setTimeout(() => this.stopWorker(), this.opts.idleMs ?? 30_000)
      this.idleTimer.unref()
      return
    }
    clearTimeout(this.idleTimer)
    this.running = next
    const timeoutMs = this.opts.timeoutMs ?? 20_000
    this.jobTimer = setTimeout(() => {
      this.stopWorker() // the page's synchronous work cannot be interrupted any other way
      this.finish()?.reject(new FeedError('timeout', `Could not extract ${next.job.url}: still working after ${timeoutMs / 1000} s`))
      this.pump()
    }, timeoutMs)
    this.ensureWorker().postMessage(next.job)
  }

  /** Clears the running job and returns it. */
  private finish(): Pending | undefined {
    clearTimeout(this.jobTimer)
    const p = this.running
    this.running = undefined
    return p
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    // The TypeScript entry (browser mode and tests, which run through tsx) needs tsx's require hook in the thread
    // too: loader hooks of the parent thread do not reach a worker's entry.
    const path = this.opts.workerPath
    const resourceLimits = this.opts.resourceLimits ?? DEFAULT_RESOURCE_LIMITS
    const worker = path.endsWith('.ts')
      ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(path)})`, { eval: true, resourceLimits })
      : new Worker(path, { resourceLimits })
    worker.unref() // never keeps a CLI or test process alive
    worker.on('message', (reply: ExtractReply) => {
      if (reply.id !== this.running?.job.id) return // a reply after its timeout
      const p = this.finish()!
      if ('article' in reply) p.resolve(reply.article)
      else p.reject(new FeedError(reply.error.code, reply.error.message, { status: reply.error.status }))
      this.pump()
    })
    const lost = (why: string, code: 'internal' | 'too-large' = 'internal') => {
      if (this.worker !== worker) return // terminated on purpose
      this.worker = undefined
      const p = this.finish()
      p?.reject(new FeedError(code, `Could not extract ${p.job.url}: ${why}`))
      this.pump()
    }
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') lost(`the page needs more than the ${resourceLimits.maxOldGenerationSizeMb} MB the extractor may use`, 'too-large')
      else lost(`the extraction worker failed (${err.message.split('\n')[0]})`)
    })
    worker.on('exit', (code) => lost(`the extraction worker exited with code ${code}`))
    this.worker = worker
    return worker
  }

  private stopWorker(): void {
    const w = this.worker
    this.worker = undefined
    if (w) void w.terminate()
  }
}
