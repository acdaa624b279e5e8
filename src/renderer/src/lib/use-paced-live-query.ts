// useLiveQuery (dexie-react-hooks) whose re-reads are spaced while ingest bursts land (db/paced-live-query.ts), for
// the views a refresh re-reads after every burst (the list, its story rows, the sidebar's counts, the facets). A new
// answer is rendered as a transition: React renders it in slices and lets the reader's keys and clicks go first,
// where a plain update re-rendered the list in one task of up to 300 ms while bursts landed.
import { startTransition, useEffect, useState } from 'react'
import { pacedLiveQuery } from '../db'

export function usePacedLiveQuery<T>(querier: () => T | Promise<T>, deps: unknown[]): T | undefined
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult: D): T | D
export function usePacedLiveQuery<T, D>(querier: () => T | Promise<T>, deps: unknown[], defaultResult?: D): T | D | undefined {
  // A new query when the caller's deps change (as useLiveQuery's deps), kept in state from render to render.
  const [made, setMade] = useState(() => ({ deps, source: pacedLiveQuery(querier) }))
  let source = made.source
  if (!sameDeps(made.deps, deps)) {
    source = pacedLiveQuery(querier)
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

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]))
}
