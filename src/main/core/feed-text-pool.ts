// Runs feeds' text work (feed-text.ts) in a few worker threads, one feed at a time in each: a worker for every core
// but one, which is left to the main thread (network, IPC, story grouping) and the renderer storing what arrives; at
// least one. Each worker is handed the next feed before it finishes the current one, so it never waits for
// the main thread (which, on a loaded machine, waits for a CPU at every wake-up). A worker that dies (a crash, its
// heap cap) fails only the feed it was reading; the feed handed to it next goes to a fresh worker, so it is handed a
// copy of the body. A big body is handed only to an idle worker, which reads it at once: it is moved, not copied,
// as no one will need it again if that worker dies (issue 16: ≤ 250 MB peak for a 20 MB feed). A poll aborted
// mid-parse (its watchdog, a cancel) has its worker terminated, the only way to stop synchronous work. Workers exit
// when idle, so they hold no memory between refreshes. Two kinds of feed stay on the calling thread: a very big body
// (a worker's second heap would push a 20 MB feed's peak over 250 MB) and a feed polled alone while no worker runs
// (no start-up cost for one feed).
import { availableParallelism } from 'node:os'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { AppError } from '../../shared/errors'
import { FeedError } from './errors'
import { feedText, type FeedText, type FeedTextJob } from './feed-text'
import { log, type Logger } from './log'

export interface FeedTextRequest {
  id: number
  job: FeedTextJob
}

export type FeedTextReply = { id: number; text: FeedText } | { id: number; error: AppError }

export interface FeedTextPoolOptions {
  /** The worker's entry: the built feed-text-worker.js, or feed-text-worker.ts when run through tsx. */
  workerPath: string
  /** Workers at most (default: the cores available less one, at least 1). On the shared 2-core machine, two workers
   *  took 1.09× the wall time of one and 1.18× its CPU (engine-bench --workers 1,2, loaded; bench/refresh/README). */
  size?: number
  /** A worker exits after this long without work (default 30 s). */
  idleMs?: number
  resourceLimits?: ResourceLimits
  /** Bodies of this many bytes or more wait for an idle worker and are moved to it (default 1 MB). */
  moveMinBytes?: number
  /** Bodies of this many bytes or more are read on the calling thread, idle workers stopped first (default 8 MB). */
  callingMinBytes?: number
  /** Whether other feeds wait to be read after this one (the poller's round). When none do and no worker runs, the
   *  feed is read on the calling thread: a worker costs a second heap and ~0.8 s of CPU to start. Absent: always. */
  hasOthersWaiting?: () => boolean
  /** Logs skipped items of the feeds read on the calling thread. */
  logger?: Logger
}

/** Feeds that big are rare; a copy of one held while it parses was a fifth of a 20 MB feed's peak (bench/refresh). */
const DEFAULT_MOVE_MIN_BYTES = 1024 * 1024

/** A feed read in a worker peaks 10–35 MB above one read on the calling thread (the worker's own heap, with the
 *  engine's code and the classifier's tables): a 20 MB feed peaked at 244–269 MB through a worker, 232–240 MB here,
 *  against issue 16's 250 MB. Below this size the worker path stays under the target with room to spare
 *  (bench/memory-bigfeed.ts --mb, bench/refresh/README); such feeds are rare, so the main thread seldom parses. */
const DEFAULT_CALLING_MIN_BYTES = 8 * 1024 * 1024

/** A feed body is capped at 20 MB (fetch-feed.ts); its parse tree and articles fit well under the old-generation
 *  cap. The young generation is kept small: V8's default (48 MB) filled with a big feed's garbage before the first
 *  scavenge and stayed committed; at 12 MB a 20 MB feed's peak RSS fell from 254–284 to 242–252 MB at the same speed
 *  (bench/memory-bigfeed.ts --path worker, bench/refresh/README). */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 12, stackSizeMb: 8 }

const defaultLogger = log.scope('refresh')

interface Pending {
  request: FeedTextRequest
  signal?: AbortSignal
  onAbort?: () => void
  resolve(text: FeedText): void
  reject(err: Error): void
}

