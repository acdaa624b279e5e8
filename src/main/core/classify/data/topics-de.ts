// German topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems; German builds compounds, so `~` lets a term end a longer word
// (~wahl* matches Parlamentswahl, Bundestagswahlen) and an open stem of 5+ letters may head one.
export const TOPICS_DE = `
@politics
2: bürgermeister*, oberbürgermeister*
3: ex-bürgermeister*, ehemaligen bürgermeister*, ehemalige bürgermeister*, ehemaliger bürgermeister, ex-abgeordnete*, ehemaligen abgeordneten, ehemaliger abgeordneter, ehemaliger minister, ehemaliger präsident, staatssekretär*
3: verhängt zölle, verhängte zölle, zölle verhängt, strafzölle, strafzoll, vergeltungszölle
0: gipfelkreuz*, gipfel erreicht*, gipfelerfolg*, gipfelsturm*
3: friedensabkommen*, friedensverhandlung*, friedensgespräch*, friedensvertrag*, friedensprozess*, friedensplan*
3: ex-präsident*, ex-minister*, ex-kanzler*, früheren präsident*, frühere präsident*, ehemaligen minister*, ehemalige minister*, ehemaligen präsident*, ehemalige präsident*, oppositionelle*, regierungskritiker*
3: wahlkampfteam*, regierungsmannschaft*, rennen um die kanzlerkandidatur, rennen um das kanzleramt, rennen ums kanzleramt
2: grüne, grünen, umfrage*, senat*
3: bundestagswahl*, landtagswahl*, kommunalwahl*, europawahl*, präsidentschaftswahl*, stichwahl*, wahlkampf*, wahlsieg*, wahlniederlage*, gewählte* präsident*, vizepräsident*, staatsoberhaupt, kanzleramt*, weißes haus, weißen haus*, kreml*, élysée, sicherheitsrat*, uno-vollversammlung, g7, g20, rechtsextrem*, rechtspopulist*, linkspartei, ampel*, ampelkoalition, große koalition, bundesrat, bundespräsident*, landesregierung*, repräsentantenhaus, amtsenthebung*, misstrauensantrag*, regierungserklärung*, haushaltsstreit*
3: ~wahl*, ~wähl*, abstimmung*, referendum*, volksabstimmung*, parlament*, bundestag*, landtag*, abgeordnete*, diplomat*, außenminister*, außenministerin, koalition*, rücktritt*, kanzler*, kanzlerin, bundeskanzler*, ministerpräsident*, premierminister*, putsch*, botschafter*, sanktion*, verfassung*, parteien, partei, regierungsbildung*, beitritt*, staatschef*, regierungschef*, ~gesetz*, ~regierung*, bundesregierung, kabinett*, ~kanzler*, neuwahl*, misstrauensvotum, vertrauensfrage, gipfel*
2: minister*, ministerium*, politik*, politisch*, behörde*, abkommen*, verhandlung*, beziehungen, regime*, reform*, grundrechte, mehrheit, souveränität, grenze*, ~minister*, ~präsident*, ~politik*, ~partei*, ~reform*, cdu, csu, spd, fdp, afd, bsw, övp, fpö, spö, regierung*, opposition*, kandidat*, präsident*, botschaft*, gesetz*, bündnis*, mandat*
1: offiziell*, treffen, besuch*, protest*, demonstr*, kritiker
@conflict-war-peace
3: islamist*, terroranschlag*, terrorzelle*, terrormiliz*
3: friedensvertrag*, friedensprozess*, friedensplan*
3: wettrüsten, rüstungswettlauf*, atomwaffenarsenal*
2: kämpfe, panzer*, bomber, besetzten gebiete*
3: militäroperation*, bodenoffensive*, frontlinie*, annexion*, annektiert*, scharfschütze*, landminen, streumunition, luftabwehr*, drohnenangriff*, kampfjets, flugzeugträger*, u-boot*, militärhilfe*, waffenlieferung*, kriegsgefangene*, gefangenenaustausch*, blauhelm*, friedenstruppe*, entmilitarisiert*, friedensabkommen*, friedensverhandlung*, friedensgespräch*, hisbollah, hamas, huthi*, taliban, islamischer staat, is-miliz, al-kaida, wagner, bundeswehr, nato-staaten, rsf-miliz
3: krieg*, waffenruhe, waffenstillstand*, luftangriff*, raketen*, rakete, truppen, soldat*, militär*, armee*, streitkräfte*, rebell*, miliz*, dschihadist*, terror*, geisel*, invasion, bombard*, beschuss, kampfjet*, kampfflugzeug*, nato, luftwaffe
2: getötet*, tote, verletzte, sicherheit*, gewalt*, flüchtling*, vertriebene, angriff*, kämpf*, offensive*, front*, drohne*, verteidigung*, waffen
@crime-law-justice
0: keine festnahmen, keine festnahme
2: dna-test, dna-tests, dna-analyse, dna-abgleich, dna-spur*
2: clan*, mafia*, ermittler*
3: verurteilt zu, haftstrafe*, freiheitsstrafe*, bewährungsstrafe*, auf bewährung, untersuchungshaft, oberlandesgericht*, amtsgericht*, verfassungsgericht*, ermittlungsrichter*, generalstaatsanwalt*, interpol, europol, organisierte kriminalität, drogenhandel*, menschenhandel*, schleuser*, schlepper*, erpressung*, fälschung*, brandstiftung*, sexueller missbrauch, kindesmissbrauch*, pädophil*, istgh, internationaler strafgerichtshof, haftbefehl*, kriminalpolizei, bka, lka, verfassungsschutz, anschlagsplan*, gefährder*
2: bußgeld*, geldstrafe*
3: eugh, europäischer gerichtshof, bundesgerichtshof, bundesverfassungsgericht
3: ~gerichtshof, richter*, verurteil*, gefängnis*, festgenommen*, festnahme*, verhaftet*, ~polizei*, mord*, totschlag, ermordet*, getötet hatte, staatsanwalt*, betrug*, korruption*, bestechung*, diebstahl*, raub*, schmuggel*, drogen*, kokain, bande*, krimin*, verbrechen*, justiz*, anklage*, angeklagt*, freispruch*, beschuldigt*, lebenslang*, landgericht*, messerangriff*, messerattacke*, messerstecherei*, tatverdächtig*, täter*, ~täter*, bundesanwaltschaft, ~anwaltschaft*, ~ermittler*, ermittelt, ~mord*, ~diebstahl*, ~betrug*, polizist*, ~polizist*, vergewaltig*, überfall*, einbrecher*, razzia*, ~razzia*, untersuchungshaft, ~haftstrafe*, ~haftbefehl*
2: prozess, prozesse, prozesses, mordprozess*, illegal*, anzeige*, verdacht*, opfer*, einbruch*, ~gericht, ~gerichts, ~gerichte, haft*, strafe*, ermittlung*, anwalt*, urteil*, missbrauch*
@disaster-accident-emergency
3: auf grund gelaufen, auf grund gelaufene, auf grund gelaufenen
2: stromausfall*
3: Notlandung, Haiangriff, von der Landebahn abgekommen
3: über die landebahn hinaus, hinausgerollt*, umgestürzten baum, umgestürztem baum, umgestürzte bäume, umgestürzter baum
3: tornado*, zyklon*, taifun*
3: gesundheitsnotstand, gesundheitlichen notstand, notstand aus, ausnahmezustand
2: magnitude, verletzt*
3: epizentrum, nachbeben*, seismisch*, schlammlawine*, gasexplosion*, gasleck*, einsturz eines, brückeneinsturz*, grubenunglück*, industrieunfall*, verkehrsunfall*, busunglück*, zugunglück*, flugzeugabsturz*, massenkarambolage*, gekentert*, kentern*, flüchtlingsboot*, ertrunken*, ertrink*, feuerwehrleute, löscharbeiten, rotes kreuz, roten kreuz*, roter halbmond, katastrophenschutz*, katastrophengebiet*, bergwacht*, bergrettung*, rettungseinsatz*
3: erdbeben*, beben, tsunami*, hochwasser*, überschwemmung*, erdrutsch*, lawine*, brände, bränden, waldbr*, großbrand*, feuerwehr*, vulkan*, ~unglück*, ~unfall*, unfälle, zusammenstoß*, einsturz*, rettungskräfte*, evakuier*, vermisst*, todesopfer, überlebende*, hurrikan*, wirbelsturm*, taifun*, notstand*, entgleis*, absturz*, ~absturz*, abgestürzt*, notlandung*, ~explosion*, verschüttet*, ~erdbeben*
2: tote, verletzte, schäden, zerstört*, über die ufer, häuser verlassen, flut*, brand, ausbruch*, explosion*, katastrophe*, retter*, rettung*, opfer
@economy-business-finance
3: Weltbank
3: verhängt zölle, verhängte zölle, zölle verhängt, strafzölle, strafzoll, vergeltungszölle
2: börse*, rendite*, anleihe*, umsatz*, investor*, kartell*, monopol*, immobilie*
3: aktienkurs*, börsenwert*, marktwert*, wall street, nasdaq, dow jones, dax, nikkei, abwertung*, wechselkurs*, verbraucherpreis*, handelskrieg*, freihandel*, handelsabkommen*, wirtschaftswachstum, haushaltsdefizit*, staatsverschuldung, kreditwürdigkeit, ratingagentur*, moody's, fitch, bankrott*, jahreszahlen, quartalszahlen, vorstandschef*, konzernchef*, aktionär*, hedgefonds, immobilienmarkt*, hypothek*, ölpreis*, strompreis*, energiepreis*, luftfahrt*, fluggesellschaft*, gewinnwarnung*, lufthansa, volkswagen, siemens, bmw, mercedes, deutsche bank, commerzbank
3: kartellamt*, wettbewerbshüter*, ~kartell*
3: wirtschaft*, konjunktur*, inflation*, teuerung*, zins*, leitzins*, zentralbank*, notenbank*, zentralbank*, bip, bruttoinlandsprodukt*, rezession*, börse*, aktie*, investi*, umsatz*, ~unternehmen*, konzern*, handels*, welthandel*, ~zölle, ~zoll, strafzöll*, export*, import*, ~haushalt*, schulden*, steuererhöhung*, steuersenkung*, währung*, ~öl, erdöl*, gaspreis*, industrie*, subvention*, autohersteller*, ~hersteller*, finanz*, übernahme*, konjunkturpaket*, kaufkraft, ~steuer*, schuldenbremse, sondervermögen*, ~zins*, ~inflation, ~wirtschaft*, ~konzern*, ~industrie*, ~export*, dax, ~aktie*, insolvenz*, ~insolvenz*, pleite*, autobauer*, ~autobauer*, autoindustrie*, rettungspaket*
2: preis*, kosten*, anstieg*, rückgang*, verkauf*, verbrauch*, energie*, strom*, landwirt*, ~preise, ~preisen, verbraucher*, ~branche, mittelstand*, bank, banken, wachstum*, ~markt*, gewinn*, handel, steuer, euro, dollar*, gas, produktion*, milliard*, fusion*, ausgaben
0: weihnachtsmarkt*, kunststoff*, generaldirektor*
@education
2: kindergarten, kindergärten, ausbildungsplatz*
2: professor*, universitäten, hochschulen
3: studiengebühr*, stipendi*, grundschul*, gymnasi*, realschul*, gesamtschul*, schulleiter*, abiturnote*, pisa, doktorand*, schulschließung*, heimunterricht, berufsausbildung*, ausbildungsplätze, azubi*, professorin*, dozent*, erzieher*, kitaplätze, kita-plätze, bildungssystem*
3: ~schule*, schüler*, lehrer*, lehrkr*, universität*, hochschul*, studierende*, unterricht*, präsenzunterricht, abitur*, lehrplan*, kita*, schulministerium*, lehrermangel, ~lehrer*, ~lehrkräfte, kultusminister*, schuljahr*, schulen, schulleit*, ~unterricht*, ~schüler*, studium*, ~studium*, ~universität*, ~hochschule*, bafög, bildungsminister*, ~bildungsminister*, pisa-studie*
2: bildung*, student*, prüfung*
@environment
3: gletscher*, eisschild*, permafrost, meeresspiegelanstieg, nationalpark*, naturpark*, fichtensterben, waldsterben, fischsterben
2: wolf, wölfe, wale, haie, bienen, seehund*, robben
3: kohlenstoff*, methan, cop28, cop29, cop30, pariser klimaabkommen, klimagipfel*, klimaziel*, ozonschicht, überfischung, wilderei, wilderer, elfenbein, nashörner, bestäuber, invasive arten, aufforstung*, solaranlage*, photovoltaik*, windrad*, windräder, wärmepumpe*, kohlekraftwerk*, fracking, abwasser*, mikroplastik*, giftmüll, mülldeponie*, ölpest, umweltschutz*, klimaaktivist*, letzte generation, greenpeace, wwf, klimakleber*, naturschützer*
3: klima*, erderwärmung, emission*, co2, kohlendioxid, ~umwelt*, umweltschützer*, verschmutzung*, abholzung*, artenvielfalt, biodiversität, ökolog*, erneuerbar*, solar*, ~windkraft*, windenergie*, windpark*, artenschutz, naturschutz*, plastik*, recycling, energiewende, kohleausstieg, ~klima*, wärmepumpe*, heizungsgesetz*, gebäudeenergiegesetz*, ~emission*, treibhaus*, ~naturschutz*, ~schutzgebiet*, artensterben, aussterben*, ~verschmutzung*, luftqualität, feinstaub*, fossile brennstoffe, fossilen brennstoffe
2: energie*, wasser*, dürre*, bäume, ~heizung*, ~heizungen, ~energie*, wald*
@health
3: norovirus*, rotavirus*
3: Masern, Masernausbrüche, Masernausbrüchen, Masernausbruch, Masernfälle, Robert Koch-Institut, Robert-Koch-Institut, RKI
2: praxen, pharma*, depression*, who
3: leukämie*, alzheimer*, parkinson*, chemotherapie*, transplantation*, organspende*, antibiotika, herzinfarkt*, schlaganfall*, autismus, rettungsdienst*, notarzt*, intensivstation*, hepatitis, hirnhautentzündung, rauchverbot*, e-zigarette*, übergewicht, fettleibigkeit, suizid*, pharmakonzern*, arzneimittel*, krankenversicherung*, gesundheitssystem*, weltgesundheitsorganisation, kindersterblichkeit, lebenserwartung, hausärzt*, apotheke*
3: gesundheit*, krankenhaus*, kliniken, klinik*, ärzt*, arzt*, pfleger*, pflegekr*, patient*, krankheit*, virus, viren, impf*, epidemie*, pandemie*, krebs*, grippe*, covid*, corona*, cholera, malaria, masern, medizin*, medikament*, chirurg*, sterbehilfe, gesundheitsminister*, ~klinik*, ~krankenhaus*, ~medizin*, klinische studie*, impfstoff*, ~ärzt*, infektion*, ~infektion*, erkrank*, ~erkrank*, krankenkasse*, notaufnahme*, ~virus, pflegeheim*, pflegeversicherung*, pflegebedürftig*, pflegenotstand, pflegepersonal
2: operation*
@human-interest
3: Ehering, ausgebüxt*
2: viral*, kuriose*, entlaufen*, neugeboren*
3: wiedervereint*, wiedergefunden*, herzerwärmend*, gute tat, ältester mann, älteste frau, ältester mensch, älteste mensch*, hundertjährige*, vierlinge, drillinge, heiratsantrag*, flitterwochen, tierheim*, vermisste katze, vermisster hund, rekordversuch*
3: hundertjährig*, kurios*, rührend*, geburtstag*, haustier*, wiedersehen, lotto*
2: hund, hunde, hunden, katze*
@labour
3: kinderarbeit
2: beschäftigten, homeoffice, fachkräfte*
3: betriebsrat*, tarifverhandlung*, tarifrunde*, lohnerhöhung*, gehaltserhöhung*, mindestlohn*, überstunden, krankenstand, elternzeit, renteneintritt*, rentenalter, rentenreform*, sozialplan*, stellenstreichung*, arbeitsmarkt*, arbeitskräftemangel, arbeitslosenquote*, zwangsarbeit*, arbeitsunfall*, lokführergewerkschaft*, gdl, ver.di, igm, 35-stunden-woche, vier-tage-woche
3: streik*, ~gewerkschaft*, gewerkschafter*, arbeitnehmer*, lohn*, löhne*, gehälter, tarif*, tarifvertr*, arbeitsplätze, arbeitslos*, entlassung*, stellenabbau*, arbeitszeit*, warnstreik*, ig metall, lokführer*, ~streik*, bestreik*, fachkräftemangel, ~löhne, ~arbeiter*, ~beschäftigte*, ~mitarbeiter*, verdi, ver.di, ~arbeitslos*, kurzarbeit*, mindestlohn*, jobabbau*, ~jobabbau*, ~stellenabbau*, ~arbeitsplätze, wanderarbeiter*, reallohn*, stundenlohn*, monatslohn*, bruttolohn*, nettolohn*, ~löhnen
2: personal*, belegschaft*, ~rente*, beschäftigte*, mitarbeiter*, ~gehalt*, rente*, arbeiter*
1: arbeit*
@lifestyle-leisure
2: lieblingsgericht*, nationalgericht*
3: japanischer garten, japanischen garten, japanische garten, englischen garten, englischer garten, rundwanderweg*
3: Oktoberfest, Festzelt, Weihnachtsmarkt, Weihnachtsmärkte, Glühwein, Ramen
2: ferien*, dekoration*, kulinarisch*
3: reiseführer*, reisende*, urlaubssaison, overtourism, kreuzfahrt*, skigebiet*, skiurlaub*, freizeitpark*, sterneköch*, michelin-stern*, sterne-restaurant*, streetfood, weinprobe*, winzer*, weingut*, craft-bier, modenschau*, fashion week, parfüm*, kosmetik*, therme*, meditation, heimwerk*, wanderweg*, radtour*
3: urlaub*, tourismus, rezept*, kochen, gastronom*, modewoche*, schönheit*, wellness, freizeit*, wander*, weinbau*
2: reise*, küche*, mode, hotel*, strand*, wein, tourist*, restaurant*, weine
@religion
3: konklave, heiliger stuhl, heiligen stuhl*, papst franziskus, papst leo, kardinäle, nonne*, kloster*, anglikan*, protestant*, freikirche*, pfingstkirche*, schiit*, sunnit*, mekka, medina, umra, zuckerfest, opferfest, chanukka, pessach, jom kippur, sikh*, dalai lama, fastenzeit, weihnachtsmesse*, karfreitag, religionsfreiheit, missbrauchsskandal*, missbrauchsgutachten*, heiligsprechung*, seligsprechung*, kathedrale*, basilika*, kapelle*, mönch*, kirchenaustritt*, kirchensteuer*, bischofskonferenz
3: kirche*, papst*, vatikan*, moschee*, imam*, muslim*, islam*, katholi*, bischof*, bischöf*, erzbischof*, ~bistum*, priester*, kardinal*, religi*, gläubige*, gebet*, pilger*, ramadan, ostern, synagoge*, jüdisch*, gottesdienst*, geistliche*, pfarrer*, ~kirche*, evangelisch*, ~gottesdienst*, kirchentag*, ~bischof*, rabbiner*, hindu*, buddhis*, ~moschee*, christen, christin, christinnen, christlich*, christentum*, glaubens*
2: christ, glaube
@science-technology
2: Wasserstoff, Brennstoffzelle*
1: dna
3: forscherteam*, wettersatellit*
3: physiker*, biolog*, chemiker*, geolog*, mathematiker*, fachzeitschrift*, fachjournal*, studie zeigt, maschinelles lernen, chatbot*, rechenzentr*, cybersicherheit, cyberangriff*, hacker*, quantencomputer*, cern, raumfahrtagentur*, exoplanet*, schwarzes loch, schwarzen loch*, komet*, meteorit*, dinosaurier*, paläontolog*, archäolog*, stammzell*, genschere, crispr, klonen, glasfaser*, starlink, supercomputer*, elektroauto*, e-auto*
3: forscher*, wissenschaft*, forschung*, nasa, raumsonde*, astronaut*, weltraum*, raumfahrt*, rakete*, satellit*, teleskop*, astronom*, künstliche intelligenz, ki, technolog*, software*, roboter*, quanten*, soziale medien, halbleiter*, chip*, ~forscher*, ~forschung*, ~technologie*, weltall, esa, genom, genoms, genomforschung
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: studie*, digital*, computer*, internet*, plattform*, app, apps, innovation*,, labor*
@society
3: Geburtenrate, Geburtenzahl, Zahl der Geburten, Geburtenrückgang
2: ausländer, ausländern, ausländerinnen, einbürgerung*, staatsbürgerschaft*, doppelpass
3: gender pay gap, lohnlücke, sexuelle gewalt, zwangsheirat*, kinderarbeit, waise*, flüchtlingslager*, illegale einwanderung, irreguläre migration, aufenthaltstitel, familiennachzug, sozialwohnung*, mietpreisbremse, tafel, tafeln, altenheim*, seniorenheim*, einsamkeit, transgender, frauenrechte, minderheit*, sklaverei, volkszählung, zensus, kinderarmut, wohnungslos*, sozialleistung*, grundsicherung, kindergeld, elterngeld
3: migrant*, migration*, einwander*, zuwander*, flüchtling*, asyl*, abschiebung*, abgeschoben*, menschenrechte*, gleichgeschlecht*, ehe für alle, lgbt*, homosexu*, queer*, gleichstellung*, diskriminier*, rassismus*, armut*, obdachlos*, ungleichheit*, demograf*, geburtenrate*, kinderarmut, ~armut, ~flüchtling*, geflüchtete*, ~migration*, ~asyl*, bürgergeld*, sozialhilfe*, wohnungsnot, häusliche gewalt, femizid*, gleichberechtigung*, abtreibung*, schwangerschaftsabbruch*, frontex
2: bevölkerung*, familie*, jugendliche*, bürger*, miete*, mieten, rentner*, pride*, wohnung*, integration*, gesellschaft*, sozial*
@sport
2: fans, partie*, partien, segeln, rudern, fechten, ausgleichstreffer, abfahrtslauf
3: fußballer*, fußballerin*, trainerwechsel*, transferfenster*, transfermarkt*, abstiegskampf*, tabellenplatz*, tabellenspitze, anpfiff, nachspielzeit, elfmeterschießen, rote karte, gelbe karte, doppelpack*, hattrick*, davis cup, french open, us open, australian open, wimbledon, etappensieg*, gelbe trikot, slalom, skispring*, biathlon*, eiskunstlauf*, eishockey*, nba, nfl, ufc, judo, leichtathlet*, sprinter*, paralymp*, olympiasieger*, weltmeisterin, goldmedaille*, silbermedaille*, bronzemedaille*, ballon d'or, dfb-pokal, europa league, conference league, zweite liga, 2. bundesliga, nationalmannschaft*
0: rettungsmannschaft*
3: ~fußball*, bundesliga*, meisterschaft*, weltmeisterschaft*, wm, em, olympi*, turnier*, trainer*, spieler*, ~mannschaft*, halbfinale*, viertelfinale*, stadion*, champions league, ~liga, tennis*, basketball*, rugby, radsport*, tour de france, marathon*, athlet*, medaille*, rekordmeister*, pokal*
2: tor, tore, gewonnen, gewinnt, siegte, niederlage*, saison, spieltag*, tabellenführ*, torschütze*, elfmeter*, verein, vereine, vereins, vereinen, aufstieg*, tabelle*, finale*, titel*, sieg*, meister, meisters, abstieg*
3: ungeschlagen, spitzenspiel*, ~meisterschaft*, meistertitel*, ~trainer*, torwart*, stürmer*, weltmeister*, olympiasieg*, ~pokal*, dfb, uefa, fifa, formel 1, grand prix
1: spiel*
@weather
3: Föhnsturm, Orkanböen, Sturmböen, Orkan*, Sturmtief, Unwetter*
3: tornado*, wirbelsturm*, zyklon*, taifun*, hochwasser*, überschwemmung*
2: blitz*, nebel*, frostig*, eiskalt*
3: wettervorhersage*, wetterbericht*, schneefälle, minusgrade, sturmwarnung*, orkanwarnung*, unwetterwarnung*, gewitterwarnung*, hagelkörner, hitzerekord*, temperaturrekord*, heißester tag, heißesten tag*, warnstufe*, monsunregen, sturmflut*, hurrikansaison, wintereinbruch*, hochdruckgebiet*, tiefdruckgebiet*, wetterlage*, kälteeinbruch*, wettersturz*
3: ~wetter*, wetterdienst*, hitze*, hitzewelle*, temperatur*, regen, regenfälle, starkregen*, schnee*, stürme, sturmflut*, sturmböen, orkan*, orkanböen, unwetter*, gewitter*, meteorolog*, dürre*, kältewelle*, frost*, böen, hurrikan*, taifun*, hagel*, glätte*, glatteis, schneefall*, ~gewitter*, ~hitze*, dwd, ~temperatur*, dauerregen, eisregen, nieselregen, platzregen, schneesturm*, sandsturm*, wintersturm*, herbststurm*, sturmtief*
2: sturm, prognose*, wind, winde, grad
@arts-culture-entertainment
2: sammlung*, galerie*, chor, trailer, rap, verlag*
3: spielfilm*, kurzfilm*, drehbuch*, filmbiografie*, filmmusik*, komponist*, pianist*, geiger*, jazz, hip-hop, rockband*, popstar*, liedermacher*, welttournee*, tournee*, literaturnobelpreis*, bestseller*, memoiren, dramatiker*, musical*, komiker*, kabarett*, sitcom, reality-show*, fernsehshow*, videospiel*, computerspiel*, manga, comic*, fotograf*, kunstmesse*, maler*, street-art, wandgemälde*, welterbe*, kulturerbe*, raubkunst*, restitution*, goldener bär, goldenen bären, goldene palme, goldenen palme, filmfestival*, filmfestspiele*, kunsthistoriker*, rembrandt, vermeer, dürer
3: ~film*, kino*, schauspiel*, regisseur*, ~musik*, musiker*, album*, lied, lieder, song*, sänger*, konzert*, festival*, künstler*, ~museum*, museen, ausstellung*, gemälde*, bücher, roman*, autoren, autorin, schriftsteller*, ~theater*, oper, opern, opernhaus*, orchester*, philharmoni*, ballett*, tanz*, fernseh*, oscar*, ~festival*, berlinale, ~ausstellung*, ~sänger*, ~künstler*, ~konzert*, ~roman*, ~oper
2: serie*, bühne*, kunst*, ~buch*, autor, kultur*
`
