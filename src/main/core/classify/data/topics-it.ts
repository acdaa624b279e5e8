// Italian topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems (`*`); a short stem catches common words (regist* caught registrato), so spell those out.
export const TOPICS_IT = `
@politics
3: elezion*, elettora*, elettori, votazion*, referendum, parlament*, legislativ*, presidenzial*, deputat*, senato*, senator*, diplomazia, diplomatic*, farnesina, dimission*, presidente del consiglio, premier, coalizione, campagna elettorale, colpo di stato, ambasciat*, sanzioni, palazzo chigi, quirinale, montecitorio, camera dei deputati, consiglio dei ministri, mozione di sfiducia, ballottaggio, urne, vertice*
2: governo*, opposizion*, candidat*, mandato*, costituzion*, ministr*, president*, partit*, politic*, riform*, legge, leggi, disegno di legge, sindac*, voto, voti, maggioranza
1: autorità, accordo*, negoziat*, incontro*, visita*
@conflict-war-peace
3: guerra*, cessate il fuoco, tregua, bombardament*, missil*, truppe, soldati, militar*, esercit*, forze armate, ribell*, insorti, jihadist*, terroris*, ostaggi, invasione, ostilità, milizi*, paramilitar*, conflitto armato, raid aere*, attacco aereo, attacchi aerei, offensiva militare
2: attacc*, fronte, drone*, droni, difesa, conflitt*, combatt*, armi, morti, feriti, offensiva*
@crime-law-justice
2: fermat*, multa*, sanzione*, consiglio di stato
3: tribunal*, process* per, giudice*, giudici, condannat*, carcer*, arrestat*, arresto*, omicidi*, procura*, pubblico ministero, pm, frode*, corruzione, tangent*, riciclaggio, rapina*, furto*, ladri, ladro, narcotraffico, spacciat*, cocaina, mafia*, camorra*, 'ndrangheta, cosa nostra, criminal*, reato*, reati, imputat*, indagat*, assolt*, cassazione, corte d'assise, sequestr*, sparatoria*, femminicidi*, stupro*, violenza sessuale, corte costituzionale, consulta, illegittim*
2: pena*, giustizia, polizia*, carabinieri, indagin*, condann*, avvocat*, traffico*, droga*, sospett*, accusat*, corte, corti, sentenza*, inchiesta*
@disaster-accident-emergency
3: terremoto*, sisma*, scossa di terremoto, tsunami*, alluvion*, inondazion*, esondazion*, frana*, crollo*, incendi*, eruzion*, vulcano*, incidente*, naufragi*, disastro*, catastrof*, tragedia*, soccorso alpino, soccorritori, vigili del fuoco, protezione civile, sfollat*, dispersi, sopravvissut*, uragano*, ciclone*, valanga*, deragliament*, esplosione*, maltempo
2: soccors*, vittime, morti, feriti, emergenza*, evacua*, tempesta*, distrutt*, danni, salvat*
@economy-business-finance
2: concorrenza, gara d'appalto, appalto, appalti
3: antitrust, concorrenza sleale, posizione dominante
3: economi*, inflazione, tassi di interesse, tassi d'interesse, banca centrale, bce, pil, recessione, borsa di milano, piazza affari, ftse mib, spread, investitor*, utile, utili, fatturato, ricavi, dazi, esportazion*, importazion*, manovra, legge di bilancio, debito pubblico, tasse, imposte, fisco, fiscale, petrolio, privatizzazion*, fmi, fondo monetario internazionale, deficit, punti base, prezzi dell'energia, bollette, cassa integrazione, stabiliment*
2: mercat*, aziend*, impres*, societ*, commerci*, debito*, valut*, dollar*, euro, prezz*, gas, industri*, produzion*, miliardi, milioni, banca, banche, bancari*, crescita, vendite, investiment*, azioni, titoli
1: gruppo
@education
3: scuol*, alunn*, studenti, studente, studentess*, insegnant*, docent*, professor*, istruzione, universit*, ateneo, atenei, politecnic*, maturità, anno scolastico, ministero dell'istruzione, ministero dell'università, iscritti, iscrizion*, lezion*, liceo, licei
2: corsi, esam*, formazion*, classe
3: corso di laurea, corsi di laurea
0: classe politica, classe dirigente, classe media, classe operaia
@environment
3: clima*, climatic*, riscaldamento globale, emission*, carbonio, inquinament*, deforestazione, biodiversità, ambiente, ambiental*, ecologic*, rinnovabil*, energia solare, fotovoltaic*, eolic*, riciclo, plastica, specie a rischio, estinzione, effetto serra, ghiacciai*, siccità, combustibili fossili
2: specie, foresta*, boschi, fauna, flora, acqua, fiume*, animali
@health
3: sanità, sanitari*, ospedal*, medic*, infermier*, pazienti, malatti*, virus, vaccin*, epidemi*, pandemi*, cancro, tumor*, influenza, covid*, malaria, morbillo, farmac*, chirurg*, pronto soccorso, ministero della salute, contagi*, infezion*, diabete, obesità, salute mentale, tubercolosi, hiv, aids, mpox, colera, salute
2: cure, terapi*, casi, ricoverat*, ricover*
@human-interest
3: centenari*, curios*, commovente*, compleanno*, cane, cani, gatto*, animale domestico, ritrovat*, lotteria, superenalotto, nonna, nonno, nonni
@labour
3: sciopero*, scioper*, sindacat*, sindacal*, lavorator*, salari*, stipendi*, salario minimo, occupazion*, disoccupazion*, licenziament*, pensione*, pension*, orario di lavoro, condizioni di lavoro, contratto nazionale, cgil, cisl, cassa integrazione, esuberi, operai
2: lavoro, dipendenti, personale, posti di lavoro
@lifestyle-leisure
3: vacanz*, turismo, ricett*, gastronomi*, moda, bellezza, benessere, tempo libero, escursionist*, alberg*, spiaggi*, vini, settimana della moda
2: viaggi*, cucina*, hotel*, turist*, ristorant*, vino
@religion
3: papa, pontefice, vaticano, santa sede, moschea*, imam, musulman*, islam*, cristian*, cattolic*, vescov*, arcivescov*, sacerdot*, prete, preti, cardinal*, religi*, fedeli, preghier*, pellegrin*, ramadan, pasqua, sinagog*, ebre*, ebraic*, evangelic*, canonizza*, santo, santa, messa, diocesi, clero, giubileo, conclave, udienza, chiesa
2: fede, papale
@science-technology
3: scienziat*, scientific*, ricercator*, ricerca scientifica, spazial*, nasa, esa, sonda*, astronaut*, pianet*, razzo, razzi, satellit*, telescopi*, astronom*, intelligenza artificiale, tecnologi*, software, robot*, quantistic*, computer, internet, social network, social media, piattaform*, laborator*, semicondutt*, scoperta*, genoma, dna, fossil*, cnr, infn
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: ricerca, ricerche, studio, studi, dati, chip, innovazion*, app
@society
3: migrant*, migrazion*, immigra*, rifugiat*, asilo politico, richiedenti asilo, rimpatri*, diritti umani, matrimonio egualitario, unioni civili, lgbt*, omofobia, parità di genere, discriminazion*, razzismo, povertà, abitativ*, disuguaglianz*, demografic*, natalità, femminis*, violenza domestica, violenza sulle donne, aborto, senzatetto, disabilità, sbarchi, sbarco
2: società, social*, umanitari*, popolazione, famiglie, giovani, comunità
@sport
0: partita iva, partite iva, squadra di governo, squadra di giunta, vittoria elettorale, sconfitta elettorale, partita politica, gara d'appalto, campioni di sangue
3: calcio, campionato*, coppa del mondo, mondiali di calcio, giochi olimpici, olimpiad*, olimpic*, torneo*, allenator*, calciator*, semifinal*, quarti di finale, gol, serie a, champions league, sei nazioni, tennis, tennist*, basket, pallavolo, volley, rugby, ciclismo, giro d'italia, formula 1, maratona*, atlet*, medagli*, rigori, attaccant*, portier*, centrocampist*, nazionale di calcio, nazionale di rugby, nazionale italiana, fifa, uefa, motogp
2: nazionale, finale, finali, squadra*, stadi*, partita*, vittoria*, sconfitt*, club, campione, campioni, titolo*, giocator*, match
0: squadra di soccorso, squadra mobile, nazionale di sanità
@weather
3: ondata di calore, temperatur*, piogge, pioggia, nevicat*, neve, temporal*, grandine, meteo, previsioni meteo, meteorolog*, siccità, ondata di freddo, gelate, allerta meteo, allerta rossa, allerta arancione, bufera*, nubifragi*, maltempo, anticiclone, perturbazion*, bora
2: caldo, freddo, vento*, gradi, previsioni
@arts-culture-entertainment
0: opere pubbliche, una serie di, serie di, direttore dell'agenzia, direttore della polizia, direttrice dell'agenzia, direttore sanitario, direttore del personale, direttore finanziario
3: film, cinema*, attor*, attric*, regista, registi, regia, music*, cantant*, album, canzon*, concerto*, concerti, festival*, artist*, muse*, mostra del cinema, mostra d'arte, pittur*, dipint*, romanz*, scrittor*, scrittric*, teatro*, opera lirica, orchestr*, balletto, danza, unesco, patrimonio culturale, uffizi, biennale, sanremo, oscar, colonna sonora, galleria*, gallerie
2: arte, cultura*, cultural*, serie, autor*, televisione, direttor*, anteprima*, mostra, mostre, opera, opere, libro, libri, visitatori
0: direttore generale, direttrice generale, direttore di polizia
`
