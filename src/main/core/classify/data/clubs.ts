// Football and basketball clubs that stand for their country in sports news ("Benfica beat Barcelona"): a club
// is its country's team, weighed like a city. Only names that are not common words or places elsewhere
// (no "Arsenal", "Celtic", "Rangers", "Inter", "Santos"); clubs named after their city are matched as the city.
// Format as in places.ts.
export const CLUBS = `
ES: LaLiga/La Liga; Atlético de Madrid/Atletico Madrid/Atlético Madrid; Athletic Bilbao/Athletic Club; Real Sociedad; Real Betis; レアル・マドリード/レアル/レアル・ソシエダ/アトレティコ・マドリード
PT: Benfica/Бенфика/本菲卡; Sporting CP/Sporting Lisbon/Sporting de Lisboa; FC Porto; SL Benfica/ベンフィカ; Sporting de Braga/SC Braga; FC Porto/FCポルト
IT: Internazionale/Inter Milan/Inter Milano/l'Inter/dell'Inter/all'Inter/Интер/国际米兰; AC Milan/Милан/AC米兰; Napoli/Наполи/那不勒斯; AS Roma; Lazio; Atalanta; Fiorentina; ACミラン/インテル/ユベントス/ナポリ; Juventus/Juve/Ювентус/尤文图斯/يوفنتوس; Settebello
DE: Borussia Dortmund/Боруссия; Bayer Leverkusen/Leverkusen; RB Leipzig; Bayern Munich/FC Bayern/Bayern München/Bayern Monaco/Bayern de Munique/Bayern de Múnich/Бавария; Hamburger SV; VfB Stuttgart; Werder Bremen; Schalke 04/FC Schalke; Eintracht Frankfurt; SC Freiburg; FC Augsburg; Bundesliga/Бундеслига/德甲/ブンデスリーガ
FR: Paris Saint-Germain/PSG/巴黎圣日耳曼; Olympique de Marseille/Olympique Lyonnais; Ligue 1; l'OM/de l'OM/Olympique Marseille/Olympique de Marselha/OGC Nice/AS Monaco FC; Ligue 1
GB: Chelsea FC; Tottenham Hotspur/Tottenham; Manchester United/Manchester City/Манчестер Юнайтед/Манчестер Сити/曼联/曼城; Liverpool FC; Aston Villa; Newcastle United; Chelsea/Челси/切尔西/تشيلسي/チェルシー; Arsenal FC; Celtic FC/セルティック; Rangers FC; Premier League/プレミアリーグ/英超
BR: Flamengo/Фламенго/弗拉门戈; Palmeiras/Палмейрас; Corinthians; Fluminense; São Paulo FC; Brasileirão; Grêmio/Gremio; Botafogo; Atlético Mineiro/Atlético-MG; Cruzeiro/Крузейро; Vasco da Gama FC; パルメイラス/フラメンゴ/بالميراس/فلامنغو/فلومينينسي; Série A do Brasileiro/Brasileirão Série A
BE: Union Saint-Gilloise/Union SG/Royale Union Saint-Gilloise; Anderlecht; Club Brugge/Club Brügge/FC Bruges
HU: Ferencváros/Ferencvaros
PY: Cerro Porteño
AR: River Plate/Ривер Плейт/河床; Boca Juniors/Бока Хуниорс/博卡青年; Racing Club/Racing de Avellaneda; Estudiantes de La Plata; Vélez Sarsfield; Talleres de Córdoba
NL: Eredivisie; Ajax/Аякс/阿贾克斯/أياكس/アヤックス; PSV/Feyenoord/Фейеноорд
TR: Galatasaray/Галатасарай/加拉塔萨雷; Fenerbahçe/Fenerbahce/Фенербахче; Beşiktaş/Besiktas
RU: Зенит/«Зенит»/Zenit St Petersburg; «Спартак»/Spartak Moscow; ЦСКА/CSKA Moscow
EG: الأهلي المصري/Al Ahly/الزمالك/Zamalek; Pyramids FC/Pyramids/بيراميدز
MA: الوداد/Wydad/الرجاء/Raja Casablanca
SA: الهلال السعودي/Al Hilal/Al-Hilal/النصر السعودي/Al Nassr/Al-Nassr; アルヒラル/アルナスル/الاتحاد السعودي
KZ: «Барыс»/«Барыса»/«Барысу»/«Барысом»/Барыс Астана/Barys Astana; «Кайрат»/Kairat Almaty
BY: минское «Динамо»/«Динамо» Минск/Dinamo Minsk/Dynamo Minsk/БАТЭ/BATE Borisov
UY: Peñarol/Penarol/Пеньяроль/佩纳罗尔/ペニャロール; Liverpool de Montevideo; Nacional de Montevideo
EC: Independiente del Valle; Liga de Quito/LDU Quito; Barcelona de Guayaquil/Barcelona SC
CO: Independiente Santa Fe; Atlético Nacional; Millonarios; América de Cali; Deportivo Cali
CL: Colo-Colo/Colo Colo; Audax Italiano; Unión Española; Universidad Católica
HN: Real España; Motagua
MX: Club América/América de México; Cruz Azul; Tigres UANL/Tigres; Chivas/Chivas de Guadalajara; Pumas UNAM; Liga MX
US: Dodgers/ドジャース/道奇; Yankees/ヤンキース/洋基; Inter Miami/インテル・マイアミ/迈阿密国际; MLS
CA: Blue Jays/ブルージェイズ/蓝鸟
TN: Espérance de Tunis/Espérance sportive de Tunis/الترجي التونسي/الترجي الرياضي; Étoile du Sahel/النجم الساحلي; Club Africain/النادي الإفريقي
DZ: CR Belouizdad/Chabab Belouizdad/شباب بلوزداد; JS Kabylie/شبيبة القبائل; MC Alger/مولودية الجزائر; USM Alger/اتحاد العاصمة
SD: الهلال السوداني/Al-Hilal Omdurman/المريخ السوداني/Al-Merrikh
AE: Al Ain FC/العين الإماراتي/Shabab Al Ahli/شباب الأهلي
MA: RS Berkane/نهضة بركان; AS FAR/الجيش الملكي المغربي
JP: Jリーグ/J League/J1リーグ; 浦和レッズ/Urawa Reds; 川崎フロンターレ/Kawasaki Frontale; ヴィッセル神戸/Vissel Kobe; 横浜F・マリノス/Yokohama F. Marinos; 中日ドラゴンズ; 読売ジャイアンツ/巨人軍
KR: 蔚山/Ulsan HD/Ulsan Hyundai; Jeonbuk Hyundai/全北現代
CZ: Slavia Prag/Slavia Praha/Slavia Prague/Sparta Prag/Sparta Praha/Sparta Prague
GR: Olympiacos/Olympiakos/Olimpiakos/Olympiacos Piraeus/Олимпиакос/奥林匹亚科斯; Panathinaikos/Панатинаикос
ES: Alavés/Deportivo Alavés; Betis; Celta de Vigo; Osasuna; Rayo Vallecano; Villarreal
AR: Los Pumas
CN: 申花/上海申花/山东泰山/上海海港; 中超联赛
`
