// Where a topic word sits in the lead: the first sentence states the story's subject, the later ones add
// background, reactions and context ("the ministry said", "last year's floods"), so their words weigh less.

/**
 * A sentence ends at . ! ? or ؟ before a space and a character that is not a lower-case Latin letter
 * ("U.S. planemaker" goes on), or at a CJK full stop, exclamation or question mark.
 */
const SENTENCE_END = /[.!?\u061f](?=\s+[^\sa-z])|[\u3002\uff01\uff1f]/

let lastText = ''
let lastEnd = 0

/** Offset of the end of the first sentence of a text (its length when it has one sentence). */
export function firstSentenceEnd(text: string): number {
  if (text !== lastText) {
    lastText = text
    const m = SENTENCE_END.exec(text)
    lastEnd = m ? m.index : text.length
  }
  return lastEnd
}

