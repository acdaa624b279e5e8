// Starts queued jobs under a global cap and a per-host cap. No electron, no timers.
// A job whose host is saturated is skipped, not waited on, so one slow server never holds back the others.

export interface LimiterOptions {
  /** Jobs running at once, all hosts together. */
  concurrency: number
  /** Jobs running at once against one host. */
  perHost: number
}

/** Runs a job; it must call release exactly once when done (extra calls are ignored). */
export type StartJob = (release: () => void) => void

interface QueuedJob {
  host: string
  start: StartJob
  /** Push order: across hosts, the job waiting longest starts first. */
  seq: number
}

export class HostLimiter {
  /** Waiting jobs per host, each in push order. Per host, so that a saturated host holding 10,000 queued jobs
   *  is passed over in one step: one shared queue was scanned end to end on every push (5.5 s of main thread
   *  for a refresh of 10,000 feeds on one host). Urgent jobs (feed polls) wait apart and start first. */
  private readonly queues = new Map<string, QueuedJob[]>()
  private readonly urgentQueues = new Map<string, QueuedJob[]>()
  private queuedCount = 0
  private seq = 0
  private readonly activeByHost = new Map<string, number>()
  private activeCount = 0
  private concurrency: number
  private readonly perHost: number

  constructor(options: LimiterOptions) {
    this.concurrency = atLeastOne(options.concurrency, 'concurrency')
    this.perHost = atLeastOne(options.perHost, 'perHost')
  }

  /**
   * Queues a job; it starts (possibly right away, inside this call) when a global slot and a slot for its host
   * are free. Release is a callback, not a settled promise, so the next job starts synchronously and a caller
   * reporting progress right after release already sees it running. A job that throws frees its slot.
   * An urgent job (a feed poll) starts before every waiting job that is not (article pages, icons): in a first
   * refresh, pages asked for the first feeds' teasers took the global slots from the other feeds' polls.
   */
  push(host: string, start: StartJob, isUrgent = false): void {
    const queues = isUrgent ? this.urgentQueues : this.queues
    const queue = queues.get(host)
    const job = { host, start, seq: this.seq++ }
    if (queue) queue.push(job)
    else queues.set(host, [job])
    this.queuedCount++
    this.drain()
  }

  /** Changes the global cap (the reader's "concurrent downloads"); a raise starts waiting jobs at once. */
  setConcurrency(concurrency: number): void {
    this.concurrency = atLeastOne(concurrency, 'concurrency')
    this.drain()
  }

  /** Drops jobs that have not started. Running ones keep their slots until they settle. */
  clear(): void {
    this.queues.clear()
    this.urgentQueues.clear()
    this.queuedCount = 0
  }

  get active(): number {
    return this.activeCount
  }

  get queued(): number {
    return this.queuedCount
  }

  private drain(): void {
    while (this.activeCount < this.concurrency) {
      const job = this.nextStartable()
      if (!job) return
      this.start(job)
    }
  }

  /** Takes the longest-waiting urgent job whose host has a free slot, else the longest-waiting other one:
   *  O(hosts with waiting jobs), not O(jobs). */
  private nextStartable(): QueuedJob | undefined {
    return this.takeOldest(this.urgentQueues) ?? this.takeOldest(this.queues)
  }

  private takeOldest(queues: Map<string, QueuedJob[]>): QueuedJob | undefined {
    let best: QueuedJob[] | undefined
    for (const [host, queue] of queues) {
      if ((this.activeByHost.get(host) ?? 0) >= this.perHost) continue
      if (!best || queue[0]!.seq < best[0]!.seq) best = queue
    }
    if (!best) return undefined
    const job = best.shift()!
    if (best.length === 0) queues.delete(job.host)
    this.queuedCount--
    return job
  }

  private start(job: QueuedJob): void {
    this.activeCount++
    this.activeByHost.set(job.host, (this.activeByHost.get(job.host) ?? 0) + 1)
    let isReleased = false
    const release = () => {
      if (isReleased) return
      isReleased = true
      this.activeCount--
      const left = (this.activeByHost.get(job.host) ?? 1) - 1
      if (left === 0) this.activeByHost.delete(job.host)
      else this.activeByHost.set(job.host, left)
      this.drain()
    }
    try {
      job.start(release)
    } catch (err) {
      release()
      throw err
    }
  }
}

function atLeastOne(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`HostLimiter: ${name} must be a positive integer, got ${value}`)
  return value
}
