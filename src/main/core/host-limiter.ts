// Starts queued jobs under a global cap and a per-host cap. No electron, no timers.
// A job whose host is saturated is skipped, not waited on, so one slow server never holds back the others.

export interface LimiterOptions {
  /** Jobs running at once, all hosts together. */
  concurrency: number
  /** Jobs running at once against one host. */
  perHost: number
}

interface QueuedJob {
  host: string
  run: () => Promise<void>
}

export class HostLimiter {
  private readonly queue: QueuedJob[] = []
  private readonly activeByHost = new Map<string, number>()
  private activeCount = 0
  private readonly concurrency: number
  private readonly perHost: number

  constructor(options: LimiterOptions) {
    this.concurrency = atLeastOne(options.concurrency, 'concurrency')
    this.perHost = atLeastOne(options.perHost, 'perHost')
  }

  /** Queues a job; it starts (possibly right away) when a global slot and a slot for its host are free.
   *  The slot is held until the promise `run` returns settles. */
  push(host: string, run: () => Promise<void>): void {
    this.queue.push({ host, run })
    this.drain()
  }

  /** Drops jobs that have not started. Running ones keep their slots until they settle. */
  clear(): void {
    this.queue.length = 0
  }

  get active(): number {
    return this.activeCount
  }

  get queued(): number {
    return this.queue.length
  }

  private drain(): void {
    // FIFO among startable jobs: scan past saturated hosts instead of stopping at the head.
    let i = 0
    while (i < this.queue.length && this.activeCount < this.concurrency) {
      const job = this.queue[i]!
      if ((this.activeByHost.get(job.host) ?? 0) >= this.perHost) {
        i++
        continue
      }
      this.queue.splice(i, 1)
      this.start(job)
    }
  }

  private start(job: QueuedJob): void {
    this.activeCount++
    this.activeByHost.set(job.host, (this.activeByHost.get(job.host) ?? 0) + 1)
    let running: Promise<void>
    try {
      running = job.run()
    } catch (err) {
      running = Promise.reject(err)
    }
    // The caller owns error handling; the limiter only needs to know the slot is free again.
    const release = () => {
      this.activeCount--
      const left = (this.activeByHost.get(job.host) ?? 1) - 1
      if (left === 0) this.activeByHost.delete(job.host)
      else this.activeByHost.set(job.host, left)
      this.drain()
    }
    running.then(release, release)
  }
}

function atLeastOne(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`HostLimiter: ${name} must be a positive integer, got ${value}`)
  return value
}
