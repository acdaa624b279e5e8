// Topic lexicons for French, Spanish, German and Russian. Format as in topics-en.ts.
// These languages inflect, so most entries are stems: `*` takes any ending of up to four letters
// (élection* -> élections, выбор* -> выборы, выборов). German builds compounds, so `~` lets a term
// end a longer word (~wahl* matches Parlamentswahl, Bundestagswahlen).
export const TOPICS_FR = `
@politics
3: élection*, électora*, électeur*, scrutin*, référendum*, parlement*, législativ*, présidentiel*, députés, sénat*, diplomati*, ministre des affaires étrangères, chef de la diplomatie, gouvernement*, démission*, premier ministre, coalition*, opposition*, candidat*, campagne électorale, vote*, votent, voix, mandat*, coup d'état, junte*, sommet*, ambassad*, sanctions, constitution*, investiture, assemblée nationale, députée*, motion de censure, remaniement*, quinquennat, conseil des ministres
2: président*, ministre*, ministère*, politique*, parti*, chef de l'état, autorités, accord*, négociation*, relations, régime*, roi, réforme*, loi*, projet de loi, dissolution, majorité, cohabitation, souveraineté, frontière*, élu, élue, élus, maire*
1: officiel*, responsables, dirigeant*, réunion*, visite*, manifestation*
@conflict-war-peace
3: guerre*, attentat*, cessez-le-feu, trêve, frappe*, bombardement*, missile*, troupes, soldats, militaire*, armée*, rebelle*, insurgé*, jihadist*, djihadist*, terroris*, combat*, offensive*, attaque*, otage*, invasion, front, drone*, hostilités, défense, avion de combat, milice*, paramilitaire*, conflit*
2: tués, morts, blessés, sécurité, forces, violence*, armes, arsenal, armement*, réfugiés, déplacés, gangs
1: tensions, crise*, menace*
@crime-law-justice
3: tribunal*, procès, juge*, condamn*, prison*, arrestation*, interpellé*, police*, policier*, meurtre*, homicide*, assassinat*, procureur*, parquet*, enquête*, fraude*, corruption, escroquerie*, volé*, cambriol*, malfaiteur*, dérobé*, trafic*, drogue*, cocaïne, gangs, criminel*, crime*, justice, avocat*, inculp*, mis en examen, verdict*, acquitt*, cour pénale, cour suprême, détenu*, garde à vue, viol, viols, violeur*, agression*, cour criminelle, cour d'assises, gendarme*, braquage*, agresseur*, féminicide*, interpellation*, perquisition*, escroc*, trafiquant*, stupéfiants, narcotrafic*, écroué*, incarcér*, peine de prison, réclusion, tué par balle, tués par balle, tuée par balle, fusillade*, par balle, règlement de comptes
2: loi*, illégal*, plainte*, accusé*, accusation*, suspect*, victime*, sanction*, juridiction*
@disaster-accident-emergency
3: séisme*, tremblement de terre, tsunami*, inondation*, crue*, glissement de terrain, incendie*, feu de forêt, feux de forêt, éruption*, volcan*, avalanche*, accident*, collision*, effondrement*, explosion*, catastrophe*, secours, secouristes, sauveteurs, évacu*, bilan, sinistr*, naufrage*, disparus, victimes, rescapés, alerte rouge, pluies torrentielles, ouragan*, cyclone*, tempête*, famine*, pompiers, sapeurs-pompiers, inondé*, noyade*, déraillement*, crash, accident de la route
2: morts, blessés, dégâts, détruit*, emportant, urgence*, décès
@economy-business-finance
3: économi*, inflation, taux d'intérêt, taux directeur, banque centrale, banque*, pib, croissance, récession, bourse*, marché*, actions, investiss*, bénéfice*, chiffre d'affaires, entreprise*, sociétés, commerce*, droits de douane, tarif*, exportation*, importation*, budget*, dette*, impôt*, fiscal*, monnaie*, devise*, euro, euros, dollar*, pétrole*, gaz, industri*, emplois, production*, subvention*, cacao, usine*, milliard*, financ*, rachat*, fusion*, planteurs, producteurs, livraison*, commandes, avionneur, constructeur*, taux de dépôt, zone euro, point de base, points de base, pouvoir d'achat, faillite*, cac 40, résultats financiers, prix de l'énergie, exportateur*
2: prix, coût*, hausse*, baisse*, vente*, client*, consommat*, salaire*, énergie*, électricité, carburant*, agricult*, agriculteurs, récolte*, taux, ménages, compagnie aérienne, agricole*
@education
3: école*, écoles, élèves, enseignant*, professeur*, éducation, scolaire*, université*, étudiant*, lycée*, collège*, baccalauréat, examen*, rentrée scolaire, rentrée, enseignement*, pédagog*, formation*, maternelle, bac, lycéen*, collégien*, universitaire*, éducation nationale, parcoursup
2: apprentissage*, diplôme*, académi*
@environment
3: climat*, climatique*, réchauffement, émission*, carbone, pollution, polluant*, déforestation, biodiversité, environnement*, écolog*, renouvelable*, solaire*, éolien*, faune, flore, forêt*, plastique*, recyclage, énergie verte, transition énergétique, centrale solaire, déchets, protection de la nature, zone à faibles émissions, particules fines, qualité de l'air, gaz à effet de serre, espèces menacées, écologique*, glacier*, pesticide*
2: énergie*, eau, sécheresse*, arbres, océan*
@health
3: santé, hôpita*, médecin*, infirmi*, patients, maladie*, virus, vaccin*, épidémie*, pandémie*, cancer*, grippe*, covid*, choléra, paludisme, rougeole, ebola, soins, médical*, médicament*, chirurgi*, sanitaire*, hospitalisation*, euthanasie, fin de vie, mpox, soignant*, dépistage*, ministère de la santé, variole, tuberculose, diabète, obésité, santé mentale
2: traitement*, dose*, santé publique, décès, urgences, contamin*
@human-interest
3: centenaire*, doyen*, doyenne*, insolite*, émouvant*, anniversaire*, chien*, chat*, animal de compagnie, retrouvailles, loterie
@labour
3: grève*, gréviste*, syndica*, salarié*, travailleur*, salaire*, rémunération*, emploi*, chômage, licenciement*, retraite*, conditions de travail, temps de travail, préavis, intersyndicale, débrayage*, mobilisation, revendication*, assurance chômage, demandeurs d'emploi, indemnisation*, cgt, cfdt, smic, télétravail, inspection du travail
2: travail, personnel*, hausses de salaire, réclame*, postes, embauche*
@lifestyle-leisure
3: vacance*, vacanciers, voyage*, tourisme, touriste*, recette*, cuisine*, gastronomi*, restaurant*, mode, beauté, bien-être, loisir*, randonnée*, vélo*, hôtel*, plage*, vin, vins, slow travel, jardinage
2: train de nuit, week-end, tendance*, shopping
@religion
3: église*, pape, pontife, vatican, mosquée*, imam*, musulman*, islam*, chrétien*, catholique*, évêque*, archevêque*, prêtre*, cardinal, religi*, foi, fidèles, prière*, pèlerin*, ramadan, pâques, synagogue*, juif*, conférence épiscopale, épiscopa*, diocèse*, clergé, messe*, culte*, laïcité, rabbin*, bouddhis*, hindou*
@science-technology
3: scientifique*, chercheur*, spatial*, nasa, sonde*, astronaute*, planète*, fusée*, satellite*, télescope*, astronom*, intelligence artificielle, ia, technolog*, numérique*, logiciel*, robot*, quantique*, ordinateur*, internet, réseaux sociaux, plateforme*, innovation*, découverte*, laboratoire*, nucléaire civil, semi-conducteur*, puce*, cnrs, inserm, génétique*, adn
2: recherche*, étude*, données, expérience*, application*
1: espace
@society
3: migrant*, migration*, immigration, immigré*, immigrant*, réfugié*, asile, expuls*, droits de l'homme, droits humains, mariage homosexuel, lgbt*, homosexu*, égalité, discrimination*, racisme, pauvreté, précarité, logement*, inégalité*, démograph*, natalité, subsaharien*, humanitaire*, féminis*, trottinette*, sans-abri, violences conjugales, violences faites aux femmes, avortement, ivg, handicap*
1: société
2: population, familles, jeunes, social*, citoyens, habitants, retraités
@sport
3: football, match*, championnat*, coupe du monde, jeux olympiques, olympique*, tournoi*, entraîneur*, joueur*, équipe, équipes, finale*, demi-finale*, quart de finale, stade*, buts, victoire*, ligue, ligue des champions, tennis, basket*, rugby, cyclisme, tour de france, marathon, athlète*, médaille*, sélection*, mondial, champion*, lions de l'atlas, coupe de france, buteur*, attaquant*, milieu de terrain, gardien de but, sélectionneur*, paralympique*, podium*, handball, natation, formule 1, grand prix, mercato
2: battu*, gagn*, score, saison, club*, titre*, compétition*, transfert*
@weather
3: météo*, canicule*, chaleur*, températures, température, pluie*, pluvieu*, neige*, orage*, tempête*, vigilance rouge, vigilance orange, vigilance, prévision*, météorolog*, sécheresse*, vague de froid, froid, gel, vent, vents, rafales, degrés, intempéries, ouragan*, cyclone*, mousson, pluies torrentielles, pluies diluviennes, fortes pluies, averses, brouillard, verglas, épisode cévenol
2: inondation*, crue*
@arts-culture-entertainment
3: film*, cinéma*, acteur*, actrice*, réalisat*, musique*, musicien*, album*, chanson*, chanteu*, concert*, festival*, art, arts, artiste*, musée*, exposition*, peinture*, livre, livres, roman*, auteur*, écrivain*, théâtre*, opéra*, orchestre*, ballet*, danse, culturel*, patrimoine, unesco, louvre, joyaux, bijoux, télévision, sélection officielle, palme d'or, cinéaste*, réalisatrice*, romancier*, romancière*, prix goncourt, rappeur*, box-office
2: œuvre*, série*, tableau*, culture*, spectacle*, scène*, spectateurs
`