interface Slot {
  worker?: Worker
  /** Feeds posted to the worker, in order: it reads the first, the others wait in its own queue. */
  inFlight: Pending[]
  idleTimer?: ReturnType<typeof setTimeout>
}

/** Feeds posted to one worker at a time: the one it reads and the next. */
const DEPTH = 2

export class FeedTextPool {
  private readonly slots: Slot[]
  private readonly queue: Pending[] = []
  private nextId = 1
  private isClosed = false

  constructor(private readonly opts: FeedTextPoolOptions) {
    const size = Math.max(1, Math.floor(opts.size ?? availableParallelism() - 1))
    this.slots = Array.from({ length: size }, () => ({ inFlight: [] }))
  }

  /** Same contract as feedText: rejects with the feed's FeedError ('parse', 'not-a-feed', 'internal', ...). */
  run = (job: FeedTextJob, signal?: AbortSignal): Promise<FeedText> => {
    if (this.isClosed) return Promise.reject(new FeedError('internal', `Could not read ${job.feedUrl}: the feed workers were stopped`))
    if (signal?.aborted) return Promise.reject(abortReason(signal, job))
    if (this.readsHere(job)) return this.readHere(job)
    return new Promise((resolve, reject) => {
      const pending: Pending = { request: { id: this.nextId++, job }, signal, resolve, reject }
      if (signal) {
        pending.onAbort = () => this.abort(pending)
        signal.addEventListener('abort', pending.onAbort, { once: true })
      }
      this.queue.push(pending)
      this.pump()
    })
  }

  /** Starts every worker now (a refresh is about to begin): their start-up overlaps the first fetches instead of
   *  following them. Workers not given work exit when idle, as usual. */
  warm(): void {
    if (this.isClosed) return
    for (const slot of this.slots) {
      if (slot.worker) continue
      this.ensureWorker(slot)
      if (slot.inFlight.length === 0) this.armIdle(slot)
    }
  }

  /** Stops every worker; queued and running feeds fail. */
  close(): void {
    this.isClosed = true
    const stopped = new FeedError('internal', 'the feed workers were stopped')
    for (const p of this.queue.splice(0)) this.settle(p, stopped)
    for (const slot of this.slots) {
      for (const p of slot.inFlight.splice(0)) this.settle(p, stopped)
      this.stopWorker(slot)
    }
  }

  /** Thread ids of the workers now running (for tests). */
  get threadIds(): number[] {
    return this.slots.flatMap((s) => (s.worker ? [s.worker.threadId] : []))
  }

  /** A big body, or a lone feed when no worker runs: a worker would add its heap (or its start) for nothing. */
  private readsHere(job: FeedTextJob): boolean {
    if (job.bytes.byteLength >= (this.opts.callingMinBytes ?? DEFAULT_CALLING_MIN_BYTES)) return true
    const isWorkerRunning = this.slots.some((s) => s.worker)
    return !isWorkerRunning && this.queue.length === 0 && this.opts.hasOthersWaiting?.() === false
  }

  /** Idle workers are stopped first, so their heaps do not add to the big feed's peak. */
  private readHere(job: FeedTextJob): Promise<FeedText> {
    for (const slot of this.slots) if (slot.inFlight.length === 0) this.stopWorker(slot)
    return feedText(job, this.opts.logger ?? defaultLogger)
  }

