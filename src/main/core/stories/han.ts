// Japanese and traditional Han characters to their simplified Chinese form, for the characters news writes in
// place names and common words: a Japanese 横浜 or 済州 and a Chinese 横滨 or 济州 then share their bigrams and their
// gazetteer entry. Only one-to-one pairs, so offsets in a text stay the same.

/** Pairs: the Japanese or traditional character, then its simplified form. */
const PAIRS =
  '浜滨濱滨広广廣广島岛東东長长児儿兒儿県县縣县済济濟济國国會会発发發发電电車车軍军鉄铁鐵铁関关關关聯联連连' +
  '陸陆機机飛飞場场災灾風风撃击擊击戦战戰战爭争統统領领選选挙举舉举議议員员銀银価价價价経经經经輸输貿贸稅税' +
  '灣湾臺台韓韩鮮鲜紛纷難难労劳勞劳動动運运転转轉转線线橋桥園园區区峽峡龍龙竜龙亜亚亞亚歐欧蘭兰葉叶薬药藥药' +
  '醫医療疗傷伤負负萬万億亿気气氣气溫温噴喷煙烟報报艦舰隊队衛卫衞卫開开閉闭閣阁総总總总務务庁厅廳厅検检檢检' +
  '査查証证證证権权權权黨党與与対对對对応应應应図图圖图実实實实現现時时間间後后來来為为爲为條条約约協协談谈' +
  '話话語语説说說说記记紙纸聞闻華华僑侨満满滿满漢汉蔵藏沖冲縄绳繩绳戸户戶户岡冈鳥鸟賀贺愛爱靜静宮宫馬马徳德' +
  '樺桦爾尔蘇苏聖圣羅罗維维納纳倫伦紐纽頓顿烏乌門门問问題题鮮鲜農农業业産产產产廠厂資资質质費费貨货幣币' +
  '險险験验驗验陣阵隣邻鄰邻擁拥護护邊边辺边遠远歸归帰归親亲觀观観观覧览覽览歴历歷历曆历厳严嚴严'

const MAP = new Map<string, string>()
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1])
const MAPPED = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g')

/** `text` with its Japanese and traditional characters written in simplified form. */
export function simplifyHan(text: string): string {
  return text.replace(MAPPED, (ch) => MAP.get(ch) ?? ch)
}
