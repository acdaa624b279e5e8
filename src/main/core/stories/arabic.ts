// Arabic words to Latin consonants, enough for name keys: Arabic writes few vowels, so a name's consonants are
// nearly all it shows, and they are what the Latin skeleton keeps (نابيولينا / Nabiullina → "nbrn").

const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ى: 'a', ة: '', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h',
  خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh',
  ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'u', ي: 'i', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
}

const ARABIC_WORD = /[\u0621-\u064a\u067e\u0686\u06a4\u06af]{3,}/g
/** The article "al-" and the clitics و (and), ب (in), ل (for) glued to a name. */
const PREFIX = /^(?:وال|بال|لل|ال)/

export function arabicWords(text: string): string[] {
  return [...text.matchAll(ARABIC_WORD)].map((m) =>
    [...m[0].replace(PREFIX, '')].map((ch) => LETTERS[ch] ?? '').join(''),
  )
}
