// Chinese writes foreign names with a small set of characters read for their sound (伊兹密尔 = Izmir, 拉夫罗夫 =
// Lavrov): read back as Latin syllables, their consonant skeleton matches the Latin spelling's, as katakana does in
// kana.ts. Runs of such characters are read; country names are cut out first, since they glue to the name after
// them (乌克兰敖德萨) and are no evidence.
import worldCountries from 'world-countries'

/**
 * Each character and the Latin syllable it most often renders. Characters that are also common words (大, 多, 万,
 * 美, 法, 南...) are left out: a run must be a name.
 */
const SYLLABLES =
  '阿a 埃e 艾ai 爱ai 安an 昂an 奥o 敖ao 巴ba 拜bai 班ban 邦bon 保bo 鲍bo 贝be 本ben 比bi 彼pi 毕bi 宾bin 波bo 伯bo ' +
  '博bo 布bu 查cha 察cha 柴chai 乔jo 楚chu 茨ts 措tso 达da 代dai 戴dai 丹dan 德de 登den 邓den 迪di 蒂ti 丁din 杜du ' +
  '敦dun 顿ton 厄e 恩en 尔r 耳r 范van 菲fi 费fe 芬fin 丰fon 弗f 福fo 夫f 盖gai 甘gan 冈gon 戈go 哥go 格g 根gen 古gu ' +
  '瓜gua 圭gui 哈ha 汉han 豪ho 赫he 亨hen 胡hu 霍ho 基ki 吉gi 加ga 贾ja 杰je 卡ka 凯kai 坎kan 康kon 考ko 柯ko ' +
  '科ko 克k 肯ken 库ku 夸kua 奎kui 昆kun 拉la 莱lai 兰lan 朗lan 劳lo 勒le 雷le 蕾le 黎li 里li 利li 莉li 列le 林lin ' +
  '琳lin 卢lu 鲁lu 吕lu 伦lun 罗lo 洛lo 隆lon 马ma 玛ma 迈mai 麦mai 曼man 芒man 毛mo 梅me 门men 蒙mon 孟mon 米mi ' +
  '密mi 缅mian 莫mo 墨me 默me 姆m 穆mu 纳na 娜na 奈nai 尼ni 涅ne 宁nin 纽nu 努nu 诺no 帕pa 派pai 潘pan 庞pon ' +
  '佩pe 彭pen 皮pi 珀po 普pu 奇chi 齐chi 契che 钦chin 切che 丘chu 琼jon 萨sa 塞se 桑san 瑟se 森sen 沙sha 莎sha ' +
  '绍sho 舍she 申shen 施sh 什sh 史sh 斯s 松son 苏su 索so 塔ta 泰tai 坦tan 汤ton 唐tan 特t 滕ten 提ti 图tu 托to ' +
  '瓦va 旺van 威vi 韦ve 维vi 温ven 沃vo 乌u 伍vu 西si 希hi 锡si 夏sha 谢she 辛sin 欣sin 休hu 修su 雅ya 亚ya ' +
  '扬yan 耶ye 叶ye 伊i 因in 尤yu 约yo 扎za 泽ze 詹jan 兹z 佐zo 祖zu'

const READING = new Map(SYLLABLES.split(' ').map((pair) => [pair[0], pair.slice(1)] as [string, string]))
const RUN = new RegExp(`[${[...READING.keys()].join('')}]{2,}`, 'g')

let countryNames: RegExp | undefined

/** Chinese names of every country, longest first. */
function countryPattern(): RegExp {
  if (countryNames) return countryNames
  const names = new Set<string>()
  for (const c of worldCountries) {
    const zho = c.translations.zho
    if (zho) for (const name of [zho.common, zho.official]) if (name) names.add(name)
  }
  countryNames = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'g')
  return countryNames
}

/** The Latin readings of the runs of name characters in `text`, country names cut out. */
export function hanziNameWords(text: string): string[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return []
  const bare = text.replace(countryPattern(), ' ')
  return [...bare.matchAll(RUN)].map((m) => [...m[0]].map((ch) => READING.get(ch) ?? '').join(''))
}