export const TOPICS_ES = `
@politics
3: eleccion*, elecciones, electora*, votación*, votos, voto, referéndum, parlamento*, legislativ*, presidencial*, diputados, senado*, congreso, diplomáti*, canciller*, cancillería, gobierno*, renuncia*, dimisión, primer ministro, coalición, oposición, opositor*, candidat*, campaña electoral, mandato*, golpe de estado, cumbre*, embajad*, sanciones, constitución*, investidura, relaciones diplomáticas, ministerio de relaciones exteriores, comicios, urnas, sufragio, escaños, senador*, moción de censura, consejo de ministros, oficialismo
2: president*, presidenta, mandatari*, ministr*, política*, político*, partido*, jefe de estado, autoridades, acuerdo*, negociación*, relaciones, régimen, reforma*, ley, leyes, proyecto de ley, soberanía, frontera*, llamada, alcald*, gobernador*, chavismo, peronismo
1: oficial*, funcionarios, reunión*, visita*, protesta*, manifestantes
@conflict-war-peace
3: guerra*, alto el fuego, tregua, bombarde*, misil*, tropas, soldados, militar*, ejército*, fuerzas armadas, rebelde*, insurgent*, yihadist*, terroris*, combate*, ofensiva*, ataque*, rehén*, rehenes, invasión, frente, dron*, hostilidades, defensa, milicia*, paramilitar*, conflicto armado, conflicto*, maniobras, ejercicios militares, armas
2: muertos, heridos, seguridad, fuerzas, violencia*, refugiados, desplazados
1: tensión*, crisis, amenaza*
@crime-law-justice
3: tribunal*, juicio*, juez*, jueza*, condena*, condenad*, prisión*, cárcel*, pena*, detenido*, detención*, arresto*, policía*, policial*, asesinato*, homicidio*, fiscal*, fiscalía, investigación*, fraude*, corrupción, estafa*, robo*, ladrón*, tráfico*, narcotráfico, droga*, cocaína, cartel*, pandilla*, criminal*, crimen*, delito*, justicia, abogado*, imputad*, veredicto*, absuelt*, corte suprema, presos, excarcel*, desvío de fondos, incautación*, decomis*, cargamento*, narco*, guardia civil, incaut*, feminicidio*, secuestr*, extorsión*, sicario*, narcotraficante*, capturad*, prófugo*, reos, juzgado*, audiencia nacional, tribunal supremo, asesin*, a balazos, baleado*, tiroteo*
2: ley, ilegal*, denuncia*, acusad*, acusación*, sospechos*, víctima*, sanción*
@disaster-accident-emergency
3: terremoto*, sismo*, tsunami*, inundacion*, inundaciones, deslizamiento*, alud*, incendio*, incendios forestales, erupción*, volcán*, accidente*, choque*, derrumbe*, colapso*, explosión*, catástrofe*, desastre*, rescate*, rescatistas, socorristas, evacua*, damnificad*, naufragio*, desaparecidos, víctimas, sobrevivientes, huracán*, ciclón*, tormenta*, emergencia*, apagón*, hambruna, temblor*, aluvión*, deslave*, protección civil, bomberos, siniestro*, descarril*
2: muertos, heridos, daños, destruy*, destrozad*
@economy-business-finance
3: econom*, inflación, tasa de interés, tipos de interés, tasa de política monetaria, banco central, banco*, pib, crecimiento, recesión, bolsa*, mercado*, acciones, inversi*, inversor*, beneficio*, ganancias, empresa*, compañía*, comercio*, arancel*, exportacion*, importacion*, presupuesto*, deuda*, impuesto*, fiscal, moneda*, divisa*, dólar*, euro, euros, precio*, petróleo*, gas, industria*, empleos, producción*, subsidio*, millones de dólares, mil millones, termoeléctrica*, electricidad, buques, tránsito, comercio mundial, puntos básicos, ipc, empresarial*, déficit, superávit, petrolera*, cotización*, ibex
2: costo*, coste*, alza*, subida*, venta*, consum*, agricultor*, cosecha*, agrícola*, energía*, hacienda
@education
3: escuela*, colegio*, alumno*, estudiante*, docente*, maestro*, profesor*, educación, educativ*, universidad*, examen*, enseñanza*, aula*, curso escolar, año escolar, clases, alumnado, escolares, bachillerato, selectividad, universitari*, ministerio de educación, rector*
2: matrícula*, becas
@environment
3: clima*, climátic*, calentamiento, emision*, carbono, contaminación, contaminante*, deforestación, biodiversidad, medio ambiente, ambiental*, ecológ*, renovable*, solar*, eólic*, especies, fauna, flora, bosque*, plástico*, reciclaje, energía solar, energía limpia, transición energética, residuos, selva*, emergencia hídrica, agua potable, embalses, gases de efecto invernadero, especies amenazadas, glaciar*, pesticida*, medioambiental*, ecologista*, reforestación
2: agua, sequía*, árboles, lluvias, océano*
@health
3: salud, hospital*, médico*, enfermer*, pacientes, enfermedad*, virus, vacuna*, epidemia*, pandemia*, cáncer, gripe*, covid*, cólera, malaria, sarampión, sanitari*, medicament*, cirugía*, eutanasia, muerte asistida, gripe aviar, brote*, colegio médico, ley de salud, atención médica, emergencia sanitaria, dengue, zika, chikungunya, hospitalizad*, contagio*, sanidad, centro de salud, diabetes, obesidad, salud mental, tuberculosis, vih, sida, enfermos
2: tratamiento*, dosis, salud pública, terminales, urgencias
@human-interest
3: centenari*, insólit*, conmovedor*, cumpleaños, perro*, gato*, mascota*, reencuentro*, lotería, abuela*, abuelo*, bisabuel*
2: nieto*, nieta*
@labour
3: huelga*, huelguista*, sindica*, trabajador*, salario*, sueldo*, empleo*, desempleo, paro, despido*, jubilación*, pensión*, pensiones, jornada laboral, jornada de trabajo, condiciones laborales, laboral*, horas semanales, convenio colectivo, salario mínimo, desempleados, teletrabajo, ugt, ccoo
2: trabajo, personal, reclaman, exigen, contratación
@lifestyle-leisure
3: vacaciones, viaje*, turismo, turista*, receta*, cocina*, gastronom*, restaurante*, moda, belleza, bienestar, ocio, senderismo, hotel*, playa*, vino*
@religion
3: iglesia*, papa, pontífice, vaticano, mezquita*, imán, musulmán*, musulmanes, islam*, cristian*, católic*, obispo*, arzobispo*, sacerdote*, cardenal*, religi*, fe, fieles, oración*, peregrin*, ramadán, semana santa, sinagoga*, judío*, misa*, parroqui*, procesión*, cofradía*, santuario*, peregrinación*, evangélic*, santo padre, diócesis, clero
2: virgen
@science-technology
3: científic*, investigador*, investigación científica, espacial*, nasa, sonda*, misión espacial, astronauta*, luna, planeta*, cohete*, satélite*, telescopio*, astronom*, inteligencia artificial, tecnolog*, software, robot*, cuántic*, computador*, ordenador*, internet, redes sociales, plataforma*, aplicación*, innovación*, descubrimiento*, laboratorio*, semiconductor*, chip*, genoma, adn, fósil*, csic
2: estudio*, digital*
1: espacio
@society
3: migrante*, migración*, migratori*, inmigra*, refugiad*, asilo, deport*, derechos humanos, matrimonio igualitario, lgbt*, homosexual*, igualdad, discriminación*, racismo, pobreza, vivienda*, desigualdad*, demográf*, natalidad, indígena*, humanitari*, feminis*, presos políticos, sociedad, violencia de género, violencia machista, aborto, desahucio*, personas sin hogar, discapacidad
2: población, familias, jóvenes, social*, ciudadanos, vecinos, personas, jubilados
@sport
3: fútbol, futbol, partido de, selección*, campeonato*, copa del mundo, mundial, juegos olímpicos, olímpic*, torneo*, entrenador*, jugador*, equipo*, final, finales, semifinal*, cuartos de final, estadio*, gol, goles, liga, champions, tenis, baloncesto, básquet*, rugby, ciclismo, maratón, atleta*, medalla*, campeón, campeones, copa américa, penaltis, penales, delantero*, portero*, centrocampista*, eliminatoria*, goleador*, tenista*, ciclista*, futbolista*, fórmula 1, boxeo, medallista*
2: venció, vence, ganó, ganar, victoria*, empate*, derrota*, temporada, club*, título*, competición*, conjunto
@weather
3: ola de calor, calor*, temperaturas, temperatura, lluvia*, lluvioso*, nieve*, nevada*, tormenta*, pronóstico*, meteorológic*, sequía*, ola de frío, frío, helada*, viento*, ráfaga*, grados, huracán*, ciclón*, monzón, falta de lluvias, dana, gota fría, lluvias torrenciales, precipitaciones, aemet, granizo, calima, chubascos
2: inundacion*, inundaciones, alerta roja, alerta naranja
@arts-culture-entertainment
3: película*, cine*, actor*, actriz*, director*, música*, músico*, álbum*, canción*, cantante*, concierto*, festival*, arte, artes, artista*, museo*, exposición*, pintura*, cuadro*, libro*, novela*, autor*, escritor*, teatro*, ópera*, orquesta*, ballet, danza, cultura*, cultural*, patrimonio, unesco, arqueológic*, serie*, televisión, pinacoteca*, cineasta*, estreno*, taquilla, rodaje*, poeta*, poesía, flamenco, premios goya, premio cervantes
2: obra*, espectáculo*, escenario*
`

