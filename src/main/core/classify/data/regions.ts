// States, provinces and well-known regions: an article about a New Mexico wildfire or a Québec
// strike is about the United States or Canada. Format as in places.ts.
// Georgia is not here: it is an ambiguous term (ambiguous.ts). Regions claimed by two states are
// listed under the one that administers them, which is what a reader filtering by country expects.
export const REGIONS = `
US: Alabama/ألاباما/アラバマ; Alaska/Аляска/阿拉斯加/ألاسكا/アラスカ; Arizona/Аризона/亚利桑那/أريزونا/アリゾナ; Arkansas/أركنساس/アーカンソー; California/Californie/Kalifornien/Калифорния/加利福尼亚/加州/كاليفورنيا/カリフォルニア; Colorado/Колорадо/科罗拉多/كولورادو/コロラド; Connecticut/كونيتيكت/コネティカット; Delaware; Florida/Floride/Флорида/佛罗里达/فلوريدا/フロリダ; Hawaii/Hawaï/Hawái/Гавайи/夏威夷/هاواي/ハワイ; Idaho/أيداهو/アイダホ; Illinois/Иллинойс/伊利诺伊/إلينوي/イリノイ; Indiana/Индиана/印第安纳/إنديانا/インディアナ; Iowa/Айова/艾奥瓦/آيوا/アイオワ; Kansas/كانساس/カンザス; Kentucky/كنتاكي/ケンタッキー; Louisiana/Louisiane/Luisiana/Луизиана/路易斯安那/لويزيانا/ルイジアナ; Maine/メーン; Maryland/Мэриленд/马里兰/ماريلاند/ميريلاند/メリーランド; Massachusetts/Массачусетс/马萨诸塞/ماساتشوستس/マサチューセッツ; Michigan/Мичиган/密歇根/ميشيغان/ミシガン; Minnesota/Миннесота/明尼苏达/مينيسوتا/ミネソタ; Mississippi/ميسيسيبي/ミシシッピ; Missouri/Миссури/密苏里/ميزوري/ミズーリ; Montana/مونتانا/モンタナ; Nebraska/نبراسكا/ネブラスカ; Nevada/Невада/内华达/نيفادا/ネバダ; New Hampshire/Нью-Гэмпшир/نيوهامبشير/ニューハンプシャー; New Jersey/Nueva Jersey/Nova Jersey/Nuovo Jersey/Нью-Джерси/新泽西/نيوجيرسي/ニュージャージー; New Mexico/Nouveau-Mexique/Nuevo México/Neumexiko/Нью-Мексико/新墨西哥/نيومكسيكو; New York State/État de New York/estado de Nueva York/纽约州; North Carolina/Caroline du Nord/Carolina del Norte/Северная Каролина/北卡罗来纳/كارولاينا الشمالية/ノースカロライナ; North Dakota; Ohio/Огайо/俄亥俄/أوهايو/オハイオ; Oklahoma/Оклахома/أوكلاهوما/オクラホマ; Oregon/Орегон/俄勒冈/أوريغون/オレゴン; Pennsylvania/Pennsylvanie/Pensilvania/Pennsylvanien/Пенсильвания/宾夕法尼亚/بنسلفانيا/ペンシルベニア/ペンシルバニア; Rhode Island; South Carolina/Caroline du Sud/Carolina del Sur/Южная Каролина/南卡罗来纳/كارولاينا الجنوبية/サウスカロライナ; South Dakota; Tennessee/Теннесси/تينيسي/テネシー; Texas/Техас/得克萨斯/تكساس/テキサス; Utah/Юта/犹他/يوتا/ユタ; Vermont/فيرمونت/バーモント; Virginia/Virginie/Вирджиния/弗吉尼亚/فرجينيا/バージニア; West Virginia; Wisconsin/Висконсин/威斯康星/ويسكونسن/ウィスコンシン; Wyoming; Peach State; Pacific Northwest; New England; District of Columbia; Mar-a-Lago; Guantanamo/Guantánamo/Гуантанамо/关塔那摩/غوانتانامو
CA: Quebec/Québec/Квебек/魁北克/كيبك; Ontario/Онтарио/安大略; Alberta/Альберта/阿尔伯塔; British Columbia/Colombie-Britannique/Columbia Británica/Британская Колумбия/不列颠哥伦比亚; Manitoba; Saskatchewan; Nova Scotia/Nouvelle-Écosse; New Brunswick/Nouveau-Brunswick; Newfoundland; Yukon; Nunavut
AU: New South Wales/Nouvelle-Galles du Sud/Nueva Gales del Sur/Новый Южный Уэльс/新南威尔士; Queensland/Квинсленд/昆士兰; Tasmania/Tasmanie/Тасмания/塔斯马尼亚; Western Australia; South Australia; Northern Territory
GB: Kent; Yorkshire; Cornwall; Essex; Surrey; Merseyside; Scottish Highlands; Isle of Wight
IE: Connacht; Leinster
DE: Bavaria/Bavière/Baviera/Bayern/Бавария/巴伐利亚; Saxony/Saxe/Sajonia/Sachsen/Саксония/萨克森; Thuringia/Thüringen/Тюрингия/图林根; Brandenburg/Бранденбург; North Rhine-Westphalia/Nordrhein-Westfalen/Rhénanie-du-Nord-Westphalie/Северный Рейн-Вестфалия/北莱茵-威斯特法伦; Lower Saxony/Niedersachsen; Baden-Württemberg/Баден-Вюртемберг; Hessen; Rhineland-Palatinate/Rheinland-Pfalz; Schleswig-Holstein; Mecklenburg-Vorpommern; Saxony-Anhalt/Sachsen-Anhalt; Saarland; Ruhr/Ruhrgebiet
FR: Corsica/Corse/Córcega/Korsika/Корсика/科西嘉; Brittany/Bretagne/Bretaña/Бретань; Normandy/Normandie/Normandía/Нормандия/诺曼底; Provence; Alsace/Эльзас; Île-de-France; Occitanie; Nouvelle-Aquitaine; Hauts-de-France; Auvergne-Rhône-Alpes; French Riviera/Côte d'Azur
ES: Catalonia/Catalogne/Cataluña/Catalunya/Katalonien/Каталония/加泰罗尼亚/كتالونيا; Andalusia/Andalousie/Andalucía/Andalusien/Андалусия/安达卢西亚; Basque Country/Pays basque/País Vasco/Baskenland/Страна Басков/巴斯克; Galicia/Galice/Galicien/Галисия; Canary Islands/Canaries/Canarias/Kanaren/Канарские острова/加那利群岛; Balearic Islands/Baléares/Baleares/Balearen; Castilla-La Mancha; Castilla y León; Extremadura; Aragón; Asturias
IT: Abruzzo/Abruzzes/Abruzos/Abruzzen; Dolomites/Dolomiti/Dolomiten/Доломиты; Sicily/Sicile/Sicilia/Sizilien/Сицилия/西西里/صقلية; Sardinia/Sardaigne/Cerdeña/Sardegna/Sardenha/Sardinien/Сардиния/撒丁; Lombardy/Lombardie/Lombardía/Lombardei/Ломбардия/伦巴第; Tuscany/Toscane/Toscana/Toskana/Тоскана/托斯卡纳; South Tyrol/Haut-Adige/Tirol del Sur/Südtirol/Южный Тироль/南蒂罗尔; Calabria/Calabre/Kalabrien; Puglia/Apulia/Pouilles; Veneto/Vénétie; Piémont/Piemonte; Campania/Campanie/Kampanien; Emilia-Romagna; Dolomites/Dolomiten
AT: Tyrol/Tirol/Тироль; Styria/Steiermark; Carinthia/Kärnten; Upper Austria/Oberösterreich; Lower Austria/Niederösterreich; Vorarlberg
CH: Ticino/Tessin; Valais/Wallis; Grisons/Graubünden
BE: Flanders/Flandre/Flandes/Flandern/Фландрия/弗拉芒; Wallonia/Wallonie/Valonia/Wallonien/Валлония/瓦隆
NL: Groningen
ES: Valencian Community/Comunitat Valenciana
PT: Madeira; Azores/Açores/Azores/Azoren
RU: Siberia/Sibérie/Siberia/Sibirien/Сибирь/西伯利亚/سيبيريا; Chechnya/Tchétchénie/Chechenia/Tschetschenien/Чечня/车臣/الشيشان; Dagestan/Daghestan/Daguestán/Дагестан/达吉斯坦/داغستان; Tatarstan/Татарстан; Yakutia/Якутия; Bashkortostan/Башкортостан; Kamchatka/Камчатка/堪察加; Sakhalin/Сахалин/萨哈林; Kuril Islands/Курильские острова/Курилы/千岛群岛; Krasnodar/Краснодар; Bryansk/Брянск; Chukotka/Чукотка; Moscow region/Подмосковье/Московская область
UA: Crimea/Crimée/Crimea/Krim/Крым/Крим/克里米亚/القرم; Donbas/Donbass/Донбасс/Донбас/顿巴斯/دونباس; Donetsk/Донецк/Донецьк/顿涅茨克/دونيتسك; Luhansk/Lugansk/Louhansk/Луганск/Луганськ/卢甘斯克/لوغانسك; Zaporizhzhia region/Запорожская область; Kherson region/Херсонская область; Kharkiv region/Харьковская область; Sumy region/Сумская область
GE: Abkhazia/Abkhazie/Abjasia/Abchasien/Абхазия/阿布哈兹/أبخازيا; South Ossetia/Ossétie du Sud/Osetia del Sur/Südossetien/Южная Осетия/南奥塞梯/أوسيتيا الجنوبية
MD: Transnistria/Transnistrie/Transnistrien/Приднестровье/德涅斯特河沿岸/ترانسنيستريا; Gagauzia/Гагаузия
AZ: Nagorno-Karabakh/Karabakh/Haut-Karabakh/Alto Karabaj/Bergkarabach/Berg-Karabach/Нагорный Карабах/Карабах/纳卡/纳戈尔诺-卡拉巴赫/ناغورنو كاراباخ/كاراباخ
CN: Xinjiang/Синьцзян/新疆/شينجيانغ; Tibet/Tíbet/Тибет/西藏/التبت; Inner Mongolia/内蒙古; Guangdong/Guangdong/Гуандун/广东; Sichuan/Сычуань/四川; Yunnan/Юньнань/云南; Hubei/Хубэй/湖北; Henan/河南; Hebei/河北; Shandong/山东; Jiangsu/江苏; Zhejiang/浙江; Fujian/Фуцзянь/福建; Guizhou/贵州; Gansu/甘肃; Qinghai/青海; Hainan/Хайнань/海南岛; Heilongjiang/黑龙江; Liaoning/辽宁; Jilin/吉林; Shaanxi/陕西; Shanxi/山西; Anhui/安徽; Jiangxi/江西; Hunan/湖南; Guangxi/广西; Ningxia/宁夏; Uyghur/Uyghurs/Uighur/Uighurs/Ouïghours/uigures/Uiguren/уйгуры/уйгур*/维吾尔/الأويغور
IN: Kashmir/Cachemire/Cachemira/Kaschmir/Кашмир/克什米尔/كشمير; Kerala/Керала/喀拉拉; Uttar Pradesh/Уттар-Прадеш/北方邦; Maharashtra/马哈拉施特拉; Tamil Nadu/泰米尔纳德; Gujarat/古吉拉特; Bihar; West Bengal; Rajasthan; Karnataka; Assam; Manipur/Манипур; Ladakh/Ладакх/拉达克; Goa
PK: Balochistan/Baluchistan/Belouchistan/Белуджистан/俾路支/بلوشستان; Khyber Pakhtunkhwa/Хайбер-Пахтунхва/开伯尔-普赫图赫瓦/خيبر بختونخوا; Sindh/Синд/信德/السند
AF: Helmand/Гильменд/赫尔曼德; Panjshir/Панджшер
IR: Khuzestan; Sistan-Baluchestan
IQ: Kurdistan region/Iraqi Kurdistan/Kurdistan irakien/Kurdistán iraquí/Иракский Курдистан/伊拉克库尔德/كردستان العراق; Anbar/الأنبار; Nineveh/نينوى
SY: Golan Heights/plateau du Golan/Altos del Golán/Golanhöhen/Голанские высоты/戈兰高地/هضبة الجولان/الجولان
SD: Darfur/Дарфур/达尔富尔/دارفور; Kordofan/Кордофан/科尔多凡/كردفان
ET: Tigray/Tigré/Тыграй/Тигре/提格雷/تيغراي; Amhara/阿姆哈拉; Oromia
CD: Kivu/North Kivu/Nord-Kivu/South Kivu/Sud-Kivu/Северное Киву/北基伍/كيفو; Ituri/伊图里
NG: Niger Delta/delta du Niger/delta del Níger/Nigerdelta/дельта Нигера/尼日尔河三角洲/دلتا النيجر; Borno/Борно/博尔诺; Rivers State; Niger State; Zamfara; Kaduna; Plateau State
ML: Kidal/Кидаль/基达尔; Mopti region
MM: Rakhine/Arakan/Ракхайн/若开; Shan State/掸邦; Kachin/克钦
ID: Aceh/亚齐; Sumatra/Sumatra/Суматра/苏门答腊; Ява/爪哇; Kalimantan/加里曼丹; Sulawesi/Célèbes/Сулавеси/苏拉威西; North Sulawesi/北苏拉威西; Lombok/龙目
MY: Sabah/沙巴; Sarawak/砂拉越
PH: Mindanao/Минданао/棉兰老; Luzon/吕宋; Visayas; Scarborough Shoal/Скарборо/黄岩岛
JP: Hokkaido/Хоккайдо/北海道; Kyushu/九州; Honshu; Noto peninsula/能登; Okinawa prefecture
KR: Jeju/Чеджу/济州
BR: Rio Grande do Sul/南里奥格兰德; Minas Gerais; Bahia/Баия; Pernambuco; Mato Grosso; Paraná
MX: Jalisco; Sinaloa/Синалоа/锡那罗亚; Chihuahua; Michoacán/Michoacan; Oaxaca; Chiapas; Tamaulipas; Sonora; Baja California; Yucatán/Yucatan; Quintana Roo; Veracruz; Nuevo León/Nuevo Leon; Zacatecas
AR: Patagonia Argentina; Córdoba province
CO: Antioquia; Cauca; Catatumbo; Quindío; La Guajira; Boyacá; Cundinamarca; Risaralda; Huila; Nariño; Chocó; Valle del Cauca; Putumayo; Caquetá; Arauca; Casanare
TZ: Zanzibar
SO: Galmudug
EG: Sinai/Синай/西奈/سيناء; Upper Egypt
IL: Negev/Негев/内盖夫/النقب; Tel Aviv region; Galilee
PS: East Jerusalem/Jérusalem-Est/Jerusalén Este/Восточный Иерусалим/东耶路撒冷/القدس الشرقية
SA: Hejaz; NEOM/نيوم
TW: Kinmen/Matsu
HK: Tsim Sha Tsui
CN: 海南/Hainan Island; 湖北省/广东省/四川省/云南省/浙江省/江苏省/山东省/河南省/河北省/福建省/湖南省/安徽省/江西省/广西壮族自治区/新疆维吾尔自治区/西藏自治区/内蒙古自治区/宁夏/黑龙江省/吉林省/辽宁省/陕西省/山西省/甘肃省/青海省/贵州省
RU: Челябинская область/Брянская область/Курская область/Белгородская область/Московская область/Ленинградская область/Ростовская область/Новосибирская область/Свердловская область/Калужская область/Воронежская область/Смоленская область; Забайкалье/Забайкальский край/Transbaikalia/Zabaykalsky; Красноярский край/Krasnoyarsk; Приморье/Приморский край/Primorye; Хабаровский край/Khabarovsk/Хабаровск; Кузбасс/Kuzbass
DE: Heilbronn; Ingolstadt; Regensburg; Würzburg; Solingen; Magdeburg; Mannheim; Duisburg; Bochum; Wuppertal; Bielefeld; Münster; Augsburg; Freiburg im Breisgau; Kiel; Rostock; Potsdam; Erfurt; Chemnitz; Halle an der Saale; Wiesbaden; Mainz; Tübingen; Heidelberg; Göttingen
FR: Vaucluse; Cannes; Avignon; Le Havre; Reims; Dijon; Clermont-Ferrand; Perpignan; Calais
PT: Algarve; Alentejo; Trás-os-Montes; Santuário de Fátima/Santuario di Fatima/Sanctuaire de Fátima
IT: Trentino/Trentino-Alto Adige/Alto Adige/Haut-Adige; Val Gardena/Gröden; Friuli/Friuli Venezia Giulia/Frioul; Umbria/Ombrie; Liguria/Ligurie; Basilicata; Molise
BR: Roraima; Goiás; Pará; Ceará; Maranhão; Rondônia; Tocantins; Piauí; Paraíba; Alagoas; Sergipe; Mato Grosso do Sul
ES: Navarra/Navarre; Cantabria/Cantabrie; Camino de Santiago/chemin de Compostelle
AR: Aconcagua
DE: Allgäu/Allgäuer; Jülich; Jena; Harz/Harzer; Zugspitze/Zugspitz; Titisee-Neustadt
AT: Arlberg; Innsbrucker
IT: Lampedusa; Ustica; Monfalcone; Agro Pontino
CV: Mindelo; São Vicente de Cabo Verde
PT: Ponte de Lima; Guimarães
CO: Tolima
DE: Oberfranken; Mittelfranken; Unterfranken; Oberbayern; Niederbayern; Oberpfalz; Schwarzwald/Black Forest/Forêt-Noire/Selva Negra/Foresta Nera; Eifel; Sauerland; Eichsfeld; Erzgebirge; Spreewald; Ostfriesland; Emsland; Münsterland; Hunsrück; Odenwald; Taunus; Vogelsberg; Uckermark; Rügen; Sylt; Usedom; Fehmarn; Lüneburger Heide; Fränkische Schweiz/Fränkischen Schweiz; Sächsische Schweiz/Sächsischen Schweiz; Holsteinische Schweiz/Holsteinischen Schweiz; Märkische Schweiz/Märkischen Schweiz; Münchner/Münchener; Kölner; Düsseldorfer; Stuttgarter; Leipziger; Dresdner; Nürnberger; Freiburger; Wolfsburger; Bayreuther; Potsdamer; Kieler; Rostocker; Erfurter; Mainzer; Würzburger; Regensburger; Augsburger; Heidelberger; Göttinger
CZ: Böhmische Schweiz/Böhmischen Schweiz/České Švýcarsko
AT: Wachau; Salzkammergut; Zillertal; Ötztal; Montafon; Tiroler; Kärntner; Vorarlberger; Salzburger; Grazer; Steirische/Steirischen/Steirischer
CH: Berner Oberland; Engadin/Engadine; Zürcher; Basler; Luzerner; Bündner
RU: Lake Baikal/Baikal/Байкал/贝加尔湖/バイカル湖; Elbrus/Эльбрус/厄尔布鲁士; Приэльбрусье; Buryatia/Бурятия; Kalmykia/Калмыкия; Karelia/Карелия; Kabardino-Balkaria/Кабардино-Балкария; Altai Republic/Республика Алтай/Алтайский край/Горный Алтай; Иркутская область/Вологодская область/Самарская область/Нижегородская область/Томская область/Омская область/Тульская область/Ярославская область/Саратовская область/Оренбургская область/Архангельская область/Мурманская область/Амурская область; Bolshoi Theatre/Большой театр; AvtoVAZ/Автоваз/«Автоваз»/АвтоВАЗ
IT: Valle d'Aosta/Val d'Aosta/Vallée d'Aoste/Aostatal; Svizzera pesciatina; Bologna/Bolonia/Bologne; Castellammare di Stabia
AT: Semmering
BR: Cerrado; Araraquara; Praia da Pipa/praia de Pipa; Chapada dos Veadeiros
DE: Semperoper; Elbphilharmonie
FR: Chamonix/Chamonix-Mont-Blanc; Haute-Savoie/Savoie; Annecy; Rouen; Lourdes; Cholet; Tourmalet; Kourou; Roissy/Roissy-Charles-de-Gaulle/Paris-Charles-de-Gaulle; Ariège; Grand-Couronne; Metz; Amiens; Limoges; Poitiers; Angers; Caen; Besançon; Bayonne; Biarritz; Ajaccio; Bastia; Vendée; Gironde; Dordogne; Finistère; Pas-de-Calais; Seine-Saint-Denis; Val-de-Marne; Hauts-de-Seine; Mont-Saint-Michel; Saint-Malo; La Rochelle; Le Mans
IT: Foggia; Trapani; Messina; Bolzano/Bozen; Salerno; Reggio Calabria; Vibo Valentia; Cosenza; Catanzaro; Crotone; Agrigento; Siracusa; Caltanissetta; Enna; Potenza; Matera; Campobasso; Isernia; L'Aquila; Teramo; Chieti; Ancona; Macerata; Ascoli Piceno; Pesaro; Urbino; Arezzo; Grosseto; Pistoia; La Spezia; Savona; Sanremo; Cuneo; Asti; Alessandria; Novara; Vercelli; Biella; Varese; Lecco; Sondrio; Monza; Pavia; Cremona; Mantova/Mantua; Vicenza; Treviso; Belluno; Rovigo; Udine; Pordenone; Gorizia; Ferrara; Forlì; Cesena; Reggio Emilia; Piacenza; Frosinone; Viterbo; Rieti; Caserta; Benevento; Avellino; Brindisi; Andria; Barletta; Nuoro; Oristano; Olbia; Amalfi; Capri; Ischia; Pompei/Pompeii; Sorrento; Positano; Paestum; Stromboli; Etna; Vesuvio/Vesuvius; Gran Sasso; Cortina d'Ampezzo; Courmayeur; Livigno; Bormio; Assisi; Orvieto; Spoleto; Terni; Gubbio; San Gimignano; Portofino; Cinque Terre; Pozzallo; Giampilieri; Alba Adriatica; Langhe; Susegana; Cernobbio
ES: Burgos; Logroño; Cáceres; Badajoz; Jaén; Albacete; Teruel; Huesca; Soria; Segovia; Ávila; Palencia; Ourense; Lugo; Pontevedra; Castellón; Elche; Jerez de la Frontera/Jerez; Algeciras; Torremolinos; Fuerteventura; Menorca/Minorca; Formentera; Lorca; Ponferrada; Sabadell; Terrassa; Badalona; L'Hospitalet; Getafe; Leganés; Móstoles; Alcalá de Henares; Vitoria-Gasteiz; Donostia; Doñana; Sierra Nevada de Granada
AR: Mar del Plata; Bahía Blanca; Tucumán; Salta; Neuquén; Bariloche; La Plata; Corrientes; Jujuy; Chubut; Entre Ríos; Catamarca; Santiago del Estero; Comodoro Rivadavia; Puerto Madryn; El Calafate; Vaca Muerta
MX: Coahuila; Durango; Puebla; Querétaro; Aguascalientes; San Luis Potosí; Guanajuato; Tabasco; Campeche; Colima; Nayarit; Tlaxcala; Hermosillo; Mazatlán; Puerto Vallarta; Ensenada; Mexicali; Saltillo; Torreón; Cuernavaca; Pachuca; Morelia; Ecatepec; Tulum; Playa del Carmen; Los Cabos; Reynosa; Nuevo Laredo; Chilpancingo; Xalapa; Villahermosa; Tuxtla Gutiérrez; San Cristóbal de las Casas
GB: Nottingham; Leicester; Coventry; Bradford; Hull; Plymouth; Portsmouth; Brighton; Norwich; Exeter; Stoke-on-Trent; Sunderland; Swansea; Wolverhampton; Middlesbrough; Blackpool; Bournemouth; Ipswich; Luton; Milton Keynes; Dundee; Lancashire; Devon; Dorset; Somerset; Sussex; Cumbria; Northumberland; Lincolnshire; Hertfordshire; Oxfordshire; Cheshire; Derbyshire; Nottinghamshire; Staffordshire; Warwickshire; Gloucestershire; Wiltshire; Lake District; Heathrow; Gatwick; Stansted
PT: Viseu; Vila Franca de Xira; Leiria; Viana do Castelo; Bragança; Castelo Branco; Portalegre; Beja; Sintra; Cascais; Almada; Amadora; Loures; Odivelas; Barreiro; Seixal; Matosinhos; Vila Nova de Gaia; Gondomar; Póvoa de Varzim; Peniche; Óbidos; Tomar; Figueira da Foz; Covilhã; Serra da Estrela; Vila Real; Lamego; Ponta Delgada; Angra do Heroísmo; Marinha Grande; Alcobaça
BR: Uberlândia; Ribeirão Preto; Sorocaba; Londrina; Maringá; Joinville; Blumenau; Niterói; Petrópolis; Juiz de Fora; Copacabana; Ipanema; Guarulhos; Osasco; Feira de Santana; Macapá; Rio Branco; Pantanal
FR: Montluçon; Toulon; Le Mans; Saint-Étienne; Nîmes; Aix-en-Provence; Mulhouse; Troyes; La Rochelle; Lorient; Saint-Malo; Vannes; Quimper; Cherbourg; Dunkerque; Boulogne-sur-Mer; Vichy; Chambéry; Albertville; Val d'Isère/Val-d'Isère; Courchevel; Megève; Tignes; Alpe d'Huez; Carcassonne; Béziers; Narbonne; Arles; Lascaux; Verdun; Colmar; Épinal; Bourges; Auxerre; Niort; Angoulême; Périgueux; Cahors; Tarbes; Albi; Rodez; Montauban
UY: Colonia del Sacramento; Colonia Suiza; Paysandú; Tacuarembó
CL: Villa Alemana; Viña del Mar; Antofagasta; Iquique; Arica; Temuco; Puerto Montt; Rancagua; Talca; Atacama; Araucanía; Biobío; Torres del Paine
SA: الطائف; تبوك; كاوست; أبها; نجران; جازان
AE: الفجيرة; رأس الخيمة; عجمان
MA: فاس; مكناس; وجدة
YE: تعز; المكلا
IQ: السليمانية
`
