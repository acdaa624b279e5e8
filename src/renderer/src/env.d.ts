/// <reference types="vite/client" />
import type { NewsApi } from '../../shared/api'
import type { MeridianDb } from './db'

declare global {
  interface Window {
    /** Exposed by the preload in Electron; absent in browser mode, where lib/web-bridge.ts stands in. */
    news?: NewsApi
    /** The Dexie instance, exposed in browser mode only, for benchmarks and e2e tests. */
    __db?: MeridianDb
  }
}
