// The classifier's version, alone in a leaf module: the snapshot writer reads it without loading the classifier,
// whose lexicon is the snapshot it is about to write.

/** Bump whenever tables or rules change, so stored articles get re-tagged. */
export const CLASSIFIER_VERSION = 16
