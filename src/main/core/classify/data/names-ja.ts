// Japanese: capitals and major cities in katakana/kanji (format as in places.ts), and the one-character
// country forms Japanese news glues into compounds (日米, 米政府, 訪中, 露軍), which the Chinese tables lack
// (Chinese writes the United States 美, Japanese 米). Country names themselves come from the packages.
export const PLACES_JA = `
US: ワシントン; ニューヨーク; ロサンゼルス; シカゴ; サンフランシスコ; ホワイトハウス
GB: ロンドン; マンチェスター; エディンバラ
FR: パリ; マルセイユ; リヨン
DE: ベルリン; ミュンヘン; フランクフルト; ハンブルク
RU: モスクワ; サンクトペテルブルク; クレムリン
UA: キーウ/キエフ; ハルキウ/ハリコフ; オデーサ/オデッサ
CN: 北京; 上海; 香港; 武漢; 広州; 深セン
KR: ソウル; 釜山
KP: 平壌
TW: 台北
IN: ニューデリー/デリー; ムンバイ
ID: ジャカルタ
TH: バンコク
PH: マニラ
VN: ハノイ; ホーチミン
MY: クアラルンプール
SG: シンガポール
AU: キャンベラ; シドニー; メルボルン
IR: テヘラン
IL: エルサレム; テルアビブ
PS: ガザ; ヨルダン川西岸; ハンユニス; ラファ
EG: カイロ
SA: リヤド
TR: アンカラ; イスタンブール
IT: ローマ; ミラノ
ES: マドリード; バルセロナ
BE: ブリュッセル
CH: ジュネーブ; チューリヒ
AT: ウィーン
NL: ハーグ; アムステルダム; ロッテルダム
FI: ヘルシンキ
SE: ストックホルム
NO: オスロ
DK: コペンハーゲン
PL: ワルシャワ
GR: アテネ
PT: リスボン
CZ: プラハ
HU: ブダペスト
BR: ブラジリア; サンパウロ; リオデジャネイロ
MX: メキシコ市
CA: オタワ; トロント
KE: ナイロビ
ZA: プレトリア; ヨハネスブルク
SY: ダマスカス
LB: ベイルート
IQ: バグダッド
AF: カブール
PK: イスラマバード
MM: ネピドー; ヤンゴン
QA: ドーハ
AE: ドバイ; アブダビ
JP: 東京; 大阪; 京都; 札幌; 福岡; 沖縄; 広島; 長崎; 名古屋; 横浜; 北海道; 九州; 鹿児島; 長野; 白馬村; 神戸; 仙台; 新潟; 金沢; 熊本; 静岡; 岡山; 青森; 伊勢神宮; 千葉県; 埼玉県; 神奈川県; 兵庫県; 愛知県; 宮城県; 茨城県; 栃木県; 群馬県; 岐阜県; 三重県; 滋賀県; 石川県; 富山県; 福井県; 山口県; 香川県; 愛媛県; 高知県; 佐賀県; 大分県; 宮崎県; 秋田県; 山形県; 岩手県; 徳島県; 鳥取県; 島根県; 和歌山県; 山梨県; 福島県; 成田空港; ニセコ; 銀座; 浦和; 富山; 米子; 関空/関西空港; 羽田空港; 尾道; 鹿島; 川崎; 函館; 那覇
`

/** One-character country forms in Japanese compounds. */
export const JA_CHARS: Record<string, string> = {
  米: 'US', 英: 'GB', 独: 'DE', 仏: 'FR', 露: 'RU', 豪: 'AU', 韓: 'KR', 朝: 'KP', 中: 'CN', 台: 'TW', 日: 'JP', 印: 'IN',
  伊: 'IT', 比: 'PH', 加: 'CA',
}
/** Characters that pair with each other: 日米, 米中, 中露, 日韓 ... */
export const JA_PAIR_CHARS = ['日', '米', '中', '韓', '朝', '露', '英', '仏', '独', '豪', '印', '台']
/** After a country character: its government, army, press, leader. */
export const JA_SUFFIXES = ['政府', '軍', '紙', '首相', '大統領', '外相', '国防総省', '国務省', '側', '当局', '国防相', '財務省',
  '下院', '上院', '議会', '連邦', '司法省', '商務省', '中央銀行']
/** Before it: a visit to, stationed in, policy towards. */
export const JA_PREFIXES = ['訪', '駐', '在', '対', '全', '来']
/** Characters the suffixes and prefixes apply to (中/日/朝/台 are too common as ordinary words). */
export const JA_AFFIX_CHARS = ['米', '英', '独', '仏', '露', '豪', '韓']
