// Downloads article pages for offline reading: page -> extraction -> images, a few articles at a time, every
// request under the poller's HostLimiter and a per-host backoff. Plain Node; the news service owns one queue.
import type { ArticleContent, DownloadRequest, DownloadedImage } from '../../../shared/model'
import { FeedError, toAppError } from '../errors'
import { fetchFullText, type FullTextOptions, type FullTextPage } from '../extract'
import type { HostLimiter } from '../host-limiter'
import { log, type Logger } from '../log'
import { DEFAULT_IMAGE_LIMITS, fetchImage, pickImageUrls, type ImageLimits } from './article-images'
import { tagFullText, type TagFunction } from './full-text-tags'
import { HostBackoff } from './host-backoff'
import { hostOf, runLimited } from './limited'

export interface DownloadQueueOptions {
  /** The poller's limiter: downloads and polls share one per-host limit. */
  limiter: HostLimiter
  emit(content: ArticleContent): void
  /**
   * Tags an article again from its full text (the classifier, injected so the queue stays testable). Without it,
   * extracted content carries no tags.
   */
  tag?: TagFunction
  fetchPage?: (url: string, opts: FullTextOptions) => Promise<FullTextPage>
  fetchImage?: typeof fetchImage
  imageLimits?: ImageLimits
  /**
   * Articles in progress at once. Each holds at most one limiter slot at a time, so a backlog of hundreds of
   * pages never queues ahead of the next feed poll by more than this many jobs.
   */
  parallel?: number
  /** A page, or one image, that takes longer than this is abandoned. */
  timeoutMs?: number
  /** Rate-limited pages are retried after the host's Retry-After, at most this many times. */
  maxRetries?: number
  now?: () => number
  log?: Logger
}

const DEFAULT_PARALLEL = 2
/** Ids remembered to refuse a second download of the same article; past this the memory is reset. */
const MAX_REMEMBERED = 200_000

export class DownloadQueue {
  private waiting: DownloadRequest[] = []
  /** Articles queued, running or done in this process: "at most one page per article". */
  private readonly known = new Set<string>()
  private readonly retries = new Map<string, number>()
  private readonly backoff: HostBackoff
  private readonly log: Logger
  private controller = new AbortController()
  private active = 0
  private wakeTimer: ReturnType<typeof setTimeout> | undefined
  private idleWaiters: (() => void)[] = []

  constructor(private readonly opts: DownloadQueueOptions) {
    this.backoff = new HostBackoff(opts.now ?? Date.now)
    this.log = opts.log ?? log.scope('downloads')
  }

  /** Queues requests; an article already queued, running or downloaded in this session is skipped. */
  push(requests: DownloadRequest[]): void {
    if (this.known.size > MAX_REMEMBERED) this.known.clear()
    for (const r of requests) {
      if (this.known.has(r.articleId)) continue
      this.known.add(r.articleId)
      this.waiting.push(r)
    }
    this.pump()
  }

  /** Drops requests that have not started; they may be asked for again later. Running ones finish. */
  cancel(): void {
    for (const r of this.waiting) this.known.delete(r.articleId)
    this.waiting = []
    this.clearWake()
    this.notifyIdle()
  }

  /** Cancels everything, running downloads included; nothing more is emitted. */
  stop(): void {
    this.cancel()
    this.controller.abort(new Error('download queue stopped'))
    this.controller = new AbortController()
  }

  /** A feed poll of this host was rate-limited: no page downloads go there for ms either. */
  pauseHost(url: string, ms: number): void {
    if (!(ms > 0)) return
    this.backoff.pause(hostOf(url), ms)
  }

  get pending(): number {
    return this.waiting.length + this.active
  }

