// Phrases that contain a country term but are not about that country. A block match swallows the
// country terms inside it (longest match wins), so "Paris Hilton" tags nothing and "Indian Ocean"
// does not tag India. One phrase per line; `*` and `a(b|c)` work as in demonyms.ts.
export const BLOCKS = `
Paris Hilton
l'Assomption
fête de l'Assomption
Dominique Pelicot
Sul-Americana
Copa Sudamericana
Sudamericana
Sierra Nevada
piazzale Libia
ドイツ村
colonia Roma
colonias Roma
Partido Colorado
Reunión en
Reunión de
Reunión entre
Reunión con
تشاد سميث
韩国瑜
China Machado
中国電力
巴伊亚
中国地方
中国新聞
中国・四国
中国山地
Paris Jackson
Paris Agreement
Paris climate agreement
Paris climate accord
Paris Accord
Paris Accords
accord de Paris
acuerdo de París
Pariser Abkommen
Парижское соглашение
Парижского соглашения
巴黎协定
اتفاق باريس
guinea pig
guinea pigs
guinea fowl
Guinea worm
New Guinea
Nueva Guinea
Nouvelle-Guinée
fine china
bone china
china cabinet
china plates
Indian Ocean
océan Indien
océano Índico
Indischer Ozean
Indischen Ozean
Индийский океан
Индийского океана
Индийском океане
印度洋
المحيط الهندي
American Indian
American Indians
Indian reservation
Indian reservations
Indian tribe
Indian tribes
Indian Country
Indian Health Service
Turkey Day
West Indies
West Indian
East Indies
Indiana Jones
Washington Post
Washington Commanders
George Washington
Denzel Washington
New York Times
Los Angeles Times
New York Stock Exchange
Jordan River
River Jordan
Jordan Valley
Air Jordan
Air Jordans
Michael Jordan
South China Sea
East China Sea
mer de Chine méridionale
mar de China Meridional
Südchinesisches Meer
Südchinesischen Meer
Южно-Китайское море
Южно-Китайском море
Южно-Китайского моря
بحر الصين الجنوبي
Sea of Japan
mer du Japon
mar de Japón
Japanisches Meer
Японское море
Японского моря
Японском море
日本海
بحر اليابان
Gulf of Mexico
Gulf of America
golfe du Mexique
golfo de México
Golf von Mexiko
Мексиканский залив
墨西哥湾
خليج المكسيك
Persian Gulf
Arabian Sea
English Channel
Irish Sea
Bay of Bengal
Korean Peninsula
Korean peninsula
péninsule coréenne
península de Corea
koreanische Halbinsel
Корейский полуостров
Корейском полуострове
朝鲜半岛
شبه الجزيرة الكورية
Iberian Peninsula
Arabian Peninsula
Horn of Africa
Niger River
River Niger
Niger river
fleuve Niger
río Níger
Fluss Niger
река Нигер
реки Нигер
尼日尔河
نهر النيجر
Congo River
Congo Basin
Congo basin
bassin du Congo
fleuve Congo
cuenca del Congo
Kongobecken
бассейн Конго
刚果河
刚果盆地
حوض الكونغو
Lake Chad
lac Tchad
lago Chad
Tschadsee
озеро Чад
乍得湖
بحيرة تشاد
Lake Victoria
Copa América
Copa America
America's Cup
Кубок Америки
Кубка Америки
Кубке Америки
Кубку Америки
Кубком Америки
Latin America
Latin American
Latin Americans
South America
South American
North America
North American
Central America
Central American
Pan American
Pan-American
the Americas
Amérique latine
Amérique du Sud
Amérique du Nord
Amérique centrale
América Latina
América del Sur
América del Norte
Lateinamerika
Südamerika
Nordamerika
Mittelamerika
Латинская Америка
Латинской Америки
Латинской Америке
Южная Америка
Южной Америки
Северная Америка
Северной Америки
Центральная Америка
Центральной Америки
أمريكا اللاتينية
أميركا اللاتينية
أمريكا الجنوبية
أمريكا الشمالية
美洲
中美洲
北美洲
南美洲
拉美
拉丁美洲
Brazil nut
Brazil nuts
Iran-Contra
صلاة المغرب
المغرب العربي
دول المغرب العربي
French fries
French fry
French toast
French press
French horn
French kiss
French bulldog
French manicure
French doors
Turkish delight
Turkish bath
Turkish coffee
Russian roulette
Russian doll
Russian dolls
Swiss cheese
Swiss army knife
Danish pastry
German shepherd
Great Dane
Dutch oven
Dutch courage
go Dutch
Brussels sprouts
Chinese whispers
Chinese checkers
Spanish flu
Mexican wave
Indian summer
Panama hat
Persian cat
Persian rug
Egyptian cotton
Belgian waffle
Belgian waffles
Irish coffee
Scotch egg
Welsh rarebit
Jersey cow
Canadian bacon
Brazilian wax
Thai massage
Cuban cigar
Cuban cigars
Peking duck
Jerusalem artichoke
Singapore sling
North Pole
South Pole
Siamese
Hong Kong flu
Mexico City policy
Great Wall
Turks and Caicos
香港脚
新几内亚
意大利面
哥伦比亚大学
马里奥
文莱苏丹
阿曼苏丹
北京时间
新华社
中新社
中新网
人民日报
日报
美元
美金
美好
美丽
美食
美术
美容
美味
美景
美誉
美德
美满
美妙
美观
美女
美人
美感
美学
完美
优美
甜美
赞美
精美
法律
法院
法规
法案
司法
执法
立法
违法
非法
合法
依法
宪法
法治
法官
法庭
说法
做法
想法
看法
无法
设法
算法
方法
办法
法人
法定
法制
法令
税法
刑法
民法
书法
佛法
魔法
手法
用法
语法
疗法
法则
道德
品德
德育
英雄
英语
英里
英寸
英文
精英
英勇
英明
印象
印刷
印发
印章
打印
印记
印证
以此
以及
以来
以上
以下
以后
以前
以便
以免
以为
以往
以外
以内
可以
所以
难以
得以
加以
予以
用以
足以
以防
以致
以至
以期
加入
加强
加快
加大
加上
加速
加剧
加深
加工
加油
加息
加征
加班
参加
增加
更加
追加
叠加
附加
施加
沙漠
沙尘
沙滩
沙子
沙发
沙龙
沙俄
沙巴
军事
方便
朝着
朝阳
王朝
朝代
朝向
朝野
朝鲜族
越来越
乌云
乌鸦
乌龟
叙述
叙事
叙旧
伊斯兰
日常
日益
日期
日前
日内
日子
日均
日元
中华民国
西班牙语
葡萄牙语
意大利语
土耳其语
俄语
日语
韩语
英语
法语
德语
اللغة الفرنسية
اللغة الإنجليزية
اللغة الروسية
اللغة الصينية
اللغة الألمانية
اللغة الإسبانية
اللغة التركية
اللغة الإيطالية
اللغة اليابانية
en français
langue française
en espagnol
en anglais
en español
lengua española
en inglés
auf Deutsch
deutsche Sprache
deutschen Sprache
`

