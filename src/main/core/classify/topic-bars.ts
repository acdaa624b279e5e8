// The bars a topic's score must clear to be kept (topic.ts), in one object so that the topic lab can choose them
// by cross-validation (tests/main/core/classify/topic-lab/rules-cv.ts) instead of by hand.

export interface TopicBars {
  /** The best topic needs this score (a defining term of a later sentence still decides when nothing else does). */
  minScore: number
  /** ...and this share of the best score when a feed category put another topic first. */
  minShare: number
  /** A second or third topic needs this score and `minShare` of the best one: stray words land there. */
  minSecondary: number
  /**
   * A second topic with strong evidence of its own (two distinct defining terms: "judge" and "ruling" in a merger
   * story; or `strongCues` distinct typical words) may stand beside a much louder first one at this share.
   */
  strongShare: number
  strongCues: number
  /** A second topic needs a defining term or this many distinct typical words (two stray words are no thread). */
  secondaryWords: number
  /** Politics is the commonest companion (a government acting on trade, health, migration): a lower bar. */
  minPolitics: number
  politicsShare: number
  /** Behind a society story one politics word (the government, a minister, the law) is enough, at this share. */
  minSocietyPolitics: number
  societyPoliticsShare: number
  /** A crime or war story with a defining politics term (a former minister jailed) is politics at this share. */
  officePoliticsShare: number
  /** GUIDELINES.md: one to three topics. */
  maxTopics: number
}

/** Version 7's bars, set by hand on the dev sets; the lab's cross-validation may choose others. */
export const TOPIC_BARS: TopicBars = {
  minScore: 3,
  minShare: 0.5,
  minSecondary: 4,
  strongShare: 0.35,
  strongCues: 4,
  secondaryWords: 3,
  minPolitics: 3,
  politicsShare: 0.35,
  minSocietyPolitics: 1.6,
  societyPoliticsShare: 0.2,
  officePoliticsShare: 0.15,
  maxTopics: 3,
}
