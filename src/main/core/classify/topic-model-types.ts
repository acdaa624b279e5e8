// The shape of the learned topic layer's committed weights (data/topic-weights.ts), apart from topic-model.ts so the
// generated data file and the model that reads it do not import each other.

/** How topics are kept from their probabilities; every number is chosen by cross-validation (topic-lab/train.ts). */
export interface PickRule {
  /** A second or third topic is kept when its probability reaches this... */
  threshold: number
  /** ...and this share of the likeliest topic's probability (0: no such bar). */
  secondShare: number
  /** The likeliest topic is kept when its probability reaches this or the threshold, whichever is lower. */
  firstThreshold: number
  /** At most this many topics (GUIDELINES: one to three). */
  maxTopics: number
}

/** Weights per topic (bias first, then FEATURE_NAMES' order), the pair priors and the pick rule chosen by CV. */
export interface TopicModel extends PickRule {
  features: string[]
  weights: number[][]
  /** Log-odds that the column's topic is labelled when the row's topic leads the evidence (the `pairPrior` feature). */
  pairs: number[][]
}
