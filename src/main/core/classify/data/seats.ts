// Seats of government, institutions and leaders that stand for a state ("the Kremlin said").
// Format as in places.ts: `CC: spellings of one entity; spellings of the next`.
// Leaders change: this list reflects 2024-2025 office holders and recent predecessors still in the
// news; it is data, refreshed with CLASSIFIER_VERSION bumps. Surnames shared with common words or
// other famous people are given in full (Kim Jong Un, not Kim).
export const SEATS = `
US: White House/Maison Blanche/Casa Blanca/Weißes Haus/Weiße Haus/Белый дом/白宫/البيت الأبيض; Pentagon/Pentágono/Пентагон/五角大楼/البنتاغون; State Department/Département d'État/Departamento de Estado/Госдепартамент/Госдеп/美国国务院/الخارجية الأمريكية/Außenministerium der USA; Capitol Hill/Capitole/Капитолий/国会山/الكونغرس الأمريكي; US Congress/U.S. Congress/Congrès américain/Congreso de Estados Unidos/US-Kongress/Конгресс США/美国国会; Federal Reserve/Fed/Réserve fédérale/Reserva Federal/Федеральная резервная система/ФРС/美联储/الاحتياطي الفيدرالي; Supreme Court of the United States/U.S. Supreme Court/US Supreme Court; Oval Office/Овальный кабинет/椭圆形办公室; FBI/ФБР/联邦调查局; CIA/ЦРУ/中央情报局; Treasury Department/US Treasury/Минфин США/美国财政部; Department of Agriculture/USDA; Department of Justice/Justice Department; Homeland Security; Foggy Bottom; NASA/НАСА/美国航天局/ناسا; Washington/华盛顿
RU: Bank of Russia/Банк России/ЦБ РФ/Центробанк России/俄罗斯央行/Роспотребнадзор/Совет Федерации/Совфед/Следственный комитет/СК России/МВД России/Мосгорсуд/Минздрав России/РПЦ/КХЛ/РПЛ; Kremlin/Kreml/Кремль/克里姆林宫/الكرملين; State Duma/Duma/Госдума/Государственная дума/国家杜马/الدوما; Rosatom/Росатом/俄罗斯国家原子能公司; Gazprom/Газпром/俄罗斯天然气工业股份公司/غازبروم; FSB/ФСБ; Roscosmos/Роскосмос; Lubyanka; МИД России; Минобороны России; Росстат; Роскомнадзор; Минфин России
CN: 国足/国乒/国羽/中超/CBA联赛/中国女排/中国男篮/中国女足; 国家卫健委/国家卫生健康委员会/国家发改委/国家发展改革委/农业农村部/生态环境部/国家航天局/中央气象台/国家市场监管总局/应急管理部/国家医保局/故宫博物院/故宫/长城/长江/黄河; Zhongnanhai/Чжуннаньхай/中南海; Great Hall of the People/Дом народных собраний/人民大会堂; National People's Congress/Всекитайское собрание народных представителей/ВСНП/全国人大/全国人民代表大会/人大常委会; Communist Party of China/Chinese Communist Party/CCP/КПК/中共/中国共产党/الحزب الشيوعي الصيني; People's Liberation Army/PLA/НОАК/解放军/中国人民解放军; People's Bank of China/中国人民银行; 国务院; 国家统计局; Tiangong/Тяньгун/天宫; Huawei/华为; Alibaba/阿里巴巴; Tencent/腾讯
GB: Downing Street/Даунинг-стрит/唐宁街/داونينغ ستريت; Whitehall/Уайтхолл/白厅; Westminster/Вестминстер/威斯敏斯特; House of Commons/Палата общин/下议院; House of Lords/Палата лордов/上议院; Bank of England/Банк Англии/英国央行/بنك إنجلترا; NHS; Scotland Yard/Скотленд-Ярд/苏格兰场; Buckingham Palace/Букингемский дворец/白金汉宫/قصر باكنغهام; MI6/MI5; Labour Party/Tory/Tories/Conservative Party/Лейбористская партия/工党/保守党; Met Police/Metropolitan Police; Premier League/英超
FR: Festival de Cannes/Cannes Film Festival/Filmfestspiele von Cannes/戛纳电影节/مهرجان كان; Elysee/Élysée/Elysée/Elíseo/Елисейский дворец/爱丽舍宫/الإليزيه; Matignon/Матиньон; Quai d'Orsay/Ке д’Орсе/Ке д'Орсе;National Assembly of France/Национальное собрание Франции/法国国民议会; Banque de France; Météo-France/Meteo-France; Louvre/Лувр/卢浮宫/متحف اللوفر; Sorbonne; Ligue 1
DE: Bundesrepublik Deutschland/Bundesverfassungsschutz/Verfassungsschutz/Bundesnetzagentur/Bundesagentur für Arbeit/Kultusministerkonferenz; Bundestag/Бундестаг/联邦议院/البوندستاغ; Chancellery in Berlin/Bundeskanzleramt/Kanzleramt; Bundeswehr/Бундесвер/德国联邦国防军; Bundesbank/Бундесбанк/德国央行; Bundesverfassungsgericht/Karlsruhe court; Bundesliga/Бундеслига/德甲; Deutsche Bahn/Deutscher Wetterdienst/Statistisches Bundesamt/Destatis/德国联邦统计局; IG Metall/GDL
JP: Diet of Japan/Japanese Diet/Kantei/首相官邸/日本国会/Bank of Japan/BOJ/Банк Японии/日本央行/日本银行/日銀/日本銀行; Self-Defense Forces/自卫队; Japan Meteorological Agency/Японское метеорологическое агентство/日本气象厅; NHK; Nikkei/日经
KR: Blue House/Yongsan/青瓦台; National Assembly of South Korea/Korean parliament/韩国国会; Samsung/Самсунг/三星/سامسونغ; Hyundai/现代汽车; K-pop/BTS
KP: Workers' Party of Korea/Трудовая партия Кореи/朝鲜劳动党; KCNA/ЦТАК/朝中社
IN: Lok Sabha/Rajya Sabha/Лок сабха; BJP/Bharatiya Janata Party/Бхаратия джаната парти/印度人民党; Congress party/Indian National Congress; Reserve Bank of India/RBI/印度储备银行; ISRO/Indian Space Research Organisation/Индийская организация космических исследований/印度空间研究组织; Bollywood/Болливуд/宝莱坞/بوليوود; Sensex; Tata
IL: Knesset/Кнессет/以色列议会/الكنيست; IDF/Israel Defense Forces/ЦАХАЛ/以色列国防军/جيش الاحتلال/الجيش الإسرائيلي; Mossad/Моссад/摩萨德/الموساد; Shin Bet; Likud/Ликуд/利库德/الليكود; 以军
PS: Hamas/Hamás/ХАМАС/Хамас/哈马斯/حماس/حركة حماس; Fatah/ФАТХ/法塔赫; Islamic Jihad; Palestinian Authority/ПНА/巴勒斯坦民族权力机构/السلطة الفلسطينية; UNRWA/أونروا; الأونروا
LB: Hezbollah/Hizbollah/Hezbolá/Hisbollah/Хезболла/Хизбалла/真主党/حزب الله
YE: Houthis/Houthi/Huthi/Huthis/Houthistes/hutíes/Huthi-Miliz/Хуситы/хуситы/胡塞武装/胡塞/الحوثيون/الحوثي/جماعة الحوثي; Ansar Allah/أنصار الله
AF: Taliban/Talibán/Талибан/塔利班/طالبان
IR: Revolutionary Guards/IRGC/Islamic Revolutionary Guard Corps/КСИР/伊斯兰革命卫队/الحرس الثوري; Majlis of Iran
SA: Saudi Aramco/Aramco/Арамко/沙特阿美/أرامكو; Saudi Press Agency/وكالة الأنباء السعودية; الأخضر السعودي
TR: Grand National Assembly of Turkey/Великое национальное собрание; AKP/Justice and Development Party/ПСР/正义与发展党
UA: ВСУ/ЗСУ/Armed Forces of Ukraine/Вооруженные силы Украины/乌克兰武装部队/乌军; Verkhovna Rada/Rada/Верховная рада/Верховна Рада/最高拉达; Naftogaz/Нафтогаз; SBU/СБУ
EG: Suez Canal/Canal de Suez/Canal de Suez/Suezkanal/Суэцкий канал/苏伊士运河/قناة السويس
PA: Panama Canal/Canal de Panamá/canal de Panamá/Panamakanal/Панамский канал/巴拿马运河/قناة بنما; Autoridad del Canal de Panamá
VA: Holy See/Vatican/Ватикан/梵蒂冈/الفاتيكان
AU: Wallabies; Socceroos; CSIRO/澳大利亚联邦科学与工业研究组织
NZ: All Blacks/Новая Зеландия
CH: ETH Zurich/ETH Zürich; Swiss National Bank/SNB/瑞士央行; Nestlé/Nestle
SE: Riksdag/Karolinska Institute/Karolinska Institutet
NO: Storting/Equinor; Norges Bank
NL: Ajax Amsterdam/PSV Eindhoven/Feyenoord; ASML
ES: Museo del Prado/Prado Museum/musée du Prado/Pradomuseum; Moncloa/Palacio de la Moncloa/La Moncloa; Congreso de los Diputados; Real Madrid/Реал Мадрид/皇家马德里/ريال مدريد; FC Barcelona/Barça/Барселона/巴塞罗那/برشلونة; La Liga/LaLiga/西甲; Guardia Civil
IT: Palazzo Chigi/Quirinale/Montecitorio; Serie A/意甲; Juventus/Ювентус/尤文图斯
BR: Planalto/Palácio do Planalto/Itamaraty; Petrobras/Петробрас/巴西国家石油公司; Canarinha
AR: Casa Rosada/Каса Росада/玫瑰宫/كازا روسادا; Albiceleste
MX: Los Pinos/Palacio Nacional de México; Pemex/Пемекс; El Tri
MA: Lions de l'Atlas/Atlas Lions/أسود الأطلس/لبؤات الأطلس
CD: M23/M23 rebels/Movement du 23 mars/M23 rebel group/反政府武装M23/حركة 23 مارس
NG: Super Eagles
SO: Al-Shabaab/Al Shabaab/Аш-Шабаб/青年党/حركة الشباب; Somaliland/Сомалиленд/索马里兰/أرض الصومال
SD: Rapid Support Forces/Forces de soutien rapide/Fuerzas de Apoyo Rápido/Силы быстрого реагирования/快速支援部队/الدعم السريع/قوات الدعم السريع
CU: Granma
VE: Miraflores Palace/Palacio de Miraflores; PDVSA
GE: Georgian Dream/Грузинская мечта/格鲁吉亚梦想/الحلم الجورجي; Rustaveli/Руставели
KE: Kenya Defence Forces
AE: Mohammed bin Rashid Space Centre/مركز محمد بن راشد للفضاء; Etihad; Emirates airline
TW: Legislative Yuan/立法院; Executive Yuan/行政院; 台积电/TSMC
HK: Legislative Council of Hong Kong/LegCo/香港立法会
BY: Belaruskali
`

