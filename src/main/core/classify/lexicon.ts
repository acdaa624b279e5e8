// The one compiled lexicon (countries, blocks, cues, topics), loaded lazily on first use from the
// generated snapshot and kept for the life of the process. See snapshot.ts for why a snapshot.
import snapshot from './data/lexicon.snapshot.json'
import type { Lexicon } from './lexicon-builder'
import { lexiconFromSnapshot, type LexiconSnapshot } from './snapshot'

let lexicon: Lexicon | undefined

export function getLexicon(): Lexicon {
  lexicon ??= lexiconFromSnapshot(snapshot as unknown as LexiconSnapshot)
  return lexicon
}
