// The one compiled lexicon (countries, blocks, cues, topics), built lazily on first use and kept for
// the life of the process. Building takes well under 300 ms (see bench/classify-bench.ts).
import { addCountryNames } from './country-names'
import { addCountryTables } from './country-terms'
import { LexiconBuilder, type Lexicon } from './lexicon-builder'
import { addTopicTerms } from './topic-terms'

let lexicon: Lexicon | undefined

export function getLexicon(): Lexicon {
  if (!lexicon) {
    const builder = new LexiconBuilder()
    addCountryTables(builder)
    addCountryNames(builder)
    addTopicTerms(builder)
    lexicon = builder.build()
  }
  return lexicon
}