export const TOPICS_DE = `
@politics
3: ~wahl*, ~wähl*, abstimmung*, referendum*, volksabstimmung*, parlament*, bundestag*, landtag*, abgeordnete*, diplomat*, außenminister*, außenministerin, regierung*, koalition*, opposition*, kandidat*, rücktritt*, kanzler*, kanzlerin, bundeskanzler*, ministerpräsident*, premierminister*, präsident*, putsch*, gipfel*, botschaft*, botschafter*, sanktion*, verfassung*, gesetz*, parteien, partei, regierungsbildung*, bündnis*, beitritt*, mandat*, staatschef*, regierungschef*, ~gesetz*, ~regierung*, bundesregierung, kabinett*, ~kanzler*, neuwahl*, misstrauensvotum, vertrauensfrage
2: minister*, ministerium*, politik*, politisch*, behörde*, abkommen*, verhandlung*, beziehungen, regime*, reform*, grundrechte, mehrheit, souveränität, grenze*, ~minister*, ~präsident*, ~politik*, ~partei*, ~reform*, cdu, csu, spd, fdp, afd, bsw, övp, fpö, spö
1: offiziell*, treffen, besuch*, protest*, demonstr*, kritiker
@conflict-war-peace
3: krieg*, waffenruhe, waffenstillstand*, luftangriff*, angriff*, raketen*, rakete, truppen, soldat*, militär*, armee*, streitkräfte*, rebell*, miliz*, dschihadist*, terror*, kämpf*, offensive*, geisel*, invasion, front*, drohne*, bombard*, beschuss, kampfjet*, kampfflugzeug*, verteidigung*, nato, luftwaffe, waffen
2: getötet*, tote, verletzte, sicherheit*, gewalt*, flüchtling*, vertriebene
@crime-law-justice
3: ~gericht, ~gerichts, ~gerichte, ~gerichtshof, richter*, verurteil*, haft*, gefängnis*, strafe*, festgenommen*, festnahme*, verhaftet*, ~polizei*, mord*, totschlag, ermordet*, getötet hatte, staatsanwalt*, ermittlung*, betrug*, korruption*, bestechung*, diebstahl*, raub*, schmuggel*, drogen*, kokain, bande*, krimin*, verbrechen*, justiz*, anwalt*, anklage*, angeklagt*, urteil*, freispruch*, missbrauch*, beschuldigt*, lebenslang*, landgericht*, messerangriff*, messerattacke*, messerstecherei*, tatverdächtig*, täter*, ~täter*, bundesanwaltschaft, ~anwaltschaft*, ~ermittler*, ermittelt, ~mord*, ~diebstahl*, ~betrug*, polizist*, ~polizist*, vergewaltig*, überfall*, einbrecher*, razzia*, ~razzia*, untersuchungshaft, ~haftstrafe*, ~haftbefehl*
2: prozess, prozesse, prozesses, mordprozess*, illegal*, anzeige*, verdacht*, opfer*, einbruch*
@disaster-accident-emergency
3: erdbeben*, beben, tsunami*, hochwasser*, überschwemmung*, flut*, erdrutsch*, lawine*, brand, brände, bränden, waldbr*, großbrand*, feuerwehr*, ausbruch*, vulkan*, ~unglück*, ~unfall*, unfälle, zusammenstoß*, einsturz*, explosion*, katastrophe*, rettungskräfte*, retter*, rettung*, evakuier*, vermisst*, opfer, todesopfer, überlebende*, hurrikan*, wirbelsturm*, taifun*, notstand*, entgleis*, absturz*, ~absturz*, abgestürzt*, notlandung*, ~explosion*, verschüttet*, ~erdbeben*
2: tote, verletzte, schäden, zerstört*, über die ufer, häuser verlassen
@economy-business-finance
3: wirtschaft*, konjunktur*, inflation*, teuerung*, zins*, leitzins*, zentralbank*, notenbank*, bank, banken, zentralbank*, bip, bruttoinlandsprodukt*, wachstum*, rezession*, börse*, ~markt*, aktie*, investi*, gewinn*, umsatz*, ~unternehmen*, konzern*, handel, handels*, welthandel*, ~zölle, ~zoll, strafzöll*, export*, import*, ~haushalt*, schulden*, steuer, steuererhöhung*, steuersenkung*, währung*, euro, dollar*, ~öl, erdöl*, gas, gaspreis*, industrie*, produktion*, subvention*, autohersteller*, ~hersteller*, milliard*, finanz*, übernahme*, fusion*, konjunkturpaket*, kaufkraft, ausgaben, ~steuer*, schuldenbremse, sondervermögen*, ~zins*, ~inflation, ~wirtschaft*, ~konzern*, ~industrie*, ~export*, dax, ~aktie*, insolvenz*, ~insolvenz*, pleite*, autobauer*, ~autobauer*, autoindustrie*, rettungspaket*
2: preis*, kosten*, anstieg*, rückgang*, verkauf*, verbrauch*, energie*, strom*, landwirt*, ~preise, ~preisen, verbraucher*, ~branche, mittelstand*
@education
3: ~schule*, schüler*, lehrer*, lehrkr*, bildung*, universität*, hochschul*, student*, studierende*, unterricht*, präsenzunterricht, prüfung*, abitur*, lehrplan*, kita*, schulministerium*, lehrermangel, ~lehrer*, ~lehrkräfte, kultusminister*, schuljahr*, schulen, schulleit*, ~unterricht*, ~schüler*, studium*, ~studium*, ~universität*, ~hochschule*, bafög, bildungsminister*, ~bildungsminister*, pisa-studie*
@environment
3: klima*, erderwärmung, emission*, co2, kohlendioxid, ~umwelt*, umweltschützer*, verschmutzung*, abholzung*, artenvielfalt, biodiversität, ökolog*, erneuerbar*, solar*, ~windkraft*, windenergie*, windpark*, artenschutz, naturschutz*, wald*, plastik*, recycling, energiewende, kohleausstieg, ~klima*, wärmepumpe*, heizungsgesetz*, gebäudeenergiegesetz*, ~emission*, treibhaus*, ~naturschutz*, ~schutzgebiet*, artensterben, aussterben*, ~verschmutzung*, luftqualität, feinstaub*
2: energie*, wasser*, dürre*, bäume, ~heizung*, ~heizungen, ~energie*
@health
3: gesundheit*, krankenhaus*, kliniken, klinik*, ärzt*, arzt*, pfleger*, pflegekr*, patient*, krankheit*, virus, viren, impf*, epidemie*, pandemie*, krebs*, grippe*, covid*, corona*, cholera, malaria, masern, medizin*, medikament*, operation*, chirurg*, sterbehilfe, gesundheitsminister*, ~klinik*, ~krankenhaus*, ~medizin*, klinische studie*, impfstoff*, ~ärzt*, infektion*, ~infektion*, erkrank*, ~erkrank*, krankenkasse*, notaufnahme*, ~virus, pflegeheim*, pflegeversicherung*, pflegebedürftig*, pflegenotstand, pflegepersonal
2: 
@human-interest
3: hundertjährig*, kurios*, rührend*, geburtstag*, hund, hunde, hunden, katze*, haustier*, wiedersehen, lotto*
@labour
3: streik*, ~gewerkschaft*, gewerkschafter*, beschäftigte*, arbeitnehmer*, mitarbeiter*, lohn*, löhne*, ~gehalt*, gehälter, tarif*, tarifvertr*, arbeitsplätze, arbeitslos*, entlassung*, stellenabbau*, rente*, arbeitszeit*, warnstreik*, ig metall, lokführer*, ~streik*, bestreik*, fachkräftemangel, ~löhne, arbeiter*, ~arbeiter*, ~beschäftigte*, ~mitarbeiter*, verdi, ver.di, ~arbeitslos*, kurzarbeit*, mindestlohn*, jobabbau*, ~jobabbau*, ~stellenabbau*, ~arbeitsplätze, wanderarbeiter*, reallohn*, stundenlohn*, monatslohn*, bruttolohn*, nettolohn*, ~löhnen
2: personal*, belegschaft*, ~rente*
1: arbeit*
@lifestyle-leisure
3: urlaub*, reise*, tourismus, tourist*, rezept*, kochen, küche*, gastronom*, restaurant*, mode, modewoche*, schönheit*, wellness, freizeit*, wander*, hotel*, strand*, wein, weine, weinbau*
@religion
3: kirche*, papst*, vatikan*, moschee*, imam*, muslim*, islam*, katholi*, bischof*, bischöf*, erzbischof*, ~bistum*, priester*, kardinal*, religi*, gläubige*, gebet*, pilger*, ramadan, ostern, synagoge*, jüdisch*, gottesdienst*, geistliche*, pfarrer*, ~kirche*, evangelisch*, ~gottesdienst*, kirchentag*, ~bischof*, rabbiner*, hindu*, buddhis*, ~moschee*, christ, christen, christin, christinnen, christlich*, christentum*, glaube, glaubens*
@science-technology
3: forscher*, wissenschaft*, forschung*, nasa, raumsonde*, astronaut*, weltraum*, raumfahrt*, rakete*, satellit*, teleskop*, astronom*, künstliche intelligenz, ki, technolog*, digital*, software*, roboter*, quanten*, computer*, internet*, soziale medien, plattform*, app, apps, innovation*, entdeck*, labor*, halbleiter*, chip*, ~forscher*, ~forschung*, ~technologie*, weltall, esa, dna, genom*
2: studie*
@society
3: migrant*, migration*, einwander*, zuwander*, flüchtling*, asyl*, abschiebung*, abgeschoben*, menschenrechte*, gleichgeschlecht*, ehe für alle, lgbt*, homosexu*, queer*, pride*, gleichstellung*, diskriminier*, rassismus*, armut*, obdachlos*, wohnung*, ungleichheit*, demograf*, geburtenrate*, integration*, gesellschaft*, sozial*, kinderarmut, ~armut, ~flüchtling*, geflüchtete*, ~migration*, ~asyl*, bürgergeld*, sozialhilfe*, wohnungsnot, häusliche gewalt, femizid*, gleichberechtigung*, abtreibung*, schwangerschaftsabbruch*, frontex
2: bevölkerung*, familie*, jugendliche*, bürger*, miete*, mieten, rentner*
@sport
3: ~fußball*, bundesliga*, meisterschaft*, weltmeisterschaft*, wm, em, olympi*, turnier*, trainer*, spieler*, ~mannschaft*, finale*, halbfinale*, viertelfinale*, stadion*, champions league, ~liga, tennis*, basketball*, rugby, radsport*, tour de france, marathon*, athlet*, medaille*, rekordmeister*, titel*, pokal*, sieg*
2: tor, tore, gewonnen, gewinnt, siegte, niederlage*, saison, spieltag*, tabellenführ*, torschütze*, elfmeter*, verein, vereine, vereins, vereinen, aufstieg*, tabelle*
3: ungeschlagen, spitzenspiel*, ~meisterschaft*, meister, meisters, meistertitel*, ~trainer*, torwart*, stürmer*, weltmeister*, olympiasieg*, ~pokal*, dfb, uefa, fifa, formel 1, grand prix, abstieg*
1: spiel*
@weather
3: ~wetter*, wetterdienst*, hitze*, hitzewelle*, temperatur*, regen, regenfälle, starkregen*, schnee*, sturm, stürme, sturmflut*, sturmböen, orkan*, orkanböen, unwetter*, gewitter*, prognose*, meteorolog*, dürre*, kältewelle*, frost*, wind, winde, böen, grad, hurrikan*, taifun*, hagel*, glätte*, glatteis, schneefall*, ~gewitter*, ~hitze*, dwd, ~temperatur*, dauerregen, eisregen, nieselregen, platzregen, schneesturm*, sandsturm*, wintersturm*, herbststurm*, sturmtief*
2: hochwasser*, überschwemmung*
@arts-culture-entertainment
3: ~film*, kino*, schauspiel*, regisseur*, ~musik*, musiker*, album*, lied, lieder, song*, sänger*, konzert*, festival*, kunst*, künstler*, ~museum*, museen, ausstellung*, gemälde*, ~buch*, bücher, roman*, autor, autoren, autorin, schriftsteller*, ~theater*, oper, opern, opernhaus*, orchester*, philharmoni*, ballett*, tanz*, kultur*, fernseh*, oscar*, ~festival*, berlinale, ~ausstellung*, ~sänger*, ~künstler*, ~konzert*, ~roman*, ~oper
2: serie*, bühne*
`

