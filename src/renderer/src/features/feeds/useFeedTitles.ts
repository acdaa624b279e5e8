import { useMemo } from 'react'
import { feedDisplayTitle } from '../../db'
import { useFeeds } from './useFeeds'

/** feedId → display name, live. Feeds are few, so one small map serves every row. */
export function useFeedTitles(): Map<string, string> {
  const feeds = useFeeds()
  return useMemo(() => new Map((feeds ?? []).map((f) => [f.id, feedDisplayTitle(f)])), [feeds])
}
