// The about decision (issue 14, version 8): a logistic regression over each named country's evidence
// (about-features.ts) says how likely a reader files the story under it; the countries above the learned threshold
// are `about`, at most four, and when none is, the likeliest one stands in if it clears the fallback threshold.
// Weights, threshold and fallback come from tests/main/core/classify/train-about.ts (data/about-weights.ts).
import type { CountryCode } from '../../../shared/model'
import { candidateFeatures, FEATURE_NAMES, type StandIn } from './about-features'
import { ABOUT_MODEL, type AboutModel } from './data/about-weights'
import { rulesAbout, type Weighed } from './tiers'

/** False keeps the hand-set rules of version 7 (tiers.ts `rulesAbout`) as the decision. */
export const USE_ABOUT_MODEL = true
const MAX_COUNTRIES = 4
/** The bar of version 7 for an origin, company or host named in the title to stand in. */
const MIN_TITLE_ORIGIN = 1.2

export function decideAbout(w: Weighed): CountryCode[] {
  if (!USE_ABOUT_MODEL) return rulesAbout(w)
  const { codes, tallies, features } = candidateFeatures(w)
  return pickAbout(codes, features.map((f) => logit(ABOUT_MODEL, f)), tallies, ABOUT_MODEL)
}

/** The model's log-odds that the story is about the country whose features these are. */
export function logit(model: Pick<AboutModel, 'weights' | 'bias'>, features: readonly number[]): number {
  let z = model.bias
  for (let i = 0; i < features.length; i++) z += model.weights[i] * features[i]
  return z
}

/**
 * The decision from the log-odds: the countries above the threshold (at most four, likeliest first). When none is,
 * the likeliest country named not in passing stands in if it clears the fallback threshold; else the strongest
 * origin, company or host named in the title ("Chinese carmakers cut prices", "UAE to host climate summit"): the
 * rule of version 7, kept because no lead of the training sets decides it. Seats, venues, bureaus and nationalities
 * never stand in.
 */
export function pickAbout(codes: readonly CountryCode[], logits: readonly number[], tallies: readonly StandIn[],
  model: Pick<AboutModel, 'threshold' | 'fallback'>): CountryCode[] {
  const order = codes.map((_, i) => i).sort((a, b) => logits[b] - logits[a])
  const bar = toLogit(model.threshold)
  // A country named only in passing is never `about` by the model: 15 of 468 such countries are in the training
  // labels, and a lone title venue (国連気候会議、ブラジルで閉幕) lies outside what the model has seen.
  // Version 15: what a title says is discussed ("Chinese and Russian foreign ministers discuss Afghanistan") is what
  // the talks are about, however little the lead says of it. The learned weight of `discussed` is small (0.15 on 32
  // sets) and left that example's Afghanistan at 0.35; the rule leaves the dev CV as it was (0.9394 -> 0.9395).
  const about = order.filter((i) => (logits[i] >= bar || tallies[i].titleDiscussed === true) && tallies[i].score > 0)
    .slice(0, MAX_COUNTRIES)
  addJoinedSides(about, order, codes, tallies)
  if (about.length > 0) return about.map((i) => codes[i])
  const best = order.find((i) => tallies[i].score > 0)
  if (best !== undefined && logits[best] >= toLogit(model.fallback)) return [codes[best]]
  let origin = -1
  tallies.forEach((t, i) => { if (t.titleOrigin >= MIN_TITLE_ORIGIN && (origin < 0 || t.titleOrigin > tallies[origin].titleOrigin)) origin = i })
  return origin < 0 ? [] : [codes[origin]]
}

/**
 * Version 16: a side joined in the title to an `about` country that opens the title with it ("Les ministres chinois
 * et russe", "Chinesischer und russischer", "los cancilleres de China y Rusia", "tra Iran e Stati Uniti") is `about`
 * too: the model alone kept the first of the pair under the threshold, as the first title country weighs less
 * (titleFirst -0.71). No lower bar: 0.1 and 0.3 gave the same CV (classify/README.md, version 16).
 */
function addJoinedSides(about: number[], order: readonly number[], codes: readonly CountryCode[], tallies: readonly StandIn[]): void {
  if (about.length === 0 || !tallies.some((t) => t.titleJoinedWith !== undefined)) return
  const chosen = about.map((i) => codes[i])
  for (const i of order) {
    if (about.length >= MAX_COUNTRIES) return
    if (about.includes(i) || tallies[i].score <= 0) continue
    if (tallies[i].titleJoinedWith?.some((c) => chosen.includes(c))) about.push(i)
  }
}

function toLogit(p: number): number {
  return p <= 0 ? -Infinity : p >= 1 ? Infinity : Math.log(p / (1 - p))
}

/** The weights file must name the features this build computes, in this order. */
export function modelMatchesFeatures(model: AboutModel = ABOUT_MODEL): boolean {
  return model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i])
}
