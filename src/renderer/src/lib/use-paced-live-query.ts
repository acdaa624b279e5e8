// useLiveQuery (dexie-react-hooks) whose re-reads are spaced while ingest bursts land (db/paced-live-query.ts), for
// the views a refresh re-reads after every burst (the list, its story rows, the sidebar's counts, the facets). A new
// answer is rendered as a transition: React renders it in slices and lets the reader's keys and clicks go first,
// where a plain update re-rendered the list in one task of up to 300 ms while bursts landed.
import { startTransition, useEffect, useState } from 'react'
import { pacedLiveQuery, type PaceTier } from '../db'

export function usePacedLiveQuery<T>(querier: () => T | Promise<T>, deps: unknown[]): T | undefined
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult: D, tier?: PaceTier): T | D
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult?: D, tier?: PaceTier): T | D | undefined {
  // A new query when the caller's deps change (as useLiveQuery's deps), kept in state from render to render.
  const [made, setMade] = useState(() => ({ deps, source: pacedLiveQuery(querier, tier) }))
  let source = made.source
  if (!sameDeps(made.deps, deps)) {
    source = pacedLiveQuery(querier, tier)
    setMade({ deps, source })
  }
  // As useLiveQuery: the last answer stays until the new query's first one arrives.
  const [state, setState] = useState<{ value: T | D | undefined; error?: unknown }>({ value: defaultResult })
  useEffect(() => {
    const subscription = source.subscribe(
      (value) => startTransition(() => setState({ value })),
      (error) => setState((s) => ({ ...s, error })),
    )
    return () => subscription.unsubscribe()
  }, [source])
  if (state.error !== undefined) throw state.error
  return state.value
}

/** usePacedLiveQuery for a view beside the open list (a count, the badge, facets): while a large import lands it
 *  re-reads at most every SIDE_PACED_READ_MS (db/paced-live-query.ts), leaving the page's time to the import and
 *  the list. */
export function useSideLiveQuery<T>(querier: () => T | Promise<T>, deps: unknown[]): T | undefined {
  return usePacedLiveQuery<T, undefined>(querier, deps, undefined, 'side')
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]))
}
