// The reader's labels, live from the database, and their names by id.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { listLabels, type LabelRow } from '../../db'
import { useServices } from '../../lib/services'

export function useLabels(): LabelRow[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => listLabels(db), [db])
}

export function useLabelNames(): Map<string, string> {
  const labels = useLabels()
  return useMemo(() => new Map((labels ?? []).map((l) => [l.id, l.name])), [labels])
}