/**
 * Institutions whose host city is not the subject: "Brussels" in an EU story, "The Hague" in an
 * ICC story. These cities count only when none of the cues below is in the article.
 */
export const INTERNATIONAL_SEATS = ['Brussels', 'Bruxelles', 'Bruselas', 'Brüssel', 'Брюссель', '布鲁塞尔', 'بروكسل',
  'Strasbourg', 'Straßburg', 'Estrasburgo', 'Страсбург', '斯特拉斯堡', 'ジュネーブ', 'ブリュッセル', 'ウィーン', 'ハーグ', 'Genebra', 'Ginevra', 'Haia', 'Aia', 'Geneva', 'Genève', 'Ginebra', 'Genf', 'Женева',
  '日内瓦', 'جنيف', 'The Hague', 'La Haye', 'La Haya', 'Den Haag', 'Гаага', '海牙', 'لاهاي', 'Davos', 'Давос', '达沃斯',
  'دافوس', 'Vienna', 'Vienne', 'Viena', 'Wien', 'Вена', '维也纳', 'فيينا', 'New York', 'Nueva York', 'Нью-Йорк', '纽约',
  'نيويورك', 'Frankfurt', 'Francfort', 'Fráncfort', 'Франкфурт', '法兰克福', 'فرانكفورت']

export const INTERNATIONAL_CUES = `
EU/E.U./European Union/European Commission/European Parliament/European Council/Brussels-based/NATO/UN/U.N./
United Nations/Security Council/General Assembly/ICC/International Criminal Court/ICJ/International Court of Justice/
IAEA/OPEC/WTO/World Economic Forum/OSCE/Human Rights Council/UE/Union européenne/Commission européenne/
Parlement européen/OTAN/ONU/Nations unies/CPI/Cour pénale internationale/AIEA/Unión Europea/Comisión Europea/
Naciones Unidas/Corte Penal Internacional/EU-Kommission/Europäische Union/Europäischen Union/UNO/Vereinte Nationen/
Vereinten Nationen/Internationaler Strafgerichtshof/ЕС/Евросоюз/Евросоюза/Европейский союз/
Еврокомиссия/НАТО/ООН/МАГАТЭ/МУС/欧盟/北约/联合国/国际刑事法院/国际原子能机构/世界经济论坛/الاتحاد الأوروبي/الناتو/
حلف شمال الأطلسي/الأمم المتحدة/
World Health Organization/WHO/OMS/Organisation mondiale de la santé/Organización Mundial de la Salud/Weltgesundheitsorganisation/
ВОЗ/世卫组织/世界卫生组织/منظمة الصحة العالمية/世界保健機関/国連/国際原子力機関/北大西洋条約機構/欧州連合/国際刑事裁判所/European Central Bank/ECB/BCE/Banque centrale européenne/Banco Central Europeo/
Europäische Zentralbank/Europäischen Zentralbank/EZB/ЕЦБ/Европейский центральный банк/欧洲央行/البنك المركزي الأوروبي/المحكمة الجنائية الدولية/الوكالة الدولية للطاقة الذرية/أوبك/OPEP/
Corte penale internazionale/Corte internazionale di giustizia/Nazioni Unite/Unione europea/Commissione europea/
Parlamento europeo/Organizzazione mondiale della sanità/Tribunal Penal Internacional/Tribunal Internacional de Justiça/
Nações Unidas/União Europeia/Comissão Europeia/Parlamento Europeu/Organização Mundial da Saúde/Fao/FAO/Unesco/UNESCO/
Corte Interamericana/محكمة العدل الدولية/国際司法裁判所/国際原子力機関（IAEA）
`
