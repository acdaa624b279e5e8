// Country names the packages lack: former names, everyday short forms and abbreviations, and the
// Chinese one-character forms. Format as in places.ts: `CC: spelling/spelling/...`.
// Chinese news writes countries as one character inside fixed compounds (中美关系, 美方, 俄军, 访华);
// a bare 美 or 法 is an ordinary word (beautiful, law), so only the compounds are listed, and
// COMBO_CHARS below generates the pairs. These are matched as "combo" terms that yield to any
// overlapping term starting inside them (其中美国 is 其中 + 美国, not 中美 + 国).
export const NAMES_EXTRA = `
AE: Emirates/UAE/U.A.E./Эмираты/ОАЭ/阿联酋/الإمارات/EAU/EAU/VAE
BA: Bosnia/Bosnie/Босния/波黑
BO: Bolivia
BY: Belorussia/Byelorussia/Белоруссия/Беларусь/Biélorussie/Bielorrusia/Weißrussland/白俄罗斯/بيلاروسيا/روسيا البيضاء
CD: DR Congo/D.R. Congo/DRC/Congo-Kinshasa/Democratic Republic of Congo/RDC/RD Congo/RDCongo/République démocratique du Congo/República Democrática del Congo/Demokratische Republik Kongo/Demokratischen Republik Kongo/ДР Конго/ДРК/刚果（金）/刚果金/民主刚果/刚果民主共和国/الكونغو الديمقراطية
CG: Congo-Brazzaville/Republic of Congo/Congo Brazzaville/République du Congo/Congo-Brazzaville/República del Congo/Republik Kongo/Республика Конго/刚果（布）/刚果布/刚果共和国/الكونغو برازافيل
CI: Ivory Coast/Côte d'Ivoire/Cote d'Ivoire/Кот-д’Ивуар/Кот-д'Ивуар/科特迪瓦/ساحل العاج/كوت ديفوار/Elfenbeinküste/Costa de Marfil
CN: PRC/Mainland China/Chine/КНР/Китай/中国/中华人民共和国/الصين/Volksrepublik China
KG: Kirgistan/Kirgisien/Kirghizistan/Quirguistão/Quirguistao/Kirghizistan/Kirgizistan
SS: Sud Sudan/Sudan del Sud/Sudão do Sul/Soudan du Sud/Sudán del Sur/Südsudan
CZ: Czech Republic/Czechia/Чехия/捷克/التشيك/Tchéquie/Chequia/Tschechien
DE: Germany/Allemagne/Alemania/Deutschland/Германия/ФРГ/德国/ألمانيا/Bundesrepublik
GB: Britain/Great Britain/United Kingdom/U.K./UK/Grande-Bretagne/Royaume-Uni/Reino Unido/Gran Bretaña/Gran Bretagna/Großbritannien/Vereinigtes Königreich/Великобритания/Британия/Соединённое Королевство/英国/بريطانيا/المملكة المتحدة/England/Scotland/Wales/Northern Ireland/Angleterre/Écosse/Inglaterra/Escocia/Schottland/Англия/Шотландия/Уэльс/英格兰/苏格兰/威尔士/北爱尔兰/إنجلترا/اسكتلندا/イングランド/スコットランド
IR: Iran/Persia/Islamic Republic/Иран/伊朗/إيران/Irán
KP: North Korea/DPRK/D.P.R.K./Pyongyang regime/КНДР/Северная Корея/朝鲜/北韩/كوريا الشمالية/Corée du Nord/Corea del Norte/Nordkorea
KR: South Korea/ROK/Южная Корея/Республика Корея/韩国/南韩/كوريا الجنوبية/Corée du Sud/Corea del Sur/Südkorea
LA: Laos/Лаос/老挝/لاوس
MK: North Macedonia/Macedonia/Северная Македония/Македония/北马其顿/مقدونيا الشمالية/Macédoine du Nord/Macedonia del Norte/Nordmazedonien
MM: Burma/Myanmar/Бирма/Мьянма/缅甸/ميانمار/بورما/Birmanie/Birmania/Birma
NL: Holland/Netherlands/Голландия/Нидерланды/荷兰/هولندا/Pays-Bas/Países Bajos/Holanda/Niederlande/Niederlanden
PS: Palestine/Palestinian territories/Palestinian Authority/West Bank/Gaza Strip/Палестина/Западный берег/сектор Газа/巴勒斯坦/约旦河西岸/加沙地带/فلسطين/الضفة الغربية/قطاع غزة/Cisjordanie/bande de Gaza/Cisjordania/Franja de Gaza/Westjordanland/Gazastreifen/Autorité palestinienne
RU: Russia/Russian Federation/Россия/РФ/Российская Федерация/俄罗斯/俄国/روسيا/Russie/Rusia/Russland
SA: Saudi Arabia/KSA/Саудовская Аравия/沙特阿拉伯/沙特/السعودية/المملكة العربية السعودية/Arabie saoudite/Arabia Saudí/Arabia Saudita/Saudi-Arabien
SY: Syria/Сирия/叙利亚/سوريا/سورية/Syrie/Siria/Syrien
SZ: Swaziland/Eswatini/Свазиленд/Эсватини/斯威士兰/إسواتيني/سوازيلاند
CD: Zaire/Zaïre/Заир/扎伊尔/زائير
TL: East Timor/Timor-Leste/Восточный Тимор/东帝汶/تيمور الشرقية
TR: Turkey/Türkiye/Turkiye/Турция/土耳其/تركيا/Turquie/Turquía/Türkei
TW: Taiwan/Republic of China/Тайвань/台湾/تايوان/Taïwan/Taiwán
TZ: Tanzania
US: United States/USA/U.S./US/U.S.A./Stati Uniti/EUA/États-Unis/Etats-Unis/EEUU/EE.UU./EE. UU./Estados Unidos/Vereinigte Staaten/USA/США/Соединённые Штаты/Америка/美国/美利坚合众国/الولايات المتحدة/أمريكا/أميركا/واشنطن
VA: Vaticano/Vatican/Holy See/Святой Престол/Ватикан/教廷/梵蒂冈/الفاتيكان/Saint-Siège/Santa Sede/Heiliger Stuhl/Vatikan
VN: Vietnam/Viet Nam/Вьетнам/越南/فيتنام/Viêt Nam
XK: Kosovo/Косово/科索沃/كوسوفو
CV: Cape Verde/Cabo Verde
GB: Brexit
HK: Hong Kong/Гонконг/香港/هونغ كونغ
MO: Macau/Macao
MU: île Maurice/l'île Maurice/isla Mauricio/República de Mauricio/Mauritius
GD: Grenada
IS: Iceland/Islande/Islandia/Исландия/冰岛/آيسلندا
`

