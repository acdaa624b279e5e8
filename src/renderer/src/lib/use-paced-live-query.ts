// useLiveQuery (dexie-react-hooks) whose re-reads are spaced while ingest bursts land (db/paced-live-query.ts): for
// the views a refresh re-reads after every burst (the list, its story rows, the sidebar's counts, the facets).
import { useObservable } from 'dexie-react-hooks'
import { pacedLiveQuery } from '../db'

export function usePacedLiveQuery<T>(querier: () => T | Promise<T>, deps: unknown[]): T | undefined
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult: D): T | D
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult?: D): T | D | undefined {
  return useObservable(() => pacedLiveQuery(querier), deps, defaultResult)
}
