// Every data step, in the order they run (db/data-migrations.ts runs those a database recorded): outlet countries
// before the list rows that carry them, list rows before the counters counted from them, day counters after the counters step that clears them, topic × outlet counters after the counters too, country postings after the postings, the old forward rows copied back before both; clean-ups last. A new step is appended here
// and recorded by its version's upgrade in schema.ts (db/README.md, "Upgrades").
import type { DataStep } from './data-step'
import { outletsStep } from './d02-outlets'
import { readTimesStep } from './d12-read-times'
import { listRowsStep } from './d15-list-rows'
import { countersStep } from './d14-counters'
import { dayCountsStep } from './d21-day-counters'
import { searchQueueStep } from './d11-search-queue'
import { dropTagsStep } from './d15-drop-tags'
import { postingsStep } from './d31-postings'
import { topicOutletsStep } from './d32-topic-outlets'
import { countryPostingsStep } from './d34-country-postings'
import { copySearchStep } from './d31-copy-search'
import { dropOldSearchStep } from './d31-drop-old-search'

export { OUTLETS_STEP } from './d02-outlets'
export { READ_TIMES_STEP } from './d12-read-times'
export { LIST_ROWS_STEP } from './d15-list-rows'
export { COUNTERS_STEP } from './d14-counters'
export { DAY_COUNTS_STEP } from './d21-day-counters'
export { SEARCH_QUEUE_STEP } from './d11-search-queue'
export { DROP_TAGS_STEP } from './d15-drop-tags'
export { POSTINGS_STEP } from './d31-postings'
export { TOPIC_OUTLETS_STEP } from './d32-topic-outlets'
export { COUNTRY_POSTINGS_STEP } from './d34-country-postings'
export { COPY_SEARCH_STEP } from './d31-copy-search'
export { DROP_OLD_SEARCH_STEP } from './d31-drop-old-search'

export const DATA_STEPS: readonly DataStep[] = [outletsStep, readTimesStep, listRowsStep, countersStep, dayCountsStep, searchQueueStep, copySearchStep, postingsStep, topicOutletsStep, countryPostingsStep, dropTagsStep, dropOldSearchStep]
