// Country and topic tagging (issue 3). Pure functions, no I/O. PLACEHOLDER until the classifier lands:
// it tags nothing, and CLASSIFIER_VERSION 0 marks articles as never classified.
import type { CountryCode, TagEvidence, TopicId } from '../../../shared/model'

export interface ClassifyInput {
  title: string
  summary?: string
  content?: string
  categories?: string[]
  lang?: string
  /** Country of the outlet, a weak prior only. */
  feedCountry?: CountryCode
}

export interface Classification {
  countries: CountryCode[]
  topics: TopicId[]
  evidence: TagEvidence
}

export const CLASSIFIER_VERSION = 0

export function classifyArticle(_input: ClassifyInput): Classification {
  return { countries: [], topics: [], evidence: { countries: {}, topics: {} } }
}
