// The one compiled lexicon (countries, blocks, cues, topics), loaded lazily on first use from the snapshot
// generated at build time (scripts/lexicon-snapshot.mjs, into the gitignored generated/) and kept for the life of
// the process. See snapshot.ts for why a snapshot.
// The snapshot is JSON text parsed here and then dropped: only the automaton and readings stay in memory.
import { LEXICON_SNAPSHOT_JSON } from '../../../../generated/lexicon.snapshot'
import type { Lexicon } from './lexicon-builder'
import { lexiconFromSnapshot, type LexiconSnapshot } from './snapshot'

let lexicon: Lexicon | undefined

export function getLexicon(): Lexicon {
  lexicon ??= lexiconFromSnapshot(JSON.parse(LEXICON_SNAPSHOT_JSON) as LexiconSnapshot)
  return lexicon
}
