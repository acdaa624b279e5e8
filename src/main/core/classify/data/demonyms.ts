// Demonyms and country adjectives the packages lack: world-countries has English and French only.
// Columns: code | Russian adjective stems (declined by lexicon.ts: китайск -> китайский, китайского,
// китайские ...) | Russian nouns for people | German adjective (declined: chinesisch -> chinesische,
// chinesischen ...) | German nouns for people | Spanish adjective, masculine singular (inflected:
// chino -> china, chinos, chinas) | English extras.
// `*` ends a stem that takes any short ending (китайц* -> китайцы, китайцев); `a(b|c)` expands to ab, ac.
// Arabic adjectives (nisba) are derived from the Arabic names, Chinese uses the names attributively.
export const DEMONYMS = `
AF | афганск | афганец, афганц* | afghanisch | Afghane, Afghanen | afgano | Afghans
AL | албанск | албанец, албанц* | albanisch | Albaner | albanés |
DZ | алжирск | алжирец, алжирц* | algerisch | Algerier | argelino |
AO | ангольск | | angolanisch | | angoleño |
AR | аргентинск | аргентинец, аргентинц* | argentinisch | Argentinier | argentino | Argentinian
AM | армянск | армянин, армян* | armenisch | Armenier | armenio |
AU | австралийск | австралиец, австралийц* | australisch | Australier | australiano | Aussie
AT | австрийск | австриец, австрийц* | österreichisch | Österreicher | austriaco |
AZ | азербайджанск | азербайджанец, азербайджанц* | aserbaidschanisch | Aserbaidschaner | azerbaiyano | Azeri, Azerbaijani
BH | бахрейнск | | bahrainisch | | bareiní |
BD | бангладешск | | bangladeschisch | | bangladesí |
BY | белорусск | белорус* | belarussisch, weißrussisch | Belarussen | bielorruso | Belarusian
BE | бельгийск | бельгиец, бельгийц* | belgisch | Belgier | belga |
BJ | бенинск | | beninisch | | beninés |
BT | бутанск | | bhutanisch | | butanés |
BO | боливийск | боливиец, боливийц* | bolivianisch | Bolivianer | boliviano |
BA | боснийск | | bosnisch | Bosnier | bosnio |
BW | ботсванск | | botsuanisch | | botsuano |
BR | бразильск | бразилец, бразильц* | brasilianisch | Brasilianer | brasileño |
BN | брунейск | | bruneiisch | | bruneano |
BG | болгарск | болгарин, болгар* | bulgarisch | Bulgaren | búlgaro |
BF | буркинийск | | burkinisch | | burkinés |
BI | бурундийск | | burundisch | | burundés |
KH | камбоджийск | | kambodschanisch | | camboyano |
CM | камерунск | | kamerunisch | | camerunés |
CA | канадск | канадец, канадц* | kanadisch | Kanadier | canadiense |
CF | центральноафриканск | | zentralafrikanisch | | centroafricano |
TD | чадск | | tschadisch | | chadiano |
CL | чилийск | чилиец, чилийц* | chilenisch | Chilenen | chileno |
CN | китайск | китаец, китайц* | chinesisch | Chinese, Chinesen, Chinesin | chino | Sino
CO | колумбийск | колумбиец, колумбийц* | kolumbianisch | Kolumbianer | colombiano |
CR | костариканск | | costa-ricanisch | | costarricense |
HR | хорватск | хорват* | kroatisch | Kroaten | croata | Croat, Croats
CU | кубинск | кубинец, кубинц* | kubanisch | Kubaner | cubano |
CY | кипрск | киприот* | zyprisch | Zyprer | chipriota |
CZ | чешск | | tschechisch | Tschechen | checo |
DK | датск | датчан* | dänisch | Dänen | danés | Dane, Danes
DO | доминиканск | | dominikanisch | | dominicano |
EC | эквадорск | | ecuadorianisch | | ecuatoriano | Ecuadorian
EG | египетск | египтян* | ägyptisch | Ägypter | egipcio |
SV | сальвадорск | | salvadorianisch | | salvadoreño | Salvadorean
GQ | экваториальногвинейск | | äquatorialguineisch | | ecuatoguineano |
ER | эритрейск | | eritreisch | | eritreo |
EE | эстонск | эстонец, эстонц* | estnisch | Esten | estonio |
SZ | эсватинийск, свазилендск | | eswatinisch, swasiländisch | | suazi |
ET | эфиопск | эфиоп* | äthiopisch | Äthiopier | etíope |
FJ | фиджийск | | fidschianisch | | fiyiano |
FI | финск, финляндск | финн* | finnisch | Finnen | finlandés | Finn, Finns
FR | французск | француз* | französisch | Franzose, Franzosen, Französin | francés | Franco
GA | габонск | | gabunisch | | gabonés |
GM | гамбийск | | gambisch | | gambiano |
GE | грузинск | грузин* | georgisch | Georgier | georgiano |
DE | немецк, германск | немец, немц* | deutsch | Deutsche, Deutschen, Deutscher | alemán |
GH | ганск | | ghanaisch | Ghanaer | ghanés | Ghanian
GR | греческ | грек* | griechisch | Griechen | griego |
GT | гватемальск | | guatemaltekisch | | guatemalteco |
GN | гвинейск | | guineisch | | guineano |
GY | гайанск | | guyanisch | | guyanés |
HT | гаитянск | гаитян* | haitianisch | | haitiano |
HN | гондурасск | | honduranisch | | hondureño |
HK | гонконгск | | hongkonger | Hongkonger | hongkonés | Hong Kongers
HU | венгерск | венгр* | ungarisch | Ungarn | húngaro |
IS | исландск | исландц* | isländisch | Isländer | islandés | Icelandic
IN | индийск | индиец, индийц* | indisch | Inder | indio | Indians
ID | индонезийск | | indonesisch | Indonesier | indonesio |
IR | иранск | иранец, иранц* | iranisch | Iraner | iraní | Persian
IQ | иракск | иракец, иракц* | irakisch | Iraker | iraquí |
IE | ирландск | ирландец, ирландц* | irisch | Iren | irlandés | Irishman
IL | израильск | израильтян* | israelisch | Israeli, Israelis | israelí |
IT | итальянск | итальянец, итальянц* | italienisch | Italiener | italiano |
CI | ивуарийск | | ivorisch | | marfileño |
JM | ямайск | | jamaikanisch | | jamaicano |
JP | японск | японец, японц* | japanisch | Japaner | japonés |
JO | иорданск | | jordanisch | Jordanier | jordano |
KZ | казахстанск, казахск | казах, казахи, казахов | kasachisch | Kasachen | kazajo | Kazakh, Kazakhs
KE | кенийск | кениец, кенийц* | kenianisch | Kenianer | keniano |
KW | кувейтск | | kuwaitisch | | kuwaití |
KG | киргизск, кыргызск | | kirgisisch | | kirguís | Kyrgyz
LA | лаосск | | laotisch | | laosiano | Lao
LV | латвийск, латышск | латыш* | lettisch | Letten | letón |
LB | ливанск | ливанц* | libanesisch | Libanesen | libanés |
LR | либерийск | | liberianisch | | liberiano |
LY | ливийск | ливиец, ливийц* | libysch | Libyer | libio |
LT | литовск | литовц* | litauisch | Litauer | lituano |
LU | люксембургск | | luxemburgisch | | luxemburgués | Luxembourgish
MG | мадагаскарск, малагасийск | | madagassisch | | malgache |
MW | малавийск | | malawisch | | malauí |
MY | малайзийск | | malaysisch | | malasio |
MV | мальдивск | | maledivisch | | maldivo |
ML | малийск | | malisch | | maliense |
MT | мальтийск | | maltesisch | | maltés |
MR | мавританск | | mauretanisch | | mauritano |
MU | маврикийск | | mauritisch | | mauriciano |
MX | мексиканск | мексиканец, мексиканц* | mexikanisch | Mexikaner | mexicano |
MD | молдавск, молдовск | молдаван* | moldauisch | | moldavo |
MN | монгольск | монгол* | mongolisch | Mongolen | mongol |
ME | черногорск | | montenegrinisch | | montenegrino |
MA | марокканск | марокканец, марокканц* | marokkanisch | Marokkaner | marroquí |
MZ | мозамбикск | | mosambikanisch | | mozambiqueño |
MM | мьянманск, бирманск | | myanmarisch, birmanisch | | birmano |
NA | намибийск | | namibisch | | namibio |
NP | непальск | | nepalesisch | | nepalí | Nepali, Nepalis
NL | нидерландск, голландск | голландец, голландц*, нидерландц* | niederländisch, holländisch | Niederländer, Holländer | neerlandés, holandés | Dutchman
NZ | новозеландск | | neuseeländisch | Neuseeländer | neozelandés | Kiwis
NI | никарагуанск | | nicaraguanisch | | nicaragüense |
NE | нигерск | | nigrisch | | nigerino |
NG | нигерийск | нигериец, нигерийц* | nigerianisch | Nigerianer | nigeriano |
KP | северокорейск | | nordkoreanisch | Nordkoreaner | norcoreano |
KR | южнокорейск | | südkoreanisch | Südkoreaner | surcoreano |
MK | северомакедонск, македонск | | nordmazedonisch, mazedonisch | | macedonio |
NO | норвежск | норвеж* | norwegisch | Norweger | noruego |
OM | оманск | | omanisch | | omaní |
PK | пакистанск | пакистанец, пакистанц* | pakistanisch | Pakistaner | pakistaní, paquistaní |
PS | палестинск | палестинец, палестинц* | palästinensisch | Palästinenser | palestino |
PA | панамск | | panamaisch | | panameño |
PG | папуа-новогвинейск | | papua-neuguineisch | | papú |
PY | парагвайск | | paraguayisch | | paraguayo |
PE | перуанск | перуанец, перуанц* | peruanisch | Peruaner | peruano | Peruvians
PH | филиппинск | филиппинец, филиппинц* | philippinisch | Philippiner | filipino | Filipina, Filipinos
PL | польск | поляк* | polnisch | Polen | polaco | Pole, Poles
PT | португальск | португалец, португальц* | portugiesisch | Portugiesen | portugués |
QA | катарск | | katarisch | Katarer | catarí |
RO | румынск | румын* | rumänisch | Rumänen | rumano |
RU | российск, русск | россиян* | russisch | Russe, Russen, Russin | ruso | Russo
RW | руандийск | | ruandisch | | ruandés |
SA | саудовск | саудовц* | saudisch, saudi-arabisch | Saudis | saudí, saudita | Saudi, Saudis
SN | сенегальск | | senegalesisch | | senegalés |
RS | сербск | серб, сербы, сербов | serbisch | Serben | serbio | Serb, Serbs
SL | сьерра-леонск | | sierra-leonisch | | sierraleonés |
SG | сингапурск | | singapurisch | | singapurense |
SK | словацк | словак* | slowakisch | Slowaken | eslovaco |
SI | словенск | словенец, словенц* | slowenisch | Slowenen | esloveno | Slovenian
SO | сомалийск | сомалиец, сомалийц* | somalisch | Somalier | somalí | Somalis
ZA | южноафриканск | | südafrikanisch | Südafrikaner | sudafricano |
SS | южносуданск | | südsudanesisch | | sursudanés |
ES | испанск | испанец, испанц* | spanisch | Spanier | español | Spaniard, Spaniards
LK | шри-ланкийск, ланкийск | | sri-lankisch | | ceilanés, esrilanqués |
SD | суданск | | sudanesisch | | sudanés |
SE | шведск | швед* | schwedisch | Schweden | sueco | Swede, Swedes
CH | швейцарск | швейцарец, швейцарц* | schweizerisch, schweizer | Schweizer | suizo |
SY | сирийск | сириец, сирийц* | syrisch | Syrer | sirio |
TW | тайваньск | тайванц* | taiwanisch | Taiwaner | taiwanés |
TJ | таджикск | таджик* | tadschikisch | Tadschiken | tayiko | Tajik, Tajiks
TZ | танзанийск | | tansanisch | | tanzano |
TH | таиландск, тайск | | thailändisch | Thailänder | tailandés |
TG | тоголезск | | togoisch | | togolés |
TN | тунисск | тунисц* | tunesisch | Tunesier | tunecino |
TR | турецк | турок, турки, турков | türkisch | Türke, Türken | turco | Turk, Turks
TM | туркменск | туркмен* | turkmenisch | | turcomano |
UG | угандийск | | ugandisch | | ugandés |
UA | украинск | украинец, украинц* | ukrainisch | Ukrainer | ucraniano |
AE | эмиратск | | emiratisch | | emiratí |
GB | британск | британц* | britisch | Brite, Briten | británico | Brit, Brits, Briton, Britons, Scottish, Welsh
US | американск | американец, американц* | amerikanisch, us-amerikanisch | Amerikaner | estadounidense, norteamericano | Americans
UY | уругвайск | уругваец, уругвайц* | uruguayisch | | uruguayo |
UZ | узбекск, узбекистанск | узбек* | usbekisch | Usbeken | uzbeko | Uzbek, Uzbeks
VE | венесуэльск | венесуэлец, венесуэльц* | venezolanisch | Venezolaner | venezolano |
VN | вьетнамск | вьетнамец, вьетнамц* | vietnamesisch | Vietnamesen | vietnamita |
YE | йеменск | йеменец, йеменц* | jemenitisch | Jemeniten | yemení | Yemenis
ZM | замбийск | | sambisch | | zambiano |
ZW | зимбабвийск | | simbabwisch | | zimbabuense |
XK | косовск | косовар* | kosovarisch | Kosovaren | kosovar | Kosovan
WS | самоанск | | samoanisch | | samoano |
`
