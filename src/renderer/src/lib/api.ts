// The NewsApi the renderer talks to: the preload's in Electron, the loopback bridge in browser mode.
import type { NewsApi } from '../../../shared/api'
import { createWebBridge } from './web-bridge'

/** True when running as a plain web page served by the browser-mode server (no preload). */
export const isBrowserMode = typeof window !== 'undefined' && !window.news

export const api: NewsApi = (typeof window !== 'undefined' ? window.news : undefined) ?? createWebBridge()
