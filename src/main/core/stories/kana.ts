// Katakana to Latin letters, enough for name keys: Japanese writes foreign names phonetically in katakana
// (レウォトビ, スラウェシ), so their consonant skeleton matches the Latin spelling once romanised.

const SYLLABLES: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', ガ: 'ga', ギ: 'gi',
  グ: 'gu', ゲ: 'ge', ゴ: 'go', サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', ザ: 'za', ジ: 'ji', ズ: 'zu',
  ゼ: 'ze', ゾ: 'zo', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to', ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de',
  ド: 'do', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', マ: 'ma',
  ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're',
  ロ: 'ro', ワ: 'wa', ヲ: 'o', ン: 'n', ヴ: 'vu', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu',
  ョ: 'yo', ッ: '', ー: '',
}

const KATAKANA_RUN = /[\u30a1-\u30fc]{2,}/g

/** Romanised katakana runs of `text` (other characters dropped); the middle dot splits names. */
export function katakanaWords(text: string): string[] {
  return [...text.matchAll(KATAKANA_RUN)].map((m) =>
    // ウォ, ウィ, ウェ are wo, wi, we: the w is the consonant a Latin spelling keeps.
    [...m[0].replace(/ウ([ァィェォ])/g, 'ワ$1')].map((ch) => SYLLABLES[ch] ?? '').join('').replace(/wa([aieo])/g, 'w$1'))
}
