// Football and basketball clubs that stand for their country in sports news ("Benfica beat Barcelona"): a club
// is its country's team, weighed like a city. Only names that are not common words or places elsewhere
// (no "Arsenal", "Celtic", "Rangers", "Inter", "Santos"); clubs named after their city are matched as the city.
// Format as in places.ts.
export const CLUBS = `
ES: LaLiga/La Liga; Atlético de Madrid/Atletico Madrid/Atlético Madrid; Athletic Bilbao/Athletic Club; Real Sociedad; Real Betis
PT: Benfica/Бенфика/本菲卡; Sporting CP/Sporting Lisbon/Sporting de Lisboa; FC Porto
IT: Internazionale/Inter Milan/Inter Milano/l'Inter/dell'Inter/all'Inter/Интер/国际米兰; AC Milan/Милан/AC米兰; Napoli/Наполи/那不勒斯; AS Roma; Lazio; Atalanta; Fiorentina
DE: Borussia Dortmund/Боруссия; Bayer Leverkusen/Leverkusen; RB Leipzig; Bayern Munich/FC Bayern/Bayern München/Bayern Monaco/Bayern de Munique/Bayern de Múnich/Бавария
FR: Paris Saint-Germain/PSG/巴黎圣日耳曼; Olympique de Marseille/Olympique Lyonnais; Ligue 1
GB: Chelsea FC; Tottenham Hotspur/Tottenham; Manchester United/Manchester City/Манчестер Юнайтед/Манчестер Сити/曼联/曼城; Liverpool FC; Aston Villa; Newcastle United
BR: Flamengo/Фламенго/弗拉门戈; Palmeiras/Палмейрас; Corinthians; Fluminense; São Paulo FC; Brasileirão; Grêmio/Gremio; Botafogo; Atlético Mineiro/Atlético-MG
BE: Union Saint-Gilloise/Union SG/Royale Union Saint-Gilloise; Anderlecht; Club Brugge/Club Brügge/FC Bruges
HU: Ferencváros/Ferencvaros
PY: Cerro Porteño
AR: River Plate/Ривер Плейт/河床; Boca Juniors/Бока Хуниорс/博卡青年
NL: Eredivisie
TR: Galatasaray/Галатасарай/加拉塔萨雷; Fenerbahçe/Fenerbahce/Фенербахче; Beşiktaş/Besiktas
RU: Зенит/«Зенит»/Zenit St Petersburg; «Спартак»/Spartak Moscow; ЦСКА/CSKA Moscow
EG: الأهلي المصري/Al Ahly/الزمالك/Zamalek
MA: الوداد/Wydad/الرجاء/Raja Casablanca
SA: الهلال السعودي/Al Hilal/Al-Hilal/النصر السعودي/Al Nassr/Al-Nassr
`