  /** Hands queued feeds to workers, every worker one before any gets a second. */
  private pump(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        while (!this.isClosed && this.queue.length > 0 && slot.inFlight.length < depth && this.mayTake(slot, this.queue[0]!)) this.dispatch(slot, this.queue.shift()!)
      }
    }
    for (const slot of this.slots) if (slot.inFlight.length === 0 && slot.worker && !slot.idleTimer) this.armIdle(slot)
  }

  /** A big body goes only to a worker with nothing posted, so that it is the one read at once. */
  private mayTake(slot: Slot, next: Pending): boolean {
    return slot.inFlight.length === 0 || !this.isBig(next)
  }

  private isBig(p: Pending): boolean {
    return p.request.job.bytes.byteLength >= (this.opts.moveMinBytes ?? DEFAULT_MOVE_MIN_BYTES)
  }

  private dispatch(slot: Slot, next: Pending): void {
    clearTimeout(slot.idleTimer)
    slot.idleTimer = undefined
    slot.inFlight.push(next)
    // A feed posted behind another is copied: if the feed before it kills the worker, it goes to the next one whole.
    // The feed read at once is never re-posted (its worker's death fails it), so a big one is moved.
    const { bytes } = next.request.job
    const isWhole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    const transfer = slot.inFlight.length === 1 && this.isBig(next) && isWhole ? [bytes.buffer as ArrayBuffer] : []
    this.ensureWorker(slot).postMessage(next.request, transfer)
  }

  private armIdle(slot: Slot): void {
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined
      if (slot.inFlight.length === 0) this.stopWorker(slot)
    }, this.opts.idleMs ?? 30_000)
    slot.idleTimer.unref()
  }

  private ensureWorker(slot: Slot): Worker {
    if (slot.worker) return slot.worker
    // The TypeScript entry (browser mode, tests, the bench from source) needs tsx's require hook in the thread too.
    const path = this.opts.workerPath
    const resourceLimits = this.opts.resourceLimits ?? DEFAULT_RESOURCE_LIMITS
    const worker = path.endsWith('.ts')
      ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(path)})`, { eval: true, resourceLimits })
      : new Worker(path, { resourceLimits })
    worker.unref() // never keeps a CLI or test process alive
    worker.on('message', (reply: FeedTextReply) => {
      const at = slot.worker === worker ? slot.inFlight.findIndex((x) => x.request.id === reply.id) : -1
      if (at < 0) return // its poll was aborted meanwhile
      const [p] = slot.inFlight.splice(at, 1)
      if ('text' in reply) this.settle(p, undefined, reply.text)
      else this.settle(p, new FeedError(reply.error.code, reply.error.message, { status: reply.error.status }))
      this.pump()
    })
    const lost = (why: string, code: 'internal' | 'too-large' = 'internal') => {
      if (slot.worker !== worker) return // terminated on purpose
      slot.worker = undefined
      const [p, ...waiting] = slot.inFlight.splice(0)
      this.queue.unshift(...waiting) // not read yet: a fresh worker reads them
      if (p) this.settle(p, new FeedError(code, `Could not read ${p.request.job.feedUrl}: ${why}`))
      this.pump()
    }
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') lost(`the feed needs more than the ${resourceLimits.maxOldGenerationSizeMb} MB a feed worker may use`, 'too-large')
      else lost(`the feed worker failed (${err.message.split('\n')[0]})`)
    })
    worker.on('exit', (code) => lost(`the feed worker exited with code ${code}`))
    slot.worker = worker
    return worker
  }

  /** A queued feed leaves the queue; the feed a worker reads takes the worker down with it, and the feed waiting
   *  behind it goes to a fresh one. A feed posted but not started is only forgotten: its answer will be ignored. */
  private abort(p: Pending): void {
    const queued = this.queue.indexOf(p)
    if (queued >= 0) this.queue.splice(queued, 1)
    const slot = this.slots.find((s) => s.inFlight.includes(p))
    if (slot) {
      const isReading = slot.inFlight[0] === p
      slot.inFlight.splice(slot.inFlight.indexOf(p), 1)
      if (isReading) {
        this.queue.unshift(...slot.inFlight.splice(0))
        this.stopWorker(slot)
      }
    }
    if (queued >= 0 || slot) this.settle(p, abortReason(p.signal!, p.request.job))
    this.pump()
  }

  private settle(p: Pending, err: Error | undefined, text?: FeedText): void {
    if (p.onAbort) p.signal?.removeEventListener('abort', p.onAbort)
    if (err) p.reject(err)
    else p.resolve(text!)
  }

  private stopWorker(slot: Slot): void {
    clearTimeout(slot.idleTimer)
    slot.idleTimer = undefined
    const w = slot.worker
    slot.worker = undefined
    if (w) void w.terminate()
  }
}

function abortReason(signal: AbortSignal, job: FeedTextJob): Error {
  return signal.reason instanceof Error ? signal.reason : new FeedError('internal', `Reading ${job.feedUrl} was cancelled`)
}
