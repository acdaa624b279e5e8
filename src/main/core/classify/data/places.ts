// Capitals and major cities, which the country packages do not carry beyond one English capital.
// Format, one country per line: `CC: capital spellings; city spellings; city spellings ...`.
// The first group is the capital (a seat of government: "Beijing said" speaks for the state), the
// other groups are major cities. Spellings within a group are separated by `/` and may mix
// languages: Latin and Cyrillic names are matched capitalised, Russian ones are declined, Arabic ones
// take clitic prefixes, Chinese ones match without word boundaries (see lexicon.ts).
// Left out on purpose: names that are common words or people (Nice, Split, Reading, Male, Victoria),
// and cities shared by two countries with no dominant one (San Jose, Cordoba, Tripoli).
export const PLACES = `
AF: Kabul/Cabul/Кабул/喀布尔/كابول; Kandahar/Кандагар/坎大哈/قندهار; Herat/Герат/赫拉特/هرات
AL: Tirana/Tirana/Tirana/Тирана/地拉那/تيرانا
DZ: Algiers/Alger/Argel/Algier/Алжир/阿尔及尔; Oran/Оран/وهران; قسنطينة
AO: Luanda/Луанда/罗安达/لواندا
AR: Buenos Aires/Буэнос-Айрес/布宜诺斯艾利斯/بوينس آيرس; Mendoza; Ushuaia
AM: Yerevan/Erevan/Ereván/Eriwan/Ереван/埃里温/يريفان
AU: Canberra/Канберра/堪培拉/كانبرا; Sydney/Сидней/悉尼/سيدني; Melbourne/Мельбурн/墨尔本/ملبورن; Brisbane/布里斯班; Perth/珀斯; Adelaide/阿德莱德
AT: Vienna/Viena/Vienne/Viena/Wien/Вена/维也纳/فيينا/Wiener; Salzburg/Salzbourg; Graz; Innsbruck; Linz/Linzer; Klagenfurt; St. Pölten; Bregenz; Villach; Kitzbühel; Ischgl; Hallstatt; Sölden; Zell am See; Bad Gastein
AZ: Baku/Bakou/Bakú/Баку/巴库/باكو
BH: Manama/Manáma/Манама/麦纳麦/المنامة
BD: Dhaka/Dacca/Dacca/Дакка/达卡/دكا; Chittagong/Chattogram
BY: Minsk/Минск/明斯克/مينسك
BE: Brussels/Bruxelas/Bruxelles/Bruselas/Brüssel/Брюссель/布鲁塞尔/بروكسل; Antwerp/Anvers/Amberes/Antwerpen; Ghent/Gand/Gante; Namur; Liège/Lüttich/Lieja; Charleroi; Bruges/Brugge/Brujas; Louvain/Leuven/Lovaina; Mons; Ostende/Ostend
BJ: Porto-Novo/Cotonou/Котону/科托努
BT: Thimphu/廷布
BO: La Paz/Ла-Пас/拉巴斯/لاباز; Santa Cruz de la Sierra; Cochabamba
BA: Sarajevo/Sarajevo/Сараево/萨拉热窝/سراييفو
BW: Gaborone/哈博罗内
BR: Brasilia/Brasília/Brasilia/Бразилиа/巴西利亚/برازيليا; Sao Paulo/São Paulo/Сан-Паулу/圣保罗/ساو باولو; Rio de Janeiro/Рио-де-Жанейро/里约热内卢/ريو دي جانيرو; Porto Alegre; Belo Horizonte; Salvador da Bahia; Recife; Manaus; Fortaleza; Curitiba; Goiânia; Cuiabá; Boa Vista; Florianópolis; Campinas; Jericoacoara; Paraty; Taubaté; Porto Velho; São Luís; Maceió; Teresina; João Pessoa; Aracaju; Foz do Iguaçu
BN: Bandar Seri Begawan/斯里巴加湾
BG: Sofia/Sofía/Sofia/София/索非亚/صوفيا; Plovdiv; Varna
BF: Ouagadougou/Uagadugú/Уагадугу/瓦加杜古/واغادوغو
BI: Gitega/Bujumbura/布琼布拉
KH: Phnom Penh/Пномпень/金边/بنوم بنه; Siem Reap
CM: Yaounde/Yaoundé/Яунде/雅温得/ياوندي; Douala/Дуала/杜阿拉
CA: Ottawa/Оттава/渥太华/أوتاوا; Toronto/Торонто/多伦多/تورنتو; Montreal/Montréal/Монреаль/蒙特利尔/مونتريال; Vancouver/Ванкувер/温哥华/فانكوفر; Calgary; Edmonton; Winnipeg
CF: Bangui/Банги/班吉/بانغي
TD: N'Djamena/N'Djaména/Yamena/Нджамена/恩贾梅纳/انجامينا/نجامينا
CL: Santiago de Chile/Сантьяго/圣地亚哥/سانتياغو; Valparaiso/Valparaíso
CN: Beijing/Pequim/Pechino/Peking/Pékin/Pekín/Пекин/北京/بكين; Shanghai/Шанхай/上海/شنغهاي; Guangzhou/Canton/Гуанчжоу/广州; Shenzhen/Шэньчжэнь/深圳; Wuhan/Ухань/武汉/ووهان; Chongqing/重庆; Tianjin/天津; Chengdu/成都; Nanjing/南京; Hangzhou/杭州; Xi'an/西安; Urumqi/Урумчи/乌鲁木齐; Lhasa/Лхаса/拉萨; Changchun/长春
CO: Bogota/Bogotá/Богота/波哥大/بوغوتا; Medellin/Medellín/Медельин/麦德林; Cartagena de Indias; Barranquilla; Buenaventura
CD: Kinshasa/Киншаса/金沙萨/كينشاسا; Goma/Гома/戈马/غوما; Lubumbashi; Bukavu; Kisangani
CG: Brazzaville/Браззавиль/布拉柴维尔/برازافيل; Pointe-Noire
CR: San José de Costa Rica; Guanacaste; Puntarenas; Limón/Puerto Limón
HR: Zagreb/Загреб/萨格勒布/زغرب; Dubrovnik
CU: Havana/La Habana/La Havane/Havanna/Гавана/哈瓦那/هافانا
CY: Nicosia/Nicosie/Nikosia/Никосия/尼科西亚/نيقوسيا; Limassol
CZ: Prague/Praga/Prag/Прага/布拉格/براغ; Brno
DK: Copenhagen/Copenhague/Kopenhagen/Копенгаген/哥本哈根/كوبنهاغن
DJ: Djibouti City
DO: Santo Domingo/Saint-Domingue/Санто-Доминго/圣多明各/سانتو دومينغو
EC: Quito/Кито/基多/كيتو; Guayaquil/Гуаякиль/瓜亚基尔
EG: Cairo/Le Caire/El Cairo/Kairo/Каир/开罗/القاهرة; Alexandria/Alexandrie/Alejandría/Alexandria/Александрия/亚历山大港/الإسكندرية; Giza/Gizeh/الجيزة; Aswan/Assouan/Асуан/أسوان; Luxor; Sharm el-Sheikh/Шарм-эш-Шейх/شرم الشيخ; Hurghada/Hourghada/الغردقة
SV: San Salvador/Сан-Сальвадор/圣萨尔瓦多
GQ: Malabo/Малабо/马拉博/مالابو
ER: Asmara/Асмэра/阿斯马拉/أسمرة
EE: Tallinn/Таллин/塔林/تالين; Tartu
SZ: Mbabane/Lobamba/姆巴巴内
ET: Addis Ababa/Addis-Abeba/Adís Abeba/Аддис-Абеба/亚的斯亚贝巴/أديس أبابا
FJ: Suva/苏瓦
FI: Helsinki/Helsingfors/Хельсинки/赫尔辛基/هلسنكي; Tampere; Turku
FR: Paris/Parigi/París/Париж/巴黎/باريس; Marseille/Marseilles/Marsella/Marsiglia/Marselha/Марсель/مرسيليا; Lyon/Lyons/Лион/里昂/ليون; Toulouse/Тулуза/图卢兹; Bordeaux/Бордо/波尔多; Lille; Strasbourg/Straßburg/Estrasburgo/Страсбург/斯特拉斯堡; Nantes; Montpellier; Rennes; Grenoble
GA: Libreville/Либревиль/利伯维尔
GM: Banjul/班珠尔
GE: Tbilisi/Tbilissi/Tiflis/Тбилиси/第比利斯/تبليسي; Batumi/Батуми
DE: Berlin/Berlim/Berlino/Berlín/Берлин/柏林/برلين/Berliner; Munich/Munique/Monaco di Baviera/München/Múnich/Мюнхен/慕尼黑/ميونخ; Hamburg/Hambourg/Hamburgo/Гамбург; Frankfurt/Francfort/Fráncfort/Франкфурт/法兰克福/فرانكفورت; Cologne/Köln/Colonia/Кёльн/科隆; Stuttgart/Штутгарт; Dusseldorf/Düsseldorf/Дюссельдорф; Dresden/Dresde/Дрезден; Leipzig/Лейпциг; Bonn; Hanover/Hannover/Hanovre; Nuremberg/Nürnberg; Dortmund/Дортмунд; Bremen; Karlsruhe; Bayreuth; Bamberg; Landshut; Passau; Rosenheim; Lindau; Kempten; Friedrichshafen; Konstanz; Ulm; Heidenheim; Reutlingen; Esslingen; Pforzheim; Darmstadt; Kassel; Gießen; Marburg; Fulda; Koblenz; Trier; Saarbrücken; Kaiserslautern; Ludwigshafen; Aachen; Krefeld; Mönchengladbach; Gelsenkirchen; Oberhausen; Paderborn; Osnabrück; Oldenburg; Wilhelmshaven; Cuxhaven; Lübeck; Flensburg; Schwerin; Stralsund; Greifswald; Cottbus; Dessau; Weimar; Gotha; Eisenach; Zwickau; Görlitz; Bautzen; Coburg; Schweinfurt; Aschaffenburg; Wolfsburg; Braunschweig; Hildesheim; Lüneburg; Helmstedt; Parchim; Ludwigslust; Plön; Forchheim; Erlangen; Fürth; Garching; Garmisch-Partenkirchen; Berchtesgaden
GH: Accra/Аккра/阿克拉/أكرا; Kumasi
GR: Athens/Atene/Athènes/Atenas/Athen/Афины/雅典/أثينا; Thessaloniki/Salonique/Tesalónica/Thessaloniki/Салоники; Piraeus/Le Pirée/El Pireo/Piräus/Пирей
GT: Guatemala City/Ciudad de Guatemala/Гватемала-Сити/危地马拉城
GN: Conakry/Conakri/Конакри/科纳克里/كوناكري
GW: Bissau/Бисау/比绍/بيساو
HT: Port-au-Prince/Puerto Príncipe/Порт-о-Пренс/太子港/بورت أو برنس
HN: Tegucigalpa/Тегусигальпа/特古西加尔巴; San Pedro Sula
HK: Kowloon/九龙
HU: Budapest/Будапешт/布达佩斯/بودابست; Veszprém/Veszprem; Debrecen; Szeged; Győr; Pécs
IS: Reykjavik/Reykjavík/Рейкьявик/雷克雅未克/ريكيافيك
IN: New Delhi/Nova Déli/Nuova Delhi/Delhi/New Delhi/Nueva Delhi/Neu-Delhi/Нью-Дели/Дели/新德里/نيودلهي; Mumbai/Bombay/Мумбаи/孟买/مومباي; Kolkata/Calcutta/Калькутта/加尔各答; Bengaluru/Bangalore/Бангалор/班加罗尔; Chennai/Madras/Ченнаи/金奈; Hyderabad/Хайдарабад; Ahmedabad; Srinagar; Lucknow; Amritsar
ID: Jakarta/Yakarta/Djakarta/Джакарта/雅加达/جاكرتا; Surabaya; Bali/Бали/巴厘岛; Bandung; Medan
IR: Tehran/Teerã/Teerão/Teheran/Téhéran/Teherán/Teheran/Тегеран/德黑兰/طهران; Isfahan/Ispahan/Исфахан/伊斯法罕/أصفهان; Mashhad/Машхад/مشهد; Tabriz; Natanz/Натанз/纳坦兹/نطنز; Bushehr/Бушер/بوشهر
IQ: Baghdad/Bagdá/Bagdade/Bagdad/Bagdad/Bagdad/Багдад/巴格达/بغداد; Basra/Bassora/Basora/Басра/巴士拉/البصرة; Mosul/Mossoul/Мосул/摩苏尔/الموصل; Erbil/Эрбиль/埃尔比勒/أربيل; Kirkuk/كركوك; Najaf/النجف; Karbala/كربلاء
IE: Dublin/Dublín/Дублин/都柏林/دبلن; Cork; Galway
IL: Jerusalem/Jerusalém/Gerusalemme/Jérusalem/Jerusalén/Иерусалим/耶路撒冷/القدس; Tel Aviv/Тель-Авив/特拉维夫/تل أبيب; Haifa/Хайфа/海法/حيفا
IT: Rome/Roma/Rom/Рим/罗马/روما; Milan/Milano/Milán/Mailand/Милан/米兰/ميلانو; Naples/Napoli/Nápoles/Neapel/Неаполь/那不勒斯; Turin/Torino/Turín/Турин/都灵; Venice/Venezia/Venise/Venecia/Venedig/Венеция/威尼斯; Florence/Firenze/Florencia/Florenz/Флоренция/佛罗伦萨; Bologna/Bologne/Bolonia; Genoa/Genova/Gênes/Génova/Genua; Palermo/Палермо; Lampedusa/Лампедуза; Pisa; Padua/Padova/Padoue; Pescara; Bari; Verona/Vérone; Trieste; Bergamo/Bergame; Brescia; Catania/Catane; Cagliari; Perugia/Pérouse; Parma/Parme; Modena/Modène; Rimini; Taranto; Mirafiori; Cairo Montenotte; Maranello; Prato; Lucca/Lucques; Siena/Sienne; Livorno/Livourne; Trieste; Brescia; Ravenna; Perugia/Pérouse; Cagliari; Sassari; Lecce; Trento
CI: Yamoussoukro/Abidjan/Абиджан/阿比让/أبيدجان
JM: Kingston/Кингстон/金斯敦
JP: Tokyo/Tóquio/Tokio/Токио/东京/طوكيو; Osaka/Осака/大阪/أوساكا; Kyoto/Киото/京都; Yokohama/Йокогама/横滨; Hiroshima/Хиросима/广岛/هيروشيما; Nagasaki/Нагасаки/长崎; Fukushima/Фукусима/福岛/فوكوشيما; Sapporo/札幌; Nagoya/名古屋; Kobe/神户; Okinawa/Окинава/冲绳; Nara/奈良
JO: Amman/Амман/安曼; Zarqa; Aqaba/Акаба/العقبة; Irbid/إربد
KZ: Astana/Nur-Sultan/Астана/阿斯塔纳/أستانا; Almaty/Алма-Ата/Алматы/阿拉木图; Shymkent/Шымкент; Baikonur/Байконур/拜科努尔
KE: Nairobi/Найроби/内罗毕/نيروبي; Mombasa/Момбаса/蒙巴萨
KW: Kuwait City/Эль-Кувейт/科威特城
KG: Bishkek/Бишкек/比什凯克/بيشكيك
LA: Vientiane/Вьентьян/万象
LV: Riga/Рига/里加/ريغا
LB: Beirut/Beyrouth/Beirut/Бейрут/贝鲁特/بيروت; Tyre; Sidon/صيدا; Baalbek/Баальбек/بعلبك
LR: Monrovia/蒙罗维亚
LY: ; Benghazi/Бенгази/班加西/بنغازي; Derna/Дерна/德尔纳/درنة; Misrata/Мисрата/مصراتة; Sirte
LT: Vilnius/Вильнюс/维尔纽斯/فيلنيوس; Kaunas
LU: Luxembourg City
MG: Antananarivo/Антананариву/塔那那利佛/أنتاناناريفو
MW: Lilongwe/利隆圭
MY: Kuala Lumpur/Куала-Лумпур/吉隆坡/كوالالمبور; Putrajaya/布城; Penang/槟城; Malacca/Malaca/Melaka/马六甲
MV: Male City
ML: Bamako/Бамако/巴马科/باماكو; Timbuktu/Tombouctou/Tombuctú/Тимбукту/廷巴克图/تمبكتو; Mopti
MT: Valletta/La Valette/La Valeta/Валлетта/瓦莱塔/فاليتا
MR: Nouakchott/Нуакшот/努瓦克肖特/نواكشوط
MU: Port Louis/Порт-Луи/路易港/بورت لويس
MX: Mexico City/Cidade do México/Città del Messico/Ciudad de México/Mexiko-Stadt/Мехико/墨西哥城/مكسيكو سيتي; Guadalajara/瓜达拉哈拉; Monterrey/Монтеррей/蒙特雷; Tijuana/Тихуана/蒂华纳; Acapulco/Акапулько/阿卡普尔科; Cancun/Cancún/Канкун/坎昆; Ciudad Juarez/Ciudad Juárez; Culiacan/Culiacán; Toluca
MD: Chisinau/Chișinău/Kishinev/Chisináu/Кишинёв/Кишинев/基希讷乌/كيشيناو
MC: Monte Carlo/Монте-Карло
MN: Ulaanbaatar/Ulan Bator/Oulan-Bator/Улан-Батор/乌兰巴托/أولان باتور
ME: Podgorica/Подгорица/波德戈里察
MA: Rabat/Рабат/拉巴特/الرباط; Casablanca/Касабланка/卡萨布兰卡/الدار البيضاء; Marrakesh/Marrakech/Marrakech/Марракеш/马拉喀什/مراكش; Tangier/Tanger/Танжер/丹吉尔/طنجة; Fez/Fès; Agadir/أكادير
MZ: Maputo/Мапуту/马普托/مابوتو; Beira/Бейра
MM: Naypyidaw/Nay Pyi Taw/Нейпьидо/内比都; Yangon/Rangoon/Янгон/仰光/يانغون; Mandalay/Мандалай/曼德勒
NA: Windhoek/温得和克
NP: Kathmandu/Katmandou/Katmandú/Kathmandu/Катманду/加德满都/كاتماندو; Pokhara
NL: Amsterdam/Ámsterdam/Amesterdão/Amsterdão/Амстердам/阿姆斯特丹/أمستردام; The Hague/Haia/L'Aia/Aia/La Haye/La Haya/Den Haag/Гаага/海牙/لاهاي; Rotterdam/Роттердам/鹿特丹/روتردام; Utrecht; Eindhoven
NZ: Wellington/Веллингтон/惠灵顿/ويلينغتون; Auckland/Окленд/奥克兰/أوكلاند; Christchurch/Крайстчерч/基督城
NI: Managua/Манагуа/马那瓜
NE: Niamey/Ниамей/尼亚美/نيامي; Agadez
NG: Abuja/Абуджа/阿布贾/أبوجا; Lagos/Лагос/拉各斯/لاغوس; Kano/卡诺; Port Harcourt/哈科特港; Maiduguri/Майдугури/迈杜古里; Ibadan
KP: Pyongyang/Pyong Yang/Pionyang/Pjöngjang/Пхеньян/平壤/بيونغ يانغ
MK: Skopje/Skopie/Скопье/斯科普里
NO: Oslo/Осло/奥斯陆/أوسلو; Bergen; Trondheim
OM: Muscat/Mascate/Maskat/Маскат/马斯喀特/مسقط; Salalah/صلالة
PK: Islamabad/Исламабад/伊斯兰堡/إسلام آباد; Karachi/Карачи/卡拉奇/كراتشي; Lahore/Лахор/拉合尔/لاهور; Peshawar/Пешавар/白沙瓦/بيشاور; Rawalpindi/拉瓦尔品第; Quetta/奎达
PS: Ramallah/Рамалла/拉姆安拉/رام الله; Gaza/Gaza City/Gaza/Gaza/Газа/加沙/غزة; Rafah/Рафах/拉法/رفح; Khan Younis/Khan Yunis/Хан-Юнис/汗尤尼斯/خان يونس; Jenin/Дженин/杰宁; Nablus/Наблус/纳布卢斯/نابلس; Hebron/Хеврон/希伯伦/الخليل; Bethlehem/Вифлеем/伯利恒/بيت لحم
PA: Panama City/Ciudad de Panamá/巴拿马城
PG: Port Moresby/Порт-Морсби/莫尔斯比港
PY: Asuncion/Asunción/Assomption/Assunção/Асунсьон/亚松森
PE: Lima/Лима/利马/ليما; Cusco/Cuzco/库斯科; Arequipa; Puno
PH: Manila/Manille/Манила/马尼拉/مانيلا; Quezon City; Davao/Давао/达沃; Cebu/宿务
PL: Warsaw/Varsóvia/Varsavia/Varsovie/Varsovia/Warschau/Варшава/华沙/وارسو; Krakow/Kraków/Cracovie/Cracovia/Krakau/Краков/克拉科夫; Gdansk/Gdańsk/Danzig/Гданьск; Wroclaw/Wrocław/Breslau; Lodz/Łódź; Poznan/Poznań
PT: Lisbon/Lisbona/Lisbonne/Lisboa/Lissabon/Лиссабон/里斯本/لشبونة; Porto/Порту/波尔图; Faro; Coimbra; Braga; Funchal; Portimão; Setúbal; Aveiro; Évora
QA: Doha/Доха/多哈/الدوحة
RO: Bucharest/Bucarest/Bucarest/Bukarest/Бухарест/布加勒斯特/بوخارست; Cluj; Timisoara/Timișoara; Constanta/Constanța
RU: Moscow/Moscovo/Mosca/Moscou/Moscú/Moskau/Москва/莫斯科/موسكو; Saint Petersburg/St Petersburg/St. Petersburg/Saint-Pétersbourg/San Petersburgo/Sankt Petersburg/Санкт-Петербург/Петербург/圣彼得堡/سانت بطرسبرغ; Novosibirsk/Новосибирск; Yekaterinburg/Екатеринбург; Kazan/Казань; Sochi/Сочи/索契/سوتشي; Kaliningrad/Калининград/加里宁格勒; Vladivostok/Владивосток/符拉迪沃斯托克; Murmansk/Мурманск; Grozny; Belgorod/Белгород/别尔哥罗德; Kursk/Курск/库尔斯克; Rostov-on-Don/Ростов-на-Дону; Volgograd/Волгоград; Irkutsk/Иркутск/伊尔库茨克; Tolyatti/Togliatti/Тольятти; Vologda/Вологда; Barnaul/Барнаул; Ulan-Ude/Улан-Удэ; Nizhny Novgorod/Новгород/下诺夫哥罗德; Norilsk/Норильск; Elista/Элиста; Samara/Самара; Petrozavodsk/Петрозаводск; Nalchik/Нальчик; Blagoveshchensk/Благовещенск; Tomsk/Томск; Chelyabinsk/Челябинск/车里雅宾斯克; Yaroslavl/Ярославль; Omsk/Омск; Baikalsk/Байкальск; Krasnoyarsk/Красноярск; Arkhangelsk/Архангельск; Surgut/Сургут; Tyumen/Тюмень; Yakutsk/Якутск; Magadan/Магадан; Kostroma/Кострома; Tver/Тверь; Ryazan/Рязань; Lipetsk/Липецк; Saratov/Саратов; Penza/Пенза; Ulyanovsk/Ульяновск; Orenburg/Оренбург; Astrakhan/Астрахань; Makhachkala/Махачкала; Stavropol/Ставрополь; Pyatigorsk/Пятигорск; Mineralnye Vody/Минеральные Воды; Tula/Тула; Petropavlovsk-Kamchatsky/Петропавловск-Камчатский; Kondopoga/Кондопога
RW: Kigali/Кигали/基加利/كيغالي
SA: Riyadh/Riyad/Riad/Riad/Эр-Рияд/利雅得/الرياض; Jeddah/Djeddah/Yeda/Dschidda/Джидда/吉达; Mecca/La Mecque/La Meca/Mekka/Мекка/麦加/مكة; Medina/Médine/Medina/Медина/麦地那/المدينة المنورة; Dammam/الدمام
SN: Dakar/Дакар/达喀尔/داكار; Touba
RS: Belgrade/Belgrado/Belgrad/Белград/贝尔格莱德/بلغراد; Novi Sad/Нови-Сад
SL: Freetown/弗里敦
SG: Singapore City
SK: Bratislava/Bratislava/Pressburg/Братислава/布拉迪斯拉发
SI: Ljubljana/Любляна/卢布尔雅那
SO: Mogadishu/Mogadiscio/Mogadiscio/Mogadischu/Могадишо/摩加迪沙/مقديشو; Kismayo/كيسمايو; Hargeisa
ZA: Pretoria/Претория/比勒陀利亚/بريتوريا; Johannesburg/Johannesbourg/Johannesburgo/Joanesburgo/Йоханнесбург/约翰内斯堡/جوهانسبرغ; Cape Town/Le Cap/Ciudad del Cabo/Kapstadt/Кейптаун/开普敦/كيب تاون; Durban/Дурбан/德班
KR: Seoul/Seul/Seúl/Сеул/首尔; Busan/Pusan/Пусан/釜山; Incheon/Инчхон/仁川; Daegu/大邱; Gwangju/光州
SS: Juba/Джуба/朱巴/جوبا
ES: Madrid/Madri/Мадрид/马德里/مدريد; Barcelona/Barcelone/Барселона/巴塞罗那/برشلونة; Valencia/Valence/Валенсия/瓦伦西亚/فالنسيا; Seville/Sevilla/Séville/Sevilla/Севилья/塞维利亚/إشبيلية; Bilbao/Бильбао; Malaga/Málaga/Малага; Zaragoza/Saragosse; Palma de Mallorca/Mallorca/Majorque/Mallorca/Майорка; Ibiza; Tenerife; Ceuta/سبتة; Melilla/مليلية; San Sebastián/Donostia/Saint-Sébastien; Santiago de Compostela/Saint-Jacques-de-Compostelle; Alicante; Murcia/Murcie; Valladolid; Pamplona/Pampelune; Gijón; Oviedo; Vigo; A Coruña/La Coruña; Marbella; Benidorm; Lanzarote; Gran Canaria; Almería; Cádiz/Cadix; Huelva; Girona/Gerona; Tarragona/Tarragone; Lleida/Lérida
LK: Colombo/Коломбо/科伦坡/كولومبو; Kandy; Sri Jayawardenepura Kotte
SD: Khartoum/Jartum/Khartum/Хартум/喀土穆/الخرطوم; Omdurman/Омдурман/恩图曼/أم درمان; El Fasher/Al-Fashir/Эль-Фашер/法希尔/الفاشر; Port Sudan/Порт-Судан/苏丹港/بورتسودان; Nyala/نيالا
SE: Stockholm/Estocolmo/Стокгольм/斯德哥尔摩/ستوكهولم; Gothenburg/Göteborg/Гётеборг/哥德堡; Malmo/Malmö/Мальмё; Uppsala
CH: Bern/Berne/Berna/Берн/伯尔尼/برن; Zurich/Zürich/Zúrich/Цюрих/苏黎世/زيورخ; Geneva/Genebra/Ginevra/Genève/Ginebra/Genf/Женева/日内瓦/جنيف; Basel/Bâle/Basilea/Базель/巴塞尔; Lausanne/Лозанна/洛桑; Davos/Давос/达沃斯/دافوس; Lugano; Lucerne/Luzern/Lucerna; St. Gallen/Saint-Gall; Winterthur; Schaffhausen; Chur/Coire; Fribourg; Neuchâtel; Locarno; Bellinzona; Zermatt; St. Moritz/Saint-Moritz; Interlaken; Grindelwald; Crans-Montana; Verbier
SY: Damascus/Damas/Damasco/Damaskus/Дамаск/大马士革/دمشق; Aleppo/Alep/Alepo/Aleppo/Алеппо/Халеб/阿勒颇/حلب; Homs/Хомс/霍姆斯; Idlib/Идлиб/伊德利卜/إدلب; Latakia/Lattaquié/Латакия/拉塔基亚/اللاذقية; Raqqa/Ракка/拉卡/الرقة; Deir ez-Zor/دير الزور
TW: Taipei/Taipéi/Тайбэй/台北/تايبيه; Kaohsiung/高雄; Hualien/花莲; Taichung
TJ: Dushanbe/Douchanbé/Dusambé/Duschanbe/Душанбе/杜尚别/دوشنبه
TZ: Dodoma/Dar es Salaam/Дар-эс-Салам/达累斯萨拉姆/دار السلام; Zanzibar/Занзибар/桑给巴尔/زنجبار; Arusha
TH: Bangkok/Bangkok/Bangkok/Бангкок/曼谷/بانكوك; Chiang Mai/Чиангмай/清迈; Phuket/Пхукет/普吉
TG: Lome/Lomé/Ломе/洛美
TN: Tunis/Tunisi/Túnez/Тунис/突尼斯市; Sfax/صفاقس; Sousse
TR: Ankara/Ancara/Анкара/安卡拉/أنقرة; Istanbul/Istambul/Estambul/Стамбул/伊斯坦布尔/إسطنبول; Izmir/Измир/伊兹密尔/إزمير; Antalya/Анталья/安塔利亚; Gaziantep/Газиантеп/加济安泰普/غازي عنتاب; Diyarbakir/Diyarbakır; Kahramanmaras/Kahramanmaraş/卡赫拉曼马拉什; Hatay/Antakya/Хатай/哈塔伊
TM: Ashgabat/Achgabat/Asjabad/Aschgabat/Ашхабад/阿什哈巴德/عشق آباد
UG: Kampala/Кампала/坎帕拉/كمبالا
UA: Kyiv/Kiev/Kiev/Kiew/Киев/Київ/基辅/كييف; Kharkiv/Kharkov/Jarkov/Charkiw/Харьков/Харків/哈尔科夫/خاركيف; Odesa/Odessa/Одесса/Одеса/敖德萨/أوديسا; Lviv/Lvov/Lemberg/Львов/Львів/利沃夫; Dnipro; Zaporizhzhia/Zaporijia/Zaporiyia/Saporischschja/Запорожье/扎波罗热; Kherson/Херсон/赫尔松/خيرسون; Mariupol/Marioupol/Мариуполь/马里乌波尔/ماريوبول; Bakhmut/Бахмут/巴赫穆特; Pokrovsk/Покровск/波克罗夫斯克; Avdiivka/Авдеевка; Sumy/Сумы; Chernihiv/Чернигов; Mykolaiv; Kramatorsk/Краматорск
AE: Abu Dhabi/Abou Dabi/Abu Dabi/Абу-Даби/阿布扎比/أبوظبي/أبو ظبي; Dubai/Dubaï/Dubái/Дубай/迪拜/دبي; Sharjah/الشارقة
GB: London/Londra/Londres/Лондон/伦敦/لندن; Manchester/Манчестер/曼彻斯特/مانشستر; Birmingham/Бирмингем/伯明翰/برمنغهام; Liverpool/Ливерпуль/利物浦/ليفربول; Edinburgh/Édimbourg/Edimburgo/Эдинбург/爱丁堡/إدنبرة; Glasgow/Глазго/格拉斯哥; Belfast/Белфаст/贝尔法斯特; Cardiff/Кардифф/加的夫; Leeds; Bristol; Oxford/Оксфорд/牛津/أكسفورد; Cambridge/Кембридж/剑桥/كامبريدج; Newcastle upon Tyne; Sheffield; Southampton; Inverness; Aberdeen
US: Washington D.C./Washington DC/Вашингтон/华盛顿/واشنطن; New York City/Nova York/Nova Iorque/New York/Nueva York/Нью-Йорк/纽约/نيويورك; Los Angeles/Лос-Анджелес/洛杉矶/لوس أنجلوس; Chicago/Чикаго/芝加哥/شيكاغو; Houston/Хьюстон/休斯敦/هيوستن; San Francisco/Сан-Франциско/旧金山/سان فرانسيسكو; Miami/Майами/迈阿密/ميامي; Boston/Бостон/波士顿/بوسطن; Seattle/Сиэтл/西雅图/سياتل; Philadelphia/Филадельфия/费城; Atlanta/Атланта/亚特兰大/أتلانتا; Detroit/Детройт/底特律; Las Vegas/Лас-Вегас/拉斯维加斯; Phoenix; Denver/丹佛; Dallas/Даллас/达拉斯; New Orleans/Новый Орлеан/新奥尔良; Baltimore; Minneapolis/Миннеаполис; Pittsburgh; San Diego; Honolulu/Гонолулу/檀香山; Anchorage; Nashville; Indianapolis; Newark; Albuquerque; Olympia; Sacramento; Portland; Silicon Valley/Кремниевая долина/硅谷; Wall Street/Уолл-стрит/华尔街/وول ستريت; Hollywood/Голливуд/好莱坞/هوليوود; Manhattan/Манхэттен/曼哈顿; Brooklyn; Pearl Harbor
UY: Montevideo/Montevidéu/Монтевидео/蒙得维的亚/مونتيفيديو; Punta del Este
UZ: Tashkent/Tachkent/Taskent/Taschkent/Ташкент/塔什干/طشقند; Samarkand/Samarcande/Samarcanda/Самарканд/撒马尔罕; Bukhara/Бухара
VE: Caracas/Каракас/加拉加斯/كاراكاس; Maracaibo/Маракайбо; Valencia de Venezuela
VN: Hanoi/Hanói/Ханой/河内/هانوي; Ho Chi Minh City/Saigon/Hô-Chi-Minh-Ville/Ciudad Ho Chi Minh/Хошимин/胡志明市/هو تشي منه; Da Nang/Danang/岘港; Haiphong/海防
YE: Sanaa/Sana'a/Sanaá/Сана/萨那/صنعاء; Aden/Аден/亚丁/عدن; Hodeidah/Hodeida/Al Hudaydah/Ходейда/荷台达/الحديدة; Marib; Taiz
ZM: Lusaka/Лусака/卢萨卡
ZW: Harare/Хараре/哈拉雷/هراري; Bulawayo
XK: Pristina/Prishtina/Pristina/Приштина/普里什蒂纳/بريشتينا
VA: Vatican City/Cité du Vatican/Ciudad del Vaticano/Vatikanstadt/Ватикан/梵蒂冈/الفاتيكان; St. Peter's Basilica/St Peter's Basilica/Saint Peter's Square/St. Peter's Square/basilique Saint-Pierre/basílica de San Pedro/Petersdom/собор Святого Петра/圣彼得大教堂
HK: Hong Kong/Hongkong/Гонконг/香港/هونغ كونغ
MO: Macau/Macao/Макао/澳门/ماكاو
SM: San Marino/Сан-Марино
LI: Vaduz
AD: Andorra la Vella
PR: San Juan de Puerto Rico
GL: Nuuk/Нуук/努克
KM: Moroni
CV: Cabo Verde
ST: Sao Tome/São Tomé
SC: Seychelles
BB: Bridgetown
BS: Nassau
TT: Port of Spain/Port-of-Spain
DM: Roseau/Розо/罗索
LC: Castries
KN: Basseterre
VC: Kingstown
BZ: Belmopan/Belize City
SR: Paramaribo
TO: Nuku'alofa
WS: Apia/Апиа/阿皮亚
VU: Port Vila
SB: Honiara
KI: Tarawa
TL: Dili/Дили/帝力
AS: Pago Pago/Tutuila
LS: Maseru
MR: Nouadhibou
`
