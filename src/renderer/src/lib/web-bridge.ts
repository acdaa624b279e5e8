// Browser mode: implements NewsApi over HTTP (calls) and Server-Sent Events (events) against
// src/main/web-server.ts on the same loopback origin. Used only when no preload exposed window.news.
import { invokableMethods, webEventNames, type InvokableMethod, type NewsApi } from '../../../shared/api'
import { fail, ok } from '../../../shared/errors'
import { isHttpUrl } from '../../../shared/validate'

type Listener = (payload: never) => void

export function createWebBridge(origin = ''): NewsApi {
  async function invoke(method: InvokableMethod, args: unknown[]): Promise<unknown> {
    const res = await fetch(`${origin}/api/invoke/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    })
    // The server's guards (wrong Host, cross-origin) answer in plain text: say what it said, not a JSON error.
    const text = await res.text()
    let body: { ok: boolean; value?: unknown; error?: string }
    try {
      body = parseMessage(text) as typeof body
    } catch {
      throw new Error(`${method} failed with HTTP ${res.status}: ${text.slice(0, 200) || res.statusText}`)
    }
    if (!body.ok) throw new Error(body.error ?? `${method} failed with HTTP ${res.status}`)
    return body.value
  }

  // One EventSource shared by all listeners, opened on first use; it reconnects by itself.
  let source: EventSource | undefined
  const listeners = new Map<string, Set<Listener>>()
  function subscribe(event: string, listener: Listener): () => void {
    if (!source) source = new EventSource(`${origin}/api/events`)
    let set = listeners.get(event)
    if (!set) {
      const fresh = new Set<Listener>()
      listeners.set(event, fresh)
      source.addEventListener(event, (e) => {
        const payload = parseMessage((e as MessageEvent<string>).data) as never
        for (const l of fresh) l(payload)
      })
      set = fresh
    }
    set.add(listener)
    return () => set.delete(listener)
  }

  const api = Object.fromEntries(
    invokableMethods.map((m) => [m, (...args: unknown[]) => invoke(m, args)]),
  ) as unknown as Pick<NewsApi, InvokableMethod>
  return {
    ...api,
    // The page is itself in a browser: the original opens in a new tab of it (the server could only open one on
    // its own machine). noopener keeps the article's page away from this window.
    openExternal: async (url) => {
      if (typeof url !== 'string' || !isHttpUrl(url)) return fail('invalid-argument', 'Only web addresses (http, https) can be opened')
      window.open(url, '_blank', 'noopener,noreferrer')
      return ok(undefined)
    },
    onFeedResult: (l) => subscribe(webEventNames.onFeedResult, l as Listener),
    onRefreshProgress: (l) => subscribe(webEventNames.onRefreshProgress, l as Listener),
    onArticleContent: (l) => subscribe(webEventNames.onArticleContent, l as Listener),
    onOpenRequest: (l) => subscribe(webEventNames.onOpenRequest, l as Listener),
  }
}

/**
 * Parses a message of the server. A reviver is called for every value: on a feed result of 50 articles it made the
 * parse several times slower, on the page's main thread, during a refresh. Only messages that can hold bytes pay it.
 */
export function parseMessage(text: string): unknown {
  return text.includes('"$base64"') ? JSON.parse(text, decodeBytes) : JSON.parse(text)
}

/** Reverses the web server's encodeBytes: { $base64 } objects become the Uint8Array main sent. */
export function decodeBytes(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || typeof (value as { $base64?: unknown }).$base64 !== 'string') return value
  const binary = atob((value as { $base64: string }).$base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