export const TOPICS_RU = `
@politics
3: выбор*, избира*, голосован*, референдум*, парламент*, депутат*, сенат*, дипломат*, министр иностранных дел, глава мид, мид, правительств*, отставк*, премьер-министр*, премьер*, коалици*, оппозици*, кандидат*, предвыборн*, президентск*, переворот*, саммит*, посольств*, посол, санкци*, конституци*, госдум*, цик, вступлени*, переговор*, мирный договор*, мирного договор*, инаугурац*, вице-премьер*, единая россия, единой росси*, кпрф
2: президент*, министр*, министерств*, политик*, политическ*, парти*, глава государства, власт*, соглашени*, отношени*, режим*, реформ*, закон*, законопроект*, границ*, визит*, губернатор*, мэр, мэра, мэру, мэром, мэрии, мэрия, спикер*, указ, указа, указом, указе, указы
1: официальн*, встреч*, протест*, митинг*
@conflict-war-peace
3: войн*, военн*, перемири*, прекращение огня, удар*, обстрел*, бомбардировк*, ракет*, войск*, солдат*, арми*, вооружённ*, вооруженн*, боевик*, повстанц*, джихадист*, террорист*, бои, боёв, боях, наступлени*, атак*, заложник*, вторжени*, фронт*, беспилотник*, дрон*, оборон*, минобороны, баллистическ*, межконтинентальн*, конфликт*, учения, учений, учениях, мирный договор*, мирного договор*, мирному договор*, мирн* соглашени*, мирн* переговор*
2: запуск*, погибш*, убит*, ранен*, безопасност*, насили*, беженц*
1: напряжённост*, кризис*, угроз*
@crime-law-justice
3: суд, суда, суде, судом, суды, судов, судебн*, судь*, приговор*, осуждён*, осужден*, тюрьм*, заключени*, арест*, задержан*, полици*, убийств*, убийц*, прокурор*, прокуратур*, следстви*, следовател*, мошенничеств*, коррупци*, взятк*, кража*, краж*, похищ*, контрабанд*, наркотик*, кокаин*, преступн*, преступлен*, правосуди*, адвокат*, обвинени*, обвиняем*, виновн*, оправда*, уголовн*, пособничеств*, концлагер*, мосгорсуд*, горсуд*, райсуд*, полицейск*, сизо, мошенник*, грабеж*, разбой*, изнасиловани*, мвд, задержал*
2: закон*, незаконн*, жалоб*, подозрева*, жертв*, нападени*, штраф*
@disaster-accident-emergency
3: землетрясени*, толчк*, цунами, наводнени*, паводк*, оползн*, пожар*, лесные пожары, извержени*, вулкан*, лавин*, авари*, катастроф*, крушени*, обрушени*, взрыв*, спасател*, эвакуаци*, эвакуир*, пострадавш*, погибш*, пропавш*, жертв*, ураган*, циклон*, шторм*, тайфун*, чрезвычайное положени*, чрезвычайного положени*, чс, ливн*, затопил*, стихийн*, бедстви*, мчс, чрезвычайн* ситуаци*, тушени*, дтп, утонул*, затонул*, пожарн*, возгорани*, пострадал*
2: погибли, ранены, разрушени*, ущерб*, столкновени*
@economy-business-finance
3: экономик*, экономическ*, инфляци*, ключевую ставк*, ключевой ставк*, ключевая ставк*, процентные ставк*, процентной ставк*, центробанк*, центральный банк*, центрального банк*, банк*, ввп, рецесси*, бирж*, рынок*, рынк*, рыночн*, акци*, инвест*, прибыл*, выручк*, компани*, торгов*, пошлин*, экспорт*, импорт*, бюджет*, долг, долга, долги, долгов, налог*, валют*, рубл*, юан*, доллар*, евро, цены, цен, ценам, ценах, нефт*, газ, газом, промышленн*, производств*, добыч*, субсиди*, млрд, миллиард*, финанс*, сделк*, контракт*, регулятор*, лиры, лира, лиру, энергетик*, электроэнерги*, аэс, атомной станци*, атомная станци*, поставк*, фермер*, баррел*, базисн* пункт*, ценных бумаг, экономист*, мосбирж*, кредит*, ипотек*, бизнес*, предпринимател*
2: стоимост*, рост цен, продаж*, потреби*, энерги*, электростанци*, предприяти*, завод*, тариф*
@education
3: школ*, школьник*, ученик*, учител*, педагог*, образовани*, образовательн*, университет*, вуз*, студент*, экзамен*, егэ, обучени*, учебн*, первоклассник*, абитуриент*, минпросвещени*, минобрнауки, детск* сад*, детский сад
2: выпускник*
@environment
3: климат*, потеплени*, выброс*, углерод*, загрязнени*, вырубк*, биоразнообрази*, экологи*, экологическ*, возобновляем*, солнечн*, ветров*, ветроэнергети*, виды животных, лес, леса, лесов, лесах, лесные, пластик*, переработк*, природ*, заповедник*, свалк*, вымира*, нацпарк*, национальн* парк*, разлив нефти, зоозащитник*
2: энерги*, засух*, отходы, отходов, отходами
@health
3: здравоохранени*, больниц*, врач*, медик*, медсестр*, пациент*, заболевани*, болезн*, вирус*, вакцин*, прививк*, эпидеми*, пандеми*, рак, рака, раком, онколог*, грипп*, ковид*, коронавирус*, холер*, маляри*, корь, кори, медицинск*, лекарств*, хирург*, минздрав*, лечени*, орви, карантин*, заболеваемост*, здоровь*, медицин*, поликлиник*, скорая помощь, скорой помощи, диагноз*, инфекци*, заражени*, заразил*, туберкулез*, диабет*, вич, спид
2: смертност*
@human-interest
3: долгожител*, трогательн*, необычн*, день рождения, собак*, кошк*, питом*, лотере*
@labour
3: забастовк*, бастую*, профсоюз*, работник*, трудящ*, зарплат*, заработной плат*, заработная плат*, оклад*, занятост*, безработиц*, увольнени*, сокращение штат*, пенси*, рабочее время, стачк*, трудов*, мрот, работодател*, увольн*
2: персонал*, сотрудник*, рабоч*, ваканси*
@lifestyle-leisure
3: отпуск*, путешеств*, туризм*, турист*, рецепт*, кулинар*, кухн*, ресторан*, мода, моды, моде, красот*, фитнес*, отдых*, досуг*, гостиниц*, отел*, пляж*, вино, вином, блюд*
@religion
3: церк*, храм*, патриарх*, папа римский, понтифик*, ватикан*, мечет*, имам*, мусульман*, ислам*, христиан*, католи*, православн*, епископ*, митрополит*, священник*, кардинал*, религи*, вера, веры, веру, верой, верующ*, молитв*, паломник*, рамадан*, пасх*, рождеств*, богослужени*, синагог*, иудей*, евре*, духовенств*, рпц, муфти*, буддист*, крещени*, курбан-байрам
@science-technology
3: наса, космонавт*, астронавт*, учёные, учёных, учёным, ученые, ученых, ученым, исследовател*, исследовани*, космос*, космическ*, ракета-носитель, ракеты-носител*, спутник*, телескоп*, астроном*, искусственный интеллект*, искусственного интеллект*, ии, технологи*, цифров*, программн*, робот*, квантов*, компьютер*, интернет*, соцсет*, социальных сет*, социальные сет*, платформ*, приложени*, инноваци*, лаборатори*, эксперимент*, орбит*, полупроводник*, чип*, академи* наук, лаборатор*, генетик*, днк, мкс, нейросет*, микроэлектрони*, кибератак*, хакер*
2: аккумулятор*, батаре*, разработал*, открыти*
@society
3: мигрант*, миграци*, иммигра*, беженц*, убежищ*, депортац*, права человека, однополы*, лгбт*, гомосексуал*, равенств*, дискриминаци*, расизм*, бедност*, нищет*, жиль*, неравенств*, демограф*, рождаемост*, социальн*, общество*, инвалид*, многодетн*, сирот*, бездомн*, аборт*, домашн* насили*
2: населени*, семья, семьи, семей, молодёж*, молодеж*, граждан*, жител*, пенсионер*
@sport
3: футбол*, матч*, чемпионат*, чемпионат мира, чемпионат европы, олимпи*, турнир*, тренер*, игрок*, команда, команды, команде, командой, сборн*, финал*, полуфинал*, четвертьфинал*, стадион*, гол, голы, голом, лига, лиги, лиге, теннис*, баскетбол*, хокке*, регби, велоспорт*, марафон*, атлет*, спортсмен*, медал*, чемпион*, мундиал*, отборочн*, счётом, счетом, кхл, рпл, нхл, фифа, уефа, вратар*, нападающ*, форвард*, шайб*, спорт*, болельщик*, фигурист*, биатлон*, шахмат*
2: победил*, победа*, обыграл*, проиграл*, ничь*, сезон*, клуб*, титул*, соревновани*, гонк*, лыжн*
@weather
3: погод*, жара, жары, жару, жарой, зной, зноя, температур*, дожд*, ливн*, снег*, снегопад*, гроза, грозы, шторм*, синоптик*, метеоролог*, засух*, мороз*, похолодани*, ветер, ветра, ветром, ветров, порыв*, градус*, циклон*, антициклон*, аномальная жара, аномальной жар*, столбик термометра, гидрометцентр*, гололед*, гололёд*, метел*, осадк*, заморозк*, росгидромет*, штормов* предупреждени*
2: прогноз*, наводнени*, паводк*, туман*
@arts-culture-entertainment
3: фильм*, кино*, актёр*, актер*, актрис*, режиссёр*, режиссер*, музык*, музыкант*, альбом*, песн*, певец*, певиц*, концерт*, фестивал*, искусств*, художник*, музе*, выставк*, картин*, книг*, писател*, театр*, опера, оперы, опере, оперн*, оркестр*, балет*, танц*, культур*, сериал*, телеканал*, наследи*, юнеско, спектакл*, эрмитаж*, третьяковк*, поэт, поэта, поэту, поэты, поэтов, поэтесс*
`
