// The text work's output must not move when it is made cheaper: every corpus feed and a slice of the farm's go
// through feedText, and each line (article count and a digest of the whole result, tags and story features
// included) must equal the line recorded by the tree before the speed work of session 15 (cf6080e,
// `npx tsx bench/refresh/feed-text-digest.ts --write tests/fixtures/feed-text/output-digests.txt` run there).
// A deliberate change of output (a new classifier, a normalize fix) re-records the file the same way.
// Re-recorded on main for classifier v13 (its tags, session 15), after the speed work had been checked against
// the cf6080e lines.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedTextDigests } from '../../../../bench/refresh/feed-text-digest'

const RECORDED = join(__dirname, '../../../fixtures/feed-text/output-digests.txt')

describe('feedText output against the recorded digests', () => {
  it('gives every corpus and farm feed the recorded articles, tags and features', async () => {
    const recorded = readFileSync(RECORDED, 'utf8').trim().split('\n')
    const now = await feedTextDigests()
    expect(now.length).toBe(recorded.length)
    const changed = now.filter((line, i) => line !== recorded[i])
    expect(changed).toEqual([])
  }, 300_000)
})
