// Builds the lexicon from the data tables and the country packages. Slow (cold JavaScript over
// ~17,000 spellings), so only the snapshot writer and its freshness test call it; the app loads the snapshot.
import { addCountryNames } from './country-names'
import { addCountryTables } from './country-terms'
import { LexiconBuilder } from './lexicon-builder'
import { addTopicTerms } from './topic-terms'

export function buildFromTables(): LexiconBuilder {
  const builder = new LexiconBuilder()
  addCountryTables(builder)
  addCountryNames(builder)
  addTopicTerms(builder)
  return builder
}
