// Which proxy, if any, each engine request goes through, and the agents that speak to it. The reader's
// setting decides: the system's proxy (Electron asks Chromium; plain Node reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY),
// no proxy, or one fixed URL. Plain Node: the Electron resolver comes in as a function.
import type { Agent } from 'node:http'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { getProxyForUrl } from 'proxy-from-env'
import { SocksProxyAgent } from 'socks-proxy-agent'
import type { ProxySetting } from '../../shared/desktop-settings'

/** The proxy URL to use for `url` (http://, https://, socks4://, socks5://), or undefined to connect directly. */
export type ProxyResolver = (url: URL) => string | undefined | Promise<string | undefined>

/** curl's environment variables: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, minus hosts listed in NO_PROXY. */
export const environmentProxy: ProxyResolver = (url) => getProxyForUrl(url.href) || undefined

/** Chromium never sends loopback addresses through a proxy; a fixed proxy keeps that rule. */
function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The resolver a setting asks for; `system` is the platform's (Electron's session, or the environment). */
export function proxyResolverFor(setting: ProxySetting, system: ProxyResolver = environmentProxy): ProxyResolver {
  if (setting.mode === 'direct') return () => undefined
  if (setting.mode === 'fixed') {
    const proxy = setting.url.replace(/\/$/, '')
    return (url) => (isLoopback(url) ? undefined : proxy)
  }
  return system
}

const PAC_SCHEMES: Record<string, string> = { PROXY: 'http', HTTP: 'http', HTTPS: 'https', SOCKS: 'socks4', SOCKS4: 'socks4', SOCKS5: 'socks5' }

/** Chromium's answer to resolveProxy ("PROXY host:port; DIRECT") as a proxy URL: the first entry we can use.
 *  DIRECT first, or nothing usable, means no proxy. */
export function proxyFromPacResult(pac: string): string | undefined {
  for (const entry of pac.split(';')) {
    const [kind = '', hostPort] = entry.trim().split(/\s+/)
    const upper = kind.toUpperCase()
    if (upper === 'DIRECT') return undefined
    const scheme = PAC_SCHEMES[upper]
    if (scheme && hostPort && /^[^\s/@]+:\d+$/.test(hostPort)) return `${scheme}://${hostPort}`
  }
  return undefined
}

let currentResolver: ProxyResolver = environmentProxy
const agents = new Map<string, Agent>()

/** Routes every later engine request; pooled proxy connections of the previous setting are dropped. */
export function setProxyResolver(resolver: ProxyResolver): void {
  currentResolver = resolver
  closeProxyAgents()
}

export function closeProxyAgents(): void {
  for (const agent of agents.values()) agent.destroy()
  agents.clear()
}

/** The agent for a request to `url` through the current proxy, or undefined for a direct connection.
 *  Throws a plain Error naming the proxy when the resolver gives something no agent speaks. */
export async function proxyAgentFor(url: URL): Promise<Agent | undefined> {
  const proxy = await currentResolver(url)
  if (!proxy) return undefined
  const key = `${url.protocol}|${proxy}`
  let agent = agents.get(key)
  if (!agent) {
    agent = createAgent(url.protocol, proxy)
    agents.set(key, agent)
  }
  return agent
}

function createAgent(targetProtocol: string, proxy: string): Agent {
  const scheme = proxy.slice(0, proxy.indexOf(':')).toLowerCase()
  if (scheme.startsWith('socks')) return new SocksProxyAgent(proxy)
  if (scheme !== 'http' && scheme !== 'https') throw new Error(`Unsupported proxy ${proxy}: use http, https or socks`)
  // https targets tunnel through CONNECT; plain http targets send the absolute URL to the proxy.
  return targetProtocol === 'https:' ? new HttpsProxyAgent(proxy) : new HttpProxyAgent(proxy)
}
