// Adjectives of a country's regions and cities, which the press of that language uses for its own country
// ("la polizia milanese", "a capital paulista", "el Gobierno madrileño", "la police lyonnaise", "bayerische
// Landesregierung", "подмосковный суд"). They weigh as a region. Surnames and words with another meaning are left
// out (lombardo, toscano, romano, bolognese, navarro, breton, mineiro, canario; trentina is
// also "about thirty"). Format: `CC | lang | adjectives`,
// masculine singular (French: masculine/feminine), inflected by forms.ts; Russian and German as stems.
export const REGIONAL_DEMONYMS = `
IT | it | milanese, napoletano, piemontese, torinese, friulano, altoatesino, valdostano, abruzzese, marchigiano, umbro, molisano, ligure, partenopeo, meneghino, capitolino, veneto, laziale
BR | pt | paulista, paulistano, carioca, gaúcho, baiano, pernambucano, cearense, paraense, amazonense, paranaense, goiano, capixaba, maranhense, potiguar, catarinense, brasiliense, sergipano, alagoano, piauiense, paraibano, mato-grossense
PT | pt | lisboeta, portuense, algarvio, madeirense, açoriano, alentejano, minhoto, transmontano
ES | es | madrileño, catalán, andaluz, valenciano, aragonés, asturiano, murciano, extremeño, balear, cántabro, barcelonés, sevillano, malagueño, bilbaíno, gaditano, alicantino, zaragozano
AR | es | porteño, bonaerense
MX | es | chilango, tapatío, regiomontano, jalisciense, michoacano, sinaloense
CO | es | bogotano, caleño, antioqueño
PE | es | limeño, cusqueño
BO | es | paceño, cruceño
EC | es | guayaquileño, quiteño
VE | es | caraqueño
CL | es | santiaguino
UY | es | montevideano
PY | es | asunceno
FR | fr | parisien/parisienne, marseillais/marseillaise, lyonnais/lyonnaise, toulousain/toulousaine, bordelais/bordelaise, niçois/niçoise, alsacien/alsacienne, provençal/provençale, lillois/lilloise, nantais/nantaise, strasbourgeois/strasbourgeoise, francilien/francilienne, grenoblois/grenobloise, rennais/rennaise, savoyard/savoyarde
DE | de | bayerisch, sächsisch, hessisch, badisch, schwäbisch, thüringisch, brandenburgisch, niedersächsisch, westfälisch, rheinisch, pfälzisch, fränkisch, saarländisch
RU | ru | московск, петербургск, подмосковн, сибирск, уральск, кубанск, дальневосточн, татарстанск, башкирск, камчатск, чеченск, дагестанск, нижегородск, екатеринбургск
`
