// Portuguese and Italian country adjectives (masculine singular; forms.ts inflects them: brasileiro ->
// brasileira, brasileiros, brasileiras; francese -> francesi). Format: `CC | Portuguese | Italian`,
// several spellings separated by commas.
export const DEMONYMS_PT_IT = `
AF | afegão, afegã, afegãos | afghano
AL | albanês | albanese
DZ | argelino | algerino
AO | angolano | angolano
AR | argentino | argentino
AM | armênio, arménio | armeno
AU | australiano | australiano
AT | austríaco | austriaco
AZ | azerbaijano | azero, azerbaigiano
BD | bengali | bengalese
BY | bielorrusso | bielorusso
BE | belga | belga
BO | boliviano | boliviano
BA | bósnio | bosniaco
BR | brasileiro | brasiliano
BG | búlgaro | bulgaro
BF | burquinense | burkinabé
CV | cabo-verdiano | capoverdiano
KH | cambojano | cambogiano
CM | camaronês | camerunense
CA | canadense, canadiano | canadese
CL | chileno | cileno
CN | chinês | cinese
CO | colombiano | colombiano
CD | congolês | congolese
KR | sul-coreano | sudcoreano
KP | norte-coreano | nordcoreano
HR | croata | croato
CU | cubano | cubano
DK | dinamarquês | danese
EC | equatoriano | ecuadoriano
EG | egípcio | egiziano
SV | salvadorenho | salvadoregno
ER | eritreu | eritreo
SK | eslovaco | slovacco
SI | esloveno | sloveno
ES | espanhol | spagnolo
US | norte-americano, estadunidense, americano | statunitense, americano
EE | estoniano, estónio | estone
ET | etíope | etiope
PH | filipino | filippino
FI | finlandês | finlandese
FR | francês | francese
GA | gabonês | gabonese
GE | georgiano | georgiano
GH | ganês | ghanese
GR | grego | greco
GT | guatemalteco | guatemalteco
GN | guineense | guineano
HT | haitiano | haitiano
NL | holandês, neerlandês | olandese
HN | hondurenho | honduregno
HU | húngaro | ungherese
IN | indiano | indiano
ID | indonésio | indonesiano
IR | iraniano | iraniano
IQ | iraquiano | iracheno
IE | irlandês | irlandese
IS | islandês | islandese
IL | israelense, israelita | israeliano
IT | italiano | italiano
JP | japonês | giapponese
JO | jordaniano | giordano
KZ | cazaque | kazako
KE | queniano | keniano
KW | kuwaitiano | kuwaitiano
LB | libanês | libanese
LY | líbio | libico
LT | lituano | lituano
LV | letão | lettone
MA | marroquino | marocchino
MX | mexicano | messicano
MZ | moçambicano | mozambicano
MD | moldavo | moldavo
MM | birmanês, mianmarense | birmano
NG | nigeriano | nigeriano
NE | nigerino | nigerino
NO | norueguês | norvegese
NZ | neozelandês | neozelandese
PK | paquistanês | pakistano
PS | palestino | palestinese
PA | panamenho | panamense
PY | paraguaio | paraguaiano
PE | peruano | peruviano
PL | polonês, polaco | polacco
PT | português | portoghese
QA | catariano | qatariota
GB | britânico | britannico
CZ | tcheco, checo | ceco
RO | romeno | rumeno
RU | russo | russo
RW | ruandês | ruandese
SA | saudita | saudita
SN | senegalês | senegalese
RS | sérvio | serbo
SG | singapurense | singaporiano
SY | sírio | siriano
SO | somali | somalo
LK | cingalês | singalese
ZA | sul-africano | sudafricano
SD | sudanês | sudanese
SE | sueco | svedese
CH | suíço | svizzero
TH | tailandês | thailandese
TW | taiwanês | taiwanese
TZ | tanzaniano | tanzaniano
TN | tunisiano | tunisino
TR | turco | turco
UA | ucraniano | ucraino
UG | ugandense | ugandese
UY | uruguaio | uruguaiano
UZ | uzbeque | uzbeko
VA | vaticano | vaticano
VE | venezuelano | venezuelano
VN | vietnamita | vietnamita
YE | iemenita | yemenita
ZM | zambiano | zambiano
ZW | zimbabuano | zimbabwese
DE | alemão | tedesco
AE | emiradense, emiratense | emiratino
`
