// Where a wire story was filed from: topic words inside a lead's capitalised dateline name no topic.
import { Zone, type Hit } from './matcher'

/** A wire dateline in capitals before a dash, a bracket or a stop: "MEXICO CITY (Reuters) -", "КАЛУГА.". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .,'’-]{0,40}?(?=\s*(?:\(|—|–|-\s|:|\.\s))/u
let datelineText = ''
let datelineEnd = 0

/**
 * The place a wire story was filed from names no topic: CITY in "MEXICO CITY -" is not society, KIRCHEN in
 * "GARMISCH-PARTENKIRCHEN -" not religion, NAPOLI not the football club.
 */
export function isInDateline(h: Hit): boolean {
  if (h.zone !== Zone.Lead && h.zone !== Zone.Body) return false
  if (h.text !== datelineText) {
    datelineText = h.text
    datelineEnd = DATELINE.exec(h.text)?.[0].length ?? 0
  }
  return h.end <= datelineEnd
}