/**
 * One-character Chinese forms. Pairs of them (中美, 俄乌, 巴以) and the fixed compounds below are
 * generated as combo terms; 巴 is 'PK/BR' (Pakistan or Brazil), resolved against the other evidence.
 */
export const COMBO_CHARS: Record<string, string> = {
  中: 'CN', 华: 'CN', 美: 'US', 俄: 'RU', 日: 'JP', 韩: 'KR', 朝: 'KP', 英: 'GB', 法: 'FR', 德: 'DE',
  印: 'IN', 巴: 'PK/BR', 以: 'IL', 乌: 'UA', 伊: 'IR', 叙: 'SY', 沙: 'SA', 澳: 'AU', 加: 'CA', 越: 'VN',
  菲: 'PH', 泰: 'TH', 葡: 'PT', 荷: 'NL', 波: 'PL', 埃: 'EG', 黎: 'LB', 蒙: 'MN', 缅: 'MM', 柬: 'KH',
}

/** Characters safe in pairs with each other (中美, 俄乌); the rest pair only with 中. 以 (also "with") pairs only in the explicit list of country-names.ts. */
export const PAIR_CHARS = '中美俄日韩朝英法德印巴乌伊叙沙澳加菲泰'

/** Suffix compounds: X方 (the X side), X军 (X's army), X总统 (X's president) ... */
export const COMBO_SUFFIXES = ['方', '军', '总统', '总理', '首相', '外长', '政府', '官方', '媒']

/** Prefix compounds: 访华, 驻美, 赴日 for all PREFIX_CHARS; 对华, 在美, 涉俄 only for WIDE_PREFIX_CHARS. */
export const COMBO_PREFIXES = ['访', '驻', '赴']
export const WIDE_PREFIXES = ['对', '来', '涉', '在', '抵']
export const PREFIX_CHARS = '华美俄日韩朝英德印'
/** 对法 would be "against law", 在日 "on the day": only these characters take the wide prefixes. */
export const WIDE_PREFIX_CHARS = '华美俄'
