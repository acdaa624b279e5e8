// Italian topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems (`*`); a short stem catches common words (regist* caught registrato), so spell those out.
export const TOPICS_IT = `
@politics
3: round di colloqui, round di negoziati, negoziati indiretti, colloqui indiretti, dialogo facilitato
3: ex assessore, ex assessora, ex consigliere regionale, ex senatore, ex senatrice, ex deputato, ex deputata, ex sottosegretario, ex viceministro, viceministro, sottosegretario
3: impone dazi, imporre dazi, imposto dazi, dazi di ritorsione, dazi punitivi
3: accordo di pace, accordi di pace, negoziati di pace, trattative di pace, colloqui di pace, processo di pace, trattato di pace, piano di pace, accordo di cessate il fuoco
3: ex premier, ex presidente, ex ministro, ex ministra, ex sindaco, ex governatore, oppositori
2: classe politica
3: vittoria elettorale, sconfitta elettorale
2: squadra di governo, squadra di giunta, partita politica
2: regionali, amministrative, comunali, lega, senato, camera dei deputati, decreto*, pd, giunta, governatore, governatrice, meloni, schlein, mattarella
3: elezioni politiche, elezioni amministrative, elezioni europee, primo turno, secondo turno, presidente eletto, vicepresident*, capo dello stato, capo del governo, casa bianca, cremlino, eliseo, consiglio di sicurezza, assemblea generale dell'onu, g7, g20, estrema destra, estrema sinistra, centrodestra, centrosinistra, campo largo, fratelli d'italia, forza italia, partito democratico, movimento 5 stelle, m5s, italia viva, avs, sondaggi*, dpcm, legge di bilancio, premierato, autonomia differenziata, consiglio regionale
3: elezion*, elettora*, elettori, votazion*, referendum, parlament*, legislativ*, presidenzial*, deputat*, senato*, senator*, diplomazia, diplomatic*, farnesina, dimission*, presidente del consiglio, premier, coalizione, campagna elettorale, colpo di stato, ambasciat*, sanzioni, palazzo chigi, quirinale, montecitorio, camera dei deputati, consiglio dei ministri, mozione di sfiducia, ballottaggio, urne, vertice*
2: governo*, opposizion*, candidat*, mandato*, costituzion*, ministr*, president*, partit*, politic*, riform*, legge, leggi, disegno di legge, sindac*, voto, voti, maggioranza
1: autorità, accordo*, negoziat*, incontro*, visita*
@conflict-war-peace
3: autobomba, autobombe, kamikaze
3: islamist*, attentato terroristico, attentati terroristici
3: accordi di pace, colloqui di pace, trattato di pace, piano di pace, accordo di cessate il fuoco
3: corsa agli armamenti, corsa al riarmo, arsenale nucleare, testate nucleari
3: missile da crociera, missili da crociera
2: raid, bombardier*, insurrezione
3: operazione militare, offensiva di terra, linea del fronte, territori occupati, annession*, cecchin*, mine antiuomo, difesa aerea, contraerea, attacchi con droni, carri armati, aerei da combattimento, portaerei, sottomarin*, aiuti militari, invio di armi, prigionieri di guerra, scambio di prigionieri, caschi blu, forza di pace, missione unifil, unifil, zona smilitarizzata, accordo di pace, negoziati di pace, trattative di pace, processo di pace, hezbollah, hamas, houthi, talebani, stato islamico, isis, al qaeda, wagner, nato
3: guerra*, cessate il fuoco, tregua, bombardament*, missil*, truppe, soldati, militar*, esercit*, forze armate, ribell*, insorti, jihadist*, terroris*, ostaggi, invasione, ostilità, milizi*, paramilitar*, conflitto armato, raid aere*, attacco aereo, attacchi aerei, offensiva militare
2: attacc*, fronte, drone*, droni, difesa, conflitt*, combatt*, armi, morti, feriti, offensiva*
@crime-law-justice
2: pesca illegale
3: auto pirata, pirata della strada, omissione di soccorso
0: nessun arrestato, nessun arresto, nessun fermato, senza arresti
2: test del dna, esame del dna, prova del dna, traccia di dna, tracce di dna
2: direttore della polizia, direttore di polizia
3: squadra mobile
2: cauzione, riesame, clan, boss, domiciliari, carabinieri, questura, questore, guardia di finanza, indagato*, indagata, indagati
3: condannato a, condannata a, custodia cautelare, arresti domiciliari, libertà vigilata, corte d'appello, tribunale del riesame, gip, gup, procuratore capo, procuratrice, dda, direzione distrettuale antimafia, antimafia, interpol, europol, criminalità organizzata, cosca*, latitante*, traffico di droga, tratta di esseri umani, scafist*, estorsion*, ricatt*, contraffazion*, incendio doloso, rapin*, stupr*, abusi sessuali, pedofili*, cpi, corte penale internazionale, mandato d'arresto, mandato di cattura, squadra mobile, omicidio volontario, omicidio colposo
2: fermat*, multa*, sanzione*, consiglio di stato
3: tribunal*, process* per, giudice*, giudici, condannat*, carcer*, arrestat*, arresto*, omicidi*, procura*, pubblico ministero, pm, frode*, corruzione, tangent*, riciclaggio, rapina*, furto*, ladri, ladro, narcotraffico, spacciat*, cocaina, mafia*, camorra*, 'ndrangheta, cosa nostra, criminal*, reato*, reati, imputat*, indagat*, assolt*, cassazione, corte d'assise, sequestr*, sparatoria*, femminicidi*, stupro*, violenza sessuale, corte costituzionale, consulta, illegittim*
2: pena*, giustizia, polizia*, carabinieri, indagin*, condann*, avvocat*, traffico*, droga*, sospett*, accusat*, corte, corti, sentenza*, inchiesta*
@disaster-accident-emergency
3: voragine, voragini, durante un'immersione, durante l'immersione
3: atterrato d'emergenza, atterraggio d'emergenza, precipitato per
3: atterraggio di emergenza, uscito di pista, attacco di squalo
3: insicurezza alimentare, carestia
2: epidemi*, focolai*
3: tifone, tornado*
3: emergenza sanitaria, stato di emergenza, stato di calamità
2: squadra di soccorso
2: scosse, sismic*, tamponamento*, ribaltat*, barcone, macerie
3: magnitudo, epicentro, sciame sismico, colata di fango, esplosione di gas, fuga di gas, crollo di un palazzo, crollo del ponte, incidente industriale, incidente stradale, incidente aereo, maxi-tamponamento, naufragio*, annegat*, annegamento*, croce rossa, mezzaluna rossa, protezione civile, calamità naturale, stato di calamità, bilancio delle vittime, numero dei morti, incidente sul lavoro, incidenti sul lavoro, morti sul lavoro
3: terremoto*, sisma*, scossa di terremoto, tsunami*, alluvion*, inondazion*, esondazion*, frana*, crollo*, incendi*, eruzion*, vulcano*, incidente*, naufragi*, disastro*, catastrof*, tragedia*, soccorso alpino, soccorritori, vigili del fuoco, protezione civile, sfollat*, dispersi, sopravvissut*, uragano*, ciclone*, valanga*, deragliament*, esplosione*, maltempo
2: soccors*, vittime, morti, feriti, emergenza*, evacua*, tempesta*, distrutt*, danni, salvat*
@economy-business-finance
2: autobus elettrici, vaporetti, treni
3: impone dazi, imporre dazi, imposto dazi, dazi di ritorsione, dazi punitivi
2: direttore finanziario
2: borsa, rendimenti, rating, semestrale, mutui, mutuo, eni, enel, unicredit, istat, bce
3: piazza affari, ftse mib, wall street, nasdaq, dow jones, s&p 500, btp, titoli di stato, svalutazione, tasso di cambio, prezzi al consumo, guerra commerciale, libero scambio, accordo commerciale, crescita economica, deficit pubblico, debito pubblico, agenzia di rating, moody's, fitch, standard & poor's, fallimento*, bancarott*, risultati trimestrali, bilancio annuale, amministratore delegato, ad del gruppo, azionisti, fondo d'investimento, immobiliar*, mercato immobiliare, prezzo del petrolio, prezzo del gas, caro bollette, case automobilistiche, casa automobilistica, compagnia aerea, utile netto, perdita netta, stellantis, unicredit, intesa sanpaolo, mps, mediobanca, pnrr, consob, bankitalia, banca d'italia
2: concorrenza, gara d'appalto, appalto, appalti
3: antitrust, concorrenza sleale, posizione dominante
3: economi*, inflazione, tassi di interesse, tassi d'interesse, banca centrale, bce, pil, recessione, borsa di milano, piazza affari, ftse mib, spread, investitor*, utile, utili, fatturato, ricavi, dazi, esportazion*, importazion*, manovra, legge di bilancio, debito pubblico, tasse, imposte, fisco, fiscale, petrolio, privatizzazion*, fmi, fondo monetario internazionale, deficit, punti base, prezzi dell'energia, bollette, cassa integrazione, stabiliment*
2: mercat*, aziend*, impres*, societ*, commerci*, debito*, valut*, dollar*, euro, prezz*, gas, industri*, produzion*, miliardi, milioni, banca, banche, bancari*, crescita, vendite, investiment*, azioni, titoli
1: gruppo
@education
3: studenti stranieri
2: preside, presidi, laureat*, erasmus, supplenti, prima prova, seconda prova
3: scuola primaria, scuola secondaria, scuole superiori, scuola media, scuole medie, istituto tecnico, dirigente scolastico, dirigenti scolastici, rettor*, test invalsi, invalsi, dottorato, tesi di laurea, mensa scolastica, didattica a distanza, precari della scuola, esame di stato
3: scuol*, alunn*, studenti, studente, studentess*, insegnant*, docent*, professor*, istruzione, universit*, ateneo, atenei, politecnic*, maturità, anno scolastico, ministero dell'istruzione, ministero dell'università, iscritti, iscrizion*, lezion*, liceo, licei
2: corsi, esam*, formazion*, classe
3: corso di laurea, corsi di laurea
0: classe dirigente, classe media, classe operaia
@environment
0: costa d'avorio
3: fratturazione idraulica
3: sbiancamento dei coralli, barriera corallina, pesca illegale
3: xylella
3: cattura della CO2, anidride carbonica
3: ghiacciaio, permafrost, scioglimento dei ghiacci
2: orso, orsi, lupo, lupi, animalist*, discarica*
3: emissioni di carbonio, metano, cop28, cop29, cop30, accordo di parigi, vertice sul clima, obiettivi climatici, strato di ozono, pesca eccessiva, bracconag*, bracconier*, avorio, rinocer*, specie invasive, zone umide, rimboschimento, riforestazione, pannelli solari, pale eoliche, parco eolico, pompe di calore, centrali a carbone, fracking, acque reflue, depuratore, microplastiche, rifiuti tossici, sversamento di petrolio, marea nera, ambientalist*, attivisti per il clima, ultima generazione, greenpeace, wwf, legambiente, lipu
3: clima*, climatic*, riscaldamento globale, emission*, carbonio, inquinament*, deforestazione, biodiversità, ambiente, ambiental*, ecologic*, rinnovabil*, energia solare, fotovoltaic*, eolic*, riciclo, plastica, specie a rischio, estinzione, effetto serra, ghiacciai*, siccità, combustibili fossili
2: specie, foresta*, boschi, fauna, flora, acqua, fiume*, animali
@health
2: direttore sanitario, campioni di sangue
2: nazionale di sanità
2: depressione, 118
3: leucemi*, alzheimer, parkinson, chemioterapi*, trapiant*, antibiotic*, infarto*, ictus, autismo, ambulanz*, terapia intensiva, rianimazione, epatite, meningite, fumo passivo, tabagismo, sigaretta elettronica, obesità infantile, suicidi*, casa farmaceutica, case farmaceutiche, sperimentazione clinica, studio clinico, aifa, oms, organizzazione mondiale della sanità, mortalità infantile, aspettativa di vita, servizio sanitario nazionale, ssn, liste d'attesa, medici di base, medico di famiglia, asl, guardia medica, immunoterapi*
3: sanità, sanitari*, ospedal*, medic*, infermier*, pazienti, malatti*, virus, vaccin*, epidemi*, pandemi*, cancro, tumor*, influenza, covid*, malaria, morbillo, farmac*, chirurg*, pronto soccorso, ministero della salute, contagi*, infezion*, diabete, obesità, salute mentale, tubercolosi, hiv, aids, mpox, colera, salute
2: cure, terapi*, casi, ricoverat*, ricover*
@human-interest
2: ritrovat*, neonat*, virale, curiosità, emozionat*, nipotini, torta, festeggiat*, canile, gattile
3: commovente ritrovamento, buona azione, gesto di solidarietà, l'uomo più anziano, la donna più anziana, la persona più anziana, supercentenari*, quattro gemelli, tre gemelli, proposta di matrimonio, luna di miele, cane smarrito, gatto smarrito, è diventato virale, bisnonn*, compie 100 anni, compie 110 anni
3: centenari*, curios*, commovente*, compleanno*, cane, cani, gatto*, animale domestico, ritrovat*, lotteria, superenalotto, nonna, nonno, nonni
@labour
3: lavoro minorile
3: lavoratori domestici, lavoratrici domestiche, lavoro domestico
3: lavoratori stranieri
0: sciopero della fame
2: rider, straordinari, caporali, uil, ugl
3: sindacalist*, sciopero generale, picchett*, aumenti salariali, rinnovo del contratto, rinnovo contrattuale, contratto collettivo, congedo di maternità, congedo parentale, età pensionabile, riforma delle pensioni, quota 100, quota 103, licenziamenti collettivi, esuberi, disoccupati, mercato del lavoro, carenza di manodopera, tasso di disoccupazione, lavoro nero, caporalato, sicurezza sul lavoro, jobs act, fiom, precettazione, smart working, lavoro agile, cassa integrazione
3: sciopero*, scioper*, sindacat*, sindacal*, lavorator*, salari*, stipendi*, salario minimo, occupazion*, disoccupazion*, licenziament*, pensione*, pension*, orario di lavoro, condizioni di lavoro, contratto nazionale, cgil, cisl, cassa integrazione, esuberi, operai
2: lavoro, dipendenti, personale, posti di lavoro
@lifestyle-leisure
2: pizzeria, pizzerie, tartufo, tartufi, sushi, ramen, mercato coperto
3: festival della birra, birrifici, birrificio
2: viaggiatori, cantina*, spa, terme, arredamento, ricetta, ricette, rifugio, rifugi, sagra, sagre, sfilat*, profum*, cosmetic*
0: velocità di crociera
3: guida turistica, stagione turistica, overtourism, turismo di massa, crocier*, nave da crociera, navi da crociera, stazione sciistica, impianti sciistici, parco divertimenti, stella michelin, stelle michelin, guida michelin, chef stellato, cibo di strada, street food, degustazion*, vigneti, birra artigianale, settimana della moda, milano fashion week, alta moda, meditazione, agriturismo, agriturismi
3: vacanz*, turismo, ricett*, gastronomi*, moda, bellezza, benessere, tempo libero, escursionist*, alberg*, spiaggi*, vini, settimana della moda
2: viaggi*, cucina*, hotel*, turist*, ristorant*, vino
@religion
2: natale, parrocchi*, angelus, cei, basilica, basiliche, suora, suore
3: conclave, santa sede, papa francesco, papa leone, cardinali, anglican*, protestant*, pentecostal*, sciit*, sunnit*, la mecca, medina, eid, hanukkah, pesach, sikh*, dalai lama, quaresima, messa di natale, libertà religiosa, abusi nella chiesa, beatificazion*, beatificat*, cattedral*, monaster*, arcidiocesi, porta santa, anno santo, piazza san pietro, conferenza episcopale
3: papa, pontefice, vaticano, santa sede, moschea*, imam, musulman*, islam*, cristian*, cattolic*, vescov*, arcivescov*, sacerdot*, prete, preti, cardinal*, religi*, fedeli, preghier*, pellegrin*, ramadan, pasqua, sinagog*, ebre*, ebraic*, evangelic*, canonizza*, santo, santa, messa, diocesi, clero, giubileo, conclave, udienza, chiesa
2: fede, papale
@science-technology
1: dna
2: fisici, biologi, chimici, geologi, matematici, cometa, comete, 5g
3: rivista nature, rivista science, studio pubblicato, apprendimento automatico, chatbot, data center, cybersicurezza, sicurezza informatica, attacco hacker, attacchi hacker, computer quantistico, cern, agenzia spaziale, exoplanet*, buco nero, meteorit*, dinosaur*, paleontolog*, archeolog*, cellule staminali, editing genetico, crispr, clonazione, fibra ottica, starlink, auto elettrica, auto elettriche, veicoli elettrici
3: scienziat*, scientific*, ricercator*, ricerca scientifica, spazial*, nasa, esa, sonda*, astronaut*, pianet*, razzo, razzi, satellit*, telescopi*, astronom*, intelligenza artificiale, tecnologi*, software, robot*, quantistic*, computer, internet, social network, social media, piattaform*, laborator*, semicondutt*, scoperta*, genoma, fossil*, cnr, infn
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: ricerca, ricerche, studio, studi, dati, chip, innovazion*, app
@society
2: studenti stranieri, lavoratori stranieri
3: cittadinanza per discendenza
3: badante, badanti
2: stranieri, cittadinanza, ius soli, ius scholae, doppia cittadinanza
2: profughi, clandestin*, affitti, rsa, solitudine, minoranze, accoglienza
3: divario salariale, violenza di genere, matrimonio forzato, lavoro minorile, orfan*, campo profughi, campi profughi, immigrazione irregolare, permesso di soggiorno, ricongiungimento familiare, case popolari, edilizia popolare, emergenza abitativa, caro affitti, banco alimentare, mensa dei poveri, case di riposo, transgender, diritti delle donne, schiavitù, censimento, reddito di cittadinanza, assegno di inclusione, senza fissa dimora
3: migrant*, migrazion*, immigra*, rifugiat*, asilo politico, richiedenti asilo, deportat*, deportazion*, rimpatri*, diritti umani, matrimonio egualitario, unioni civili, lgbt*, omofobia, parità di genere, discriminazion*, razzismo, povertà, abitativ*, disuguaglianz*, demografic*, natalità, femminis*, violenza domestica, violenza sulle donne, aborto, senzatetto, disabilità, sbarchi, sbarco
2: società, social*, umanitari*, popolazione, famiglie, giovani, comunità
@sport
2: recupero, pareggio, derby, tifosi, tifoseria, juventus, inter, milan, napoli, lazio, atalanta, fiorentina, san siro, allenatore, mister, bianconer*, nerazzurr*, rossoner*, giallorossi, vela, atletica, doppietta, tripletta, esonero, esonerat*
3: calciatori, calciomercato, mercato estivo, retrocession*, retrocess*, promozione in serie a, classifica di serie a, serie b, calcio d'inizio, tempi supplementari, calci di rigore, cartellino rosso, cartellino giallo, coppa davis, roland garros, us open, australian open, wimbledon, internazionali d'italia, tappa del giro, maglia rosa, sci alpino, slalom, discesa libera, biathlon, pattinaggio artistico, hockey su ghiaccio, nba, nfl, ufc, judo, scherma, canottaggio, velocist*, paralimpic*, campione del mondo, campionessa del mondo, medaglia d'oro, medaglia d'argento, medaglia di bronzo, pallone d'oro, coppa italia, europa league, conference league
0: partita iva, partite iva, gara d'appalto
3: calcio, campionato*, coppa del mondo, mondiali di calcio, giochi olimpici, olimpiad*, olimpic*, torneo*, allenator*, calciator*, semifinal*, quarti di finale, gol, serie a, champions league, sei nazioni, tennis, tennist*, basket, pallavolo, volley, rugby, ciclismo, giro d'italia, formula 1, maratona*, atlet*, medagli*, rigori, attaccant*, portier*, centrocampist*, nazionale di calcio, nazionale di rugby, nazionale italiana, fifa, uefa, motogp
2: nazionale, finale, finali, squadra*, stadi*, partita*, vittoria*, sconfitt*, club, campione, campioni, titolo*, giocator*, match
@weather
3: acqua alta
2: maree
3: tromba d'aria, trombe d'aria
3: ciclone*, uragan*, tifone, tornado*, alluvion*, inondazion*, esondazion*
2: gelo, nebbia, temporali, fulmini, afa
3: previsioni del tempo, meteorologi, aeronautica militare, anticiclone africano, temperature sotto zero, nevicate, tempesta di vento, allerta gialla, allerta meteo, grandinata*, giornata più calda, record di caldo, record di temperatura, mareggiat*, ciclone mediterraneo, medicane, el niño, la niña, ondata di maltempo, bollino rosso, caldo africano
3: ondata di calore, temperatur*, piogge, pioggia, nevicat*, neve, temporal*, grandine, meteo, previsioni meteo, meteorolog*, siccità, ondata di freddo, gelate, allerta meteo, allerta rossa, allerta arancione, bufera*, nubifragi*, maltempo, anticiclone, perturbazion*, bora
2: caldo, freddo, vento*, gradi, previsioni
@arts-culture-entertainment
3: liutaio, liutai, liuteria, fotogiornalismo
2: restauro, restauri, violino, violini
2: trailer, coro, rap, band, editore, memorie, musical, comico, comici, fotografo, fotografa, fotografi, murales, pellicola, cast, regia
3: lungometraggio, cortometraggio, sceneggiatur*, sceneggiator*, biopic, colonna sonora, compositor*, pianist*, violinist*, jazz, hip hop, rock band, cantautor*, tournée, tour mondiale, premio nobel per la letteratura, premio strega, bestseller, casa editrice, drammaturg*, reality show, programma tv, talk show, videogioc*, fumett*, manga, fiera d'arte, pittor*, street art, patrimonio dell'umanità, patrimonio unesco, beni culturali, leone d'oro, leone d'argento, palma d'oro, orso d'oro, festival di cannes, mostra del cinema di venezia, david di donatello, nastri d'argento, scala di milano, teatro alla scala
0: opere pubbliche, una serie di, serie di, direttore dell'agenzia, direttrice dell'agenzia, direttore del personale
3: film, cinema*, attor*, attric*, regista, registi, regia, music*, cantant*, album, canzon*, concerto*, concerti, festival*, artist*, muse*, mostra del cinema, mostra d'arte, pittur*, dipint*, romanz*, scrittor*, scrittric*, teatro*, opera lirica, orchestr*, balletto, danza, unesco, patrimonio culturale, uffizi, biennale, sanremo, oscar, colonna sonora, galleria*, gallerie
2: arte, cultura*, cultural*, serie, autor*, televisione, direttor*, anteprima*, mostra, mostre, opera, opere, libro, libri, visitatori
0: direttore generale, direttrice generale
`