export const LEADERS = `
US: Donald Trump/Trump/Дональд Трамп/Трамп/特朗普/川普/ترامب/دونالد ترامب; Joe Biden/Biden/Джо Байден/Байден/拜登/بايدن; Kamala Harris/Камала Харрис/哈里斯/هاريس; JD Vance/J.D. Vance/Вэнс/万斯/فانس; Marco Rubio/Рубио/鲁比奥/روبيو; Antony Blinken/Blinken/Блинкен/布林肯/بلينكن; Pete Hegseth/Hegseth/Хегсет/赫格塞思; Scott Bessent/Bessent/Бессент/贝森特; Jerome Powell/Пауэлл/鲍威尔/باول; Steve Witkoff/Witkoff/Уиткофф/威特科夫/ويتكوف
RU: Vladimir Putin/Putin/Poutine/Putín/Владимир Путин/Путин/普京/بوتين/فلاديمير بوتين; Sergei Lavrov/Sergey Lavrov/Lavrov/Lavrov/Лавров/拉夫罗夫/لافروف; Dmitry Peskov/Peskov/Песков/佩斯科夫/بيسكوف; Mikhail Mishustin/Mishustin/Мишустин/米舒斯京; Dmitry Medvedev/Дмитрий Медведев; Andrei Belousov/Белоусов; Maria Zakharova/Захарова/扎哈罗娃/زاخاروفا; Patriarch Kirill/Патриарх Кирилл/基里尔牧首; Сергей Шойгу/Shoigu/Шойгу/绍伊古; Nabiullina/Набиуллина; Volodin/Володин
CN: Xi Jinping/Си Цзиньпин/习近平/شي جين بينغ; Li Qiang/Ли Цян/李强/لي تشيانغ; Wang Yi/Ван И/王毅/وانغ يي; Zhao Leji/赵乐际; Ding Xuexiang/丁薛祥; He Lifeng/何立峰; Dong Jun/董军; Mao Ning/毛宁; Lin Jian/林剑; Guo Jiakun/郭嘉昆
UA: Volodymyr Zelensky/Zelensky/Zelenskyy/Zelenski/Selenskyj/Владимир Зеленский/Зеленский/Зеленського/泽连斯基/زيلينسكي; Andriy Sybiha/Sybiha/Сибига; Dmytro Kuleba/Кулеба/库列巴; Yulia Svyrydenko/Свириденко; Denys Shmyhal/Шмыгаль; Syrskyi/Сырский; Andriy Yermak/Yermak/Ермак/叶尔马克
GB: Keir Starmer/Starmer/Кир Стармер/Стармер/斯塔默/ستارمر; Rishi Sunak/Sunak/Сунак/苏纳克/سوناك; King Charles/Charles III/Карл III/查尔斯三世/الملك تشارلز; David Lammy/Lammy/Лэмми/拉米; Rachel Reeves/Рейчел Ривз; Boris Johnson/Борис Джонсон/约翰逊; Nigel Farage/Farage/Фараж; Kemi Badenoch/Badenoch; Yvette Cooper
FR: Emmanuel Macron/Macron/Эмманюэль Макрон/Макрон/马克龙/ماكرون; François Bayrou/Bayrou/Байру/贝鲁; Michel Barnier/Barnier/Барнье/巴尼耶; Sébastien Lecornu/Lecornu/Лекорню/勒科尔尼; Jean-Noël Barrot/Barrot/Барро/巴罗; Marine Le Pen/Le Pen/Марин Ле Пен/Ле Пен/勒庞/لوبان; Jordan Bardella/Bardella/Барделла/巴尔代拉; Gabriel Attal/Attal
DE: Friedrich Merz/Merz/Фридрих Мерц/Мерц/默茨/ميرتس; Olaf Scholz/Scholz/Олаф Шольц/Шольц/朔尔茨/شولتس; Annalena Baerbock/Baerbock/Бербок/贝尔伯克; Johann Wadephul/Wadephul/Вадефуль/瓦德富尔; Frank-Walter Steinmeier/Steinmeier/Штайнмайер/施泰因迈尔; Boris Pistorius/Pistorius/Писториус/皮斯托里乌斯; Lars Klingbeil/Klingbeil; Angela Merkel/Merkel/Меркель/默克尔/ميركل
JP: Shigeru Ishiba/Ishiba/Исиба/石破茂/إيشيبا; Fumio Kishida/Kishida/Кисида/岸田文雄/كيشيدا; Sanae Takaichi/Takaichi/Такаити/高市早苗; Emperor Naruhito/Нарухито/德仁
KR: Lee Jae-myung/Lee Jae Myung/Ли Чжэ Мён/Ли Дже Мён/李在明; Yoon Suk Yeol/Yoon Suk-yeol/Юн Сок Ёль/尹锡悦/يون سوك يول; Han Duck-soo/韩德洙
KP: Kim Jong Un/Kim Jong-un/Kim Jong-Un/Ким Чен Ын/金正恩/كيم جونغ أون; Kim Yo Jong/Kim Yo-jong/Ким Ё Чжон/金与正
IN: Narendra Modi/Modi/Нарендра Моди/Моди/莫迪/مودي; S. Jaishankar/Jaishankar/Джайшанкар/苏杰生; Rahul Gandhi/Рахул Ганди/拉胡尔·甘地; Amit Shah
PK: Shehbaz Sharif/Shahbaz Sharif/Шахбаз Шариф/夏巴兹/شهباز شريف; Asim Munir/Асим Мунир/عاصم منير; Imran Khan/Имран Хан/伊姆兰·汗/عمران خان; Ishaq Dar
IL: Benjamin Netanyahu/Netanyahu/Netanyahou/Netanyahu/Биньямин Нетаньяху/Нетаньяху/内塔尼亚胡/نتنياهو; Israel Katz/Исраэль Кац/卡茨/كاتس; Gideon Saar/Gideon Sa'ar/Гидеон Саар; Isaac Herzog/赫尔佐格/هرتسوغ; Yoav Gallant/Галлант/加兰特/غالانت; Itamar Ben-Gvir/Ben-Gvir/Бен-Гвир/本-格维尔/بن غفير; Bezalel Smotrich/Smotrich/Смотрич/斯莫特里奇/سموتريتش
PS: Mahmoud Abbas/Abbas/Махмуд Аббас/阿巴斯/محمود عباس/أبو مازن; Yahya Sinwar/Sinwar/Синвар/辛瓦尔/يحيى السنوار/السنوار; Ismail Haniyeh/Haniyeh/Хания/哈尼亚/إسماعيل هنية/هنية
IR: Ali Khamenei/Khamenei/Khamenei/Jamenei/Chamenei/Али Хаменеи/Хаменеи/哈梅内伊/خامنئي/علي خامنئي; Masoud Pezeshkian/Pezeshkian/Пезешкиан/佩泽希齐扬/بزشكيان/مسعود بزشكيان; Abbas Araghchi/Araghchi/Аракчи/阿拉格齐/عراقجي/عباس عراقجي; Ebrahim Raisi/Raisi/Раиси/莱希/رئيسي
SA: Mohammed bin Salman/MBS/Мухаммед бин Сальман/穆罕默德·本·萨勒曼/محمد بن سلمان/ولي العهد السعودي; King Salman/Король Сальман/萨勒曼国王/الملك سلمان; Faisal bin Farhan/فيصل بن فرحان
TR: Recep Tayyip Erdogan/Erdogan/Erdoğan/Erdogán/Реджеп Тайип Эрдоган/Эрдоган/埃尔多安/أردوغان; Hakan Fidan/Фидан/费丹/فيدان; Ekrem Imamoglu/Imamoglu/İmamoğlu/Имамоглу/伊马姆奥卢/إمام أوغلو
EG: Abdel Fattah al-Sisi/el-Sisi/al-Sisi/Sisi/Абдель Фаттах ас-Сиси/ас-Сиси/塞西/السيسي/عبد الفتاح السيسي; Badr Abdelatty/بدر عبد العاطي
SY: Ahmed al-Sharaa/al-Sharaa/Ахмед аш-Шараа/аш-Шараа/沙拉阿/أحمد الشرع; Bashar al-Assad/Assad/Башар Асад/Асад/阿萨德/بشار الأسد/الأسد
BR: Lula da Silva/Lula/Луис Инасиу Лула да Силва/Лула/卢拉/لولا دا سيلفا; Jair Bolsonaro/Bolsonaro/Болсонару/博索纳罗/بولسونارو; Alexandre de Moraes/Moraes
AR: Javier Milei/Milei/Хавьер Милей/Милей/米莱/ميلي
MX: Claudia Sheinbaum/Sheinbaum/Клаудия Шейнбаум/Шейнбаум/辛鲍姆/شينباوم; Andrés Manuel López Obrador/López Obrador/AMLO/Лопес Обрадор
CA: Mark Carney/Carney/Марк Карни/Карни/卡尼/كارني; Justin Trudeau/Trudeau/Джастин Трюдо/Трюдо/特鲁多/ترودو; Pierre Poilievre/Poilievre
AU: Anthony Albanese/Энтони Албаниз/Албаниз/阿尔巴尼斯; Penny Wong
IT: Giorgia Meloni/Meloni/Джорджа Мелони/Мелони/梅洛尼/ميلوني; Sergio Mattarella/Mattarella/Маттарелла/马塔雷拉; Antonio Tajani/Tajani/Таяни
ES: Pedro Sánchez/Pedro Sanchez/Педро Санчес/桑切斯/بيدرو سانشيز; Felipe VI/Фелипе VI/费利佩六世; José Manuel Albares/Albares; Alberto Núñez Feijóo/Feijóo
PL: Donald Tusk/Tusk/Дональд Туск/Туск/图斯克/توسك; Andrzej Duda/Duda/Анджей Дуда/杜达; Karol Nawrocki/Nawrocki/Навроцкий/纳夫罗茨基; Radoslaw Sikorski/Sikorski/Сикорский/西科尔斯基
HU: Viktor Orban/Orbán/Orban/Виктор Орбан/Орбан/欧尔班/أوربان; Peter Szijjarto/Szijjártó/Сийярто
BY: Alexander Lukashenko/Lukashenko/Loukachenko/Lukashenko/Lukaschenko/Александр Лукашенко/Лукашенко/卢卡申科/لوكاشينكو; Svetlana Tikhanovskaya/Тихановская
ZA: Cyril Ramaphosa/Ramaphosa/Сирил Рамафоса/Рамафоса/拉马福萨/رامافوزا; Jacob Zuma/Зума/祖马
NG: Bola Tinubu/Tinubu/Бола Тинубу/Тинубу/提努布/تينوبو
KE: William Ruto/Ruto/Уильям Руто/Руто/鲁托/روتو
ET: Abiy Ahmed/Абий Ахмед/阿比·艾哈迈德/آبي أحمد
VE: Nicolás Maduro/Nicolas Maduro/Maduro/Николас Мадуро/Мадуро/马杜罗/مادورو; María Corina Machado/Мачадо; Edmundo González
CO: Gustavo Petro/Petro/Густаво Петро/Петро/佩特罗/بيترو
EC: Daniel Noboa/Noboa/Даниэль Нобоа/诺沃亚
SV: Nayib Bukele/Bukele/Найиб Букеле/Букеле/布克尔
PE: Dina Boluarte/Boluarte/Дина Болуарте/博鲁阿尔特; José Jerí
CL: Gabriel Boric/Boric/Габриэль Борич/博里奇
NI: Daniel Ortega/Даниэль Ортега/奥尔特加
CU: Miguel Díaz-Canel/Díaz-Canel/Диас-Канель/迪亚斯-卡内尔
BD: Sheikh Hasina/Hasina/Шейх Хасина/哈西娜/الشيخة حسينة; Muhammad Yunus/Мухаммад Юнус/尤努斯
AF: Hibatullah Akhundzada/Akhundzada; Zabihullah Mujahid
ID: Prabowo Subianto/Prabowo/Прабово/普拉博沃/برابوو; Joko Widodo/Jokowi/Джоко Видодо/佐科
PH: Ferdinand Marcos/Marcos Jr./Bongbong Marcos/Фердинанд Маркос/马科斯/ماركوس; Sara Duterte/Rodrigo Duterte/Duterte/Дутерте/杜特尔特
MY: Anwar Ibrahim/Анвар Ибрагим/安瓦尔/أنور إبراهيم; Najib Razak/Наджиб Разак/纳吉布
TH: Paetongtarn Shinawatra/Paetongtarn/Thaksin Shinawatra/Thaksin/Таксин/他信/佩通坦; Anutin Charnvirakul/Anutin
VN: To Lam/Tô Lâm/То Лам/苏林; Pham Minh Chinh/Фам Минь Тинь/范明正
KZ: Kassym-Jomart Tokayev/Tokayev/Токаев/托卡耶夫/توكاييف
UZ: Shavkat Mirziyoyev/Mirziyoyev/Мирзиёев/米尔济约耶夫
AZ: Ilham Aliyev/Aliyev/Ильхам Алиев/Алиев/阿利耶夫/علييف
AM: Nikol Pashinyan/Pashinyan/Никол Пашинян/Пашинян/帕希尼扬/باشينيان
GE: Irakli Kobakhidze/Kobakhidze/Ираклий Кобахидзе/Кобахидзе/科巴希泽; Bidzina Ivanishvili/Ivanishvili/Иванишвили; Salome Zourabichvili/Zourabichvili/Зурабишвили/祖拉比什维利; Mikheil Kavelashvili/Kavelashvili/Кавелашвили
RS: Aleksandar Vucic/Vucic/Vučić/Александр Вучич/Вучич/武契奇/فوتشيتش
MD: Maia Sandu/Sandu/Майя Санду/Санду/桑杜
RO: Nicusor Dan/Nicușor Dan/Никушор Дан; Calin Georgescu/Georgescu/Джорджеску
NL: Geert Wilders/Wilders/Герт Вилдерс/维尔德斯; Dick Schoof/Schoof
QA: Tamim bin Hamad/Sheikh Tamim/Тамим бин Хамад/塔米姆/تميم بن حمد/الشيخ تميم; Mohammed bin Abdulrahman Al Thani
AE: Mohamed bin Zayed/MBZ/Мухаммед бин Заид/穆罕默德·本·扎耶德/محمد بن زايد
JO: King Abdullah II/Abdullah II/Абдалла II/阿卜杜拉二世/الملك عبدالله الثاني/عبد الله الثاني; Ayman Safadi/Safadi/Сафади/أيمن الصفدي
LB: Joseph Aoun/Жозеф Аун/约瑟夫·奥恩/جوزيف عون; Nawaf Salam/نواف سلام; Naim Qassem/Наим Касем/纳伊姆·卡西姆/نعيم قاسم; Hassan Nasrallah/Nasrallah/Насралла/纳斯鲁拉/حسن نصر الله/نصر الله
IQ: Mohammed Shia al-Sudani/al-Sudani/Мухаммед Шиа ас-Судани/苏达尼/محمد شياع السوداني
TN: Kais Saied/Kaïs Saïed/Кайс Саид/赛义德/قيس سعيد
DZ: Abdelmadjid Tebboune/Tebboune/Абдельмаджид Теббун/Теббун/特本/عبد المجيد تبون/تبون
MA: King Mohammed VI/Mohammed VI/Мухаммед VI/穆罕默德六世/محمد السادس
LY: Abdul Hamid Dbeibah/Dbeibah/Дбейба/德贝巴/الدبيبة; Khalifa Haftar/Haftar/Хафтар/哈夫塔尔/حفتر
SD: Abdel Fattah al-Burhan/al-Burhan/Абдель Фаттах аль-Бурхан/布尔汉/البرهان/عبد الفتاح البرهان; Mohamed Hamdan Dagalo/Hemedti/Хемедти/达加洛/حميدتي
SS: Salva Kiir/Сальва Киир/基尔/سلفا كير; Riek Machar/Machar/Риек Мачар/马沙尔/رياك مشار
CD: Felix Tshisekedi/Félix Tshisekedi/Tshisekedi/Феликс Чисекеди/齐塞克迪/تشيسيكيدي; Joseph Kabila/Kabila
RW: Paul Kagame/Kagame/Пол Кагаме/卡加梅/كاغامي
UG: Yoweri Museveni/Museveni/Йовери Мусевени/穆塞韦尼
ML: Assimi Goita/Assimi Goïta/Goita/Goïta/Асими Гоита/戈伊塔
BF: Ibrahim Traoré/Ibrahim Traore/Ибраим Траоре/特拉奥雷
NE: Abdourahamane Tiani/Tiani/Тиани/蒂亚尼; Mohamed Bazoum/Bazoum/Базум/巴祖姆
TD: Mahamat Idriss Deby/Mahamat Déby/Mahamat Idriss Déby/Махамат Деби/马哈马特
GN: Mamady Doumbouya/Doumbouya/Думбуя/敦布亚
SN: Bassirou Diomaye Faye/Diomaye Faye/Ousmane Sonko/Sonko
CI: Alassane Ouattara/Ouattara/Алассан Уаттара/瓦塔拉
GH: John Mahama/Mahama/Джон Махама/马哈马; Nana Akufo-Addo/Akufo-Addo
ZW: Emmerson Mnangagwa/Mnangagwa/Мнангагва/姆南加古瓦
GW: Umaro Sissoco Embalo/Umaro Sissoco Embaló/Embalo/Embaló/恩巴洛
GQ: Teodoro Obiang/Obiang/Теодоро Обианг/奥比昂
CG: Denis Sassou Nguesso/Sassou Nguesso/Sassou-Nguesso/Дени Сассу-Нгессо/萨苏
MM: Min Aung Hlaing/Мин Аун Хлайн/敏昂莱; Aung San Suu Kyi/Аун Сан Су Чжи/昂山素季
KH: Hun Manet/Хун Манет/洪玛奈; Hun Sen/Хун Сен/洪森
SG: Lawrence Wong/黄循财; Lee Hsien Loong/李显龙
TW: Lai Ching-te/William Lai/Лай Циндэ/赖清德; Tsai Ing-wen/蔡英文
NZ: Christopher Luxon/Luxon/Лаксон/拉克森
IE: Micheal Martin/Micheál Martin/Simon Harris/Catherine Connolly
AT: Christian Stocker/Herbert Kickl/Kickl/Кикль; Alexander Van der Bellen/Van der Bellen
SE: Ulf Kristersson/Kristersson/Кристерссон
FI: Alexander Stubb/Stubb/Стубб/斯图布; Petteri Orpo/Orpo
DK: Mette Frederiksen/Frederiksen/Фредериксен/弗雷泽里克森
NO: Jonas Gahr Store/Jonas Gahr Støre/Støre/Стёре
GR: Kyriakos Mitsotakis/Mitsotakis/Мицотакис/米佐塔基斯
VA: Pope Leo/Pope Francis/Papa Leone/Papa Leão/Papa León/pape Léon/Papst Leo/Papa Francesco/Papa Francisco/pape François/Papst Franziskus/Папа Лев/Папа Франциск/教皇利奥/教皇方济各/البابا لاوون/البابا فرنسيس/ローマ教皇
PT: Luis Montenegro/Luís Montenegro/Marcelo Rebelo de Sousa
BE: Bart De Wever/De Wever/Де Вевер; King Philippe/roi Philippe
CZ: Petr Fiala/Andrej Babis/Andrej Babiš/Babis/Babiš/Бабиш
SK: Robert Fico/Fico/Роберт Фицо/Фицо/菲佐
`