  /** Resolves when nothing is queued or running (tests, CLI). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private pump(): void {
    this.clearWake()
    const parallel = this.opts.parallel ?? DEFAULT_PARALLEL
    let soonest = Infinity
    for (let i = 0; i < this.waiting.length && this.active < parallel; ) {
      const request = this.waiting[i]!
      const wait = this.backoff.waitFor(hostOf(request.url))
      if (wait > 0) {
        soonest = Math.min(soonest, wait)
        i++
        continue
      }
      this.waiting.splice(i, 1)
      this.active++
      void this.run(request, this.controller.signal)
    }
    if (this.waiting.length > 0 && this.active < parallel && soonest < Infinity) {
      this.wakeTimer = setTimeout(() => this.pump(), soonest)
      this.wakeTimer.unref?.()
    }
    this.notifyIdle()
  }

  private async run(request: DownloadRequest, signal: AbortSignal): Promise<void> {
    const { articleId, feedId, url } = request
    try {
      const fetchPage = this.opts.fetchPage ?? fetchFullText
      const timeoutMs = this.opts.timeoutMs ?? 30_000
      const page = await runLimited(this.opts.limiter, url, () => fetchPage(url, { signal, timeoutMs }))
      if (!page.article.contentHtml) {
        // The feed's own content stays what the reader sees; the renderer records this reason.
        throw new FeedError('parse', `No article text found on ${page.finalUrl}${page.article.readerable ? '' : ' (not an article page)'}`)
      }
      const images = request.withImages === false ? [] : await this.fetchImages(page, request.imageUrl, signal)
      if (signal.aborted) return
      const tags = this.opts.tag && tagFullText(this.opts.tag, page, this.log)
      this.opts.emit({ articleId, feedId, kind: 'extracted', pageUrl: page.finalUrl, fullText: page.article, images, ...(tags && { tags }) })
    } catch (err) {
      if (signal.aborted) return
      if (this.shouldRetry(request, err)) return
      const error = toAppError(err)
      this.log.warn(`download of ${url} for article ${articleId} failed: ${error.message}`)
      this.opts.emit({ articleId, feedId, kind: 'failed', error })
    } finally {
      this.active--
      this.pump()
    }
  }

  /** A 429 (or 503 with Retry-After) brought no page: back off from that host and try this article again later. */
  private shouldRetry(request: DownloadRequest, err: unknown): boolean {
    if (!(err instanceof FeedError) || err.code !== 'rate-limited') return false
    const tries = (this.retries.get(request.articleId) ?? 0) + 1
    if (tries > (this.opts.maxRetries ?? 3)) return false
    this.retries.set(request.articleId, tries)
    this.backoff.pause(hostOf(request.url), err.retryAfterMs)
    this.waiting.push(request)
    return true
  }

  /** One image at a time per article, each under its host's limit; a failed image is skipped, not fatal. */
  private async fetchImages(page: FullTextPage, feedImageUrl: string | undefined, signal: AbortSignal): Promise<DownloadedImage[]> {
    const limits = this.opts.imageLimits ?? DEFAULT_IMAGE_LIMITS
    // The feed's image is what the list and the reader's header show; the page's own lead image comes next.
    const lead = feedImageUrl ?? page.article.leadImageUrl
    const urls = pickImageUrls(page.article.contentHtml, [feedImageUrl, page.article.leadImageUrl], limits.maxCount)
    const fetchOne = this.opts.fetchImage ?? fetchImage
    const images: DownloadedImage[] = []
    let total = 0
    for (const url of urls) {
      if (signal.aborted || this.backoff.waitFor(hostOf(url)) > 0) continue
      const maxBytes = Math.min(limits.maxBytes, limits.maxTotalBytes - total)
      if (maxBytes <= 0) break
      try {
        const image = await runLimited(this.opts.limiter, url, () => fetchOne(url, maxBytes, { signal, timeoutMs: this.opts.timeoutMs ?? 30_000, pageUrl: page.finalUrl }))
        if (!image) continue
        total += image.bytes.byteLength
        images.push({ ...image, isLead: url === lead })
      } catch (err) {
        if (err instanceof FeedError && err.code === 'rate-limited') this.backoff.pause(hostOf(url), err.retryAfterMs)
        this.log.info(`image ${url} skipped: ${toAppError(err).message}`)
      }
    }
    return images
  }

  private clearWake(): void {
    if (this.wakeTimer !== undefined) clearTimeout(this.wakeTimer)
    this.wakeTimer = undefined
  }

  private notifyIdle(): void {
    if (this.pending > 0) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
