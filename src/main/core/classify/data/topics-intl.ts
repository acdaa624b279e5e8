// Topic lexicons for French, Spanish, German and Russian. Format as in topics-en.ts.
// These languages inflect, so most entries are stems: `*` takes any ending of up to four letters
// (élection* -> élections, выбор* -> выборы, выборов). German builds compounds, so `~` lets a term
// end a longer word (~wahl* matches Parlamentswahl, Bundestagswahlen).
export const TOPICS_FR = `
@politics
3: course à l'élysée, course à la présidence, motion de censure, gouvernement renversé
3: élection*, électora*, électeur*, scrutin*, référendum*, parlement*, législativ*, présidentiel*, députés, sénat*, diplomati*, ministre des affaires étrangères, chef de la diplomatie, démission*, premier ministre, campagne électorale, vote*, votent, voix, mandat*, coup d'état, junte*, ambassad*, sanctions, investiture, assemblée nationale, députée*, motion de censure, remaniement*, quinquennat, conseil des ministres, sommet*
2: président*, ministre*, ministère*, politique*, parti*, chef de l'état, autorités, accord*, négociation*, relations, régime*, roi, réforme*, loi*, projet de loi, dissolution, majorité, cohabitation, souveraineté, frontière*, élu, élue, élus, maire*, gouvernement*, coalition*, opposition*, candidat*, constitution*
1: officiel*, responsables, dirigeant*, réunion*, visite*, manifestation*
@conflict-war-peace
3: guerre*, attentat*, cessez-le-feu, trêve, frappe*, bombardement*, missile*, troupes, soldats, militaire*, armée*, rebelle*, insurgé*, jihadist*, djihadist*, terroris*, otage*, invasion, hostilités, avion de combat, milice*, paramilitaire*
2: tués, morts, blessés, sécurité, forces, violence*, armes, arsenal, armement*, réfugiés, déplacés, gangs, combat*, offensive*, attaque*, front, drone*, défense, conflit*
1: tensions, crise*, menace*
@crime-law-justice
2: amende*, pourvoi*
3: cour de cassation, conseil d'état, cour d'appel, tribunal administratif
3: tribunal*, procès, prison*, arrestation*, interpellé*, policier*, meurtre*, homicide*, assassinat*, procureur*, parquet*, fraude*, corruption, escroquerie*, cambriol*, malfaiteur*, dérobé*, drogue*, cocaïne, gangs, criminel*, crime*, inculp*, mis en examen, verdict*, acquitt*, cour pénale, cour suprême, détenu*, garde à vue, viol, viols, violeur*, agression*, cour criminelle, cour d'assises, gendarme*, braquage*, agresseur*, féminicide*, interpellation*, perquisition*, escroc*, trafiquant*, stupéfiants, narcotrafic*, écroué*, incarcér*, peine de prison, réclusion, tué par balle, tués par balle, tuée par balle, fusillade*, par balle, règlement de comptes
2: loi*, illégal*, plainte*, accusé*, accusation*, suspect*, victime*, sanction*, juridiction*, juge*, condamn*, police*, enquête*, volé*, trafic*, justice, avocat*
@disaster-accident-emergency
3: séisme*, tremblement de terre, tsunami*, inondation*, crue*, glissement de terrain, incendie*, feu de forêt, feux de forêt, éruption*, volcan*, avalanche*, accident*, effondrement*, secouristes, sauveteurs, sinistr*, naufrage*, rescapés, alerte rouge, pluies torrentielles, ouragan*, cyclone*, tempête*, famine*, pompiers, sapeurs-pompiers, inondé*, noyade*, déraillement*, accident de la route
2: morts, blessés, dégâts, détruit*, emportant, urgence*, décès, collision*, explosion*, catastrophe*, secours, évacu*, bilan, disparus, victimes, crash
@economy-business-finance
2: concurrence, concurrent*
3: autorité de la concurrence, position dominante, concurrence déloyale
3: économi*, inflation, taux d'intérêt, taux directeur, banque centrale, pib, récession, investiss*, bénéfice*, chiffre d'affaires, droits de douane, exportation*, importation*, impôt*, fiscal*, pétrole*, subvention*, cacao, usine*, rachat*, planteurs, producteurs, avionneur, taux de dépôt, zone euro, point de base, points de base, pouvoir d'achat, faillite*, cac 40, résultats financiers, prix de l'énergie, exportateur*
2: prix, coût*, hausse*, baisse*, vente*, client*, consommat*, salaire*, énergie*, électricité, carburant*, agricult*, agriculteurs, récolte*, taux, ménages, compagnie aérienne, agricole*, banque*, croissance, bourse*, marché*, actions, entreprise*, sociétés, commerce*, tarif*, budget*, dette*, monnaie*, devise*, euro, euros, dollar*, gaz, industri*, emplois, production*, milliard*, financ*, fusion*, livraison*, commandes, constructeur*
@education
3: école*, écoles, élèves, enseignant*, professeur*, éducation, scolaire*, université*, lycée*, baccalauréat, rentrée scolaire, enseignement*, pédagog*, maternelle, lycéen*, collégien*, universitaire*, éducation nationale, parcoursup
2: apprentissage*, diplôme*, académi*, étudiant*, collège*, examen*, rentrée, formation*, bac
@environment
3: climat*, climatique*, réchauffement, émission*, carbone, pollution, polluant*, déforestation, biodiversité, écolog*, renouvelable*, solaire*, éolien*, faune, flore, plastique*, recyclage, énergie verte, transition énergétique, centrale solaire, déchets, protection de la nature, zone à faibles émissions, particules fines, qualité de l'air, gaz à effet de serre, espèces menacées, écologique*, glacier*, pesticide*, combustibles fossiles
2: énergie*, eau, sécheresse*, arbres, océan*, environnement*, forêt*
@health
3: santé, hôpita*, médecin*, infirmi*, patients, maladie*, virus, vaccin*, épidémie*, pandémie*, cancer*, grippe*, covid*, choléra, paludisme, rougeole, ebola, médicament*, chirurgi*, hospitalisation*, euthanasie, fin de vie, mpox, soignant*, dépistage*, ministère de la santé, variole, tuberculose, diabète, obésité, santé mentale
2: traitement*, dose*, santé publique, décès, urgences, contamin*, soins, médical*, sanitaire*
@human-interest
3: centenaire*, doyen*, doyenne*, insolite*, émouvant*, animal de compagnie, retrouvailles, loterie
2: anniversaire*, chien*
2: chat, chats, chaton, chatons
@labour
3: grève*, gréviste*, syndica*, salaire*, rémunération*, chômage, licenciement*, conditions de travail, temps de travail, préavis, intersyndicale, débrayage*, revendication*, assurance chômage, demandeurs d'emploi, indemnisation*, cgt, cfdt, smic, télétravail, inspection du travail
2: travail, personnel*, hausses de salaire, réclame*, postes, embauche*, salarié*, travailleur*, emploi*, retraite*, mobilisation
@lifestyle-leisure
3: vacance*, vacanciers, tourisme, recette*, gastronomi*, beauté, bien-être, loisir*, randonnée*, slow travel, jardinage
2: train de nuit, week-end, tendance*, shopping, voyage*, cuisine*, mode, vélo*, hôtel*, plage*, vin, vins, touriste*, restaurant*
0: hôtel de ville, hôtel matignon, voyage officiel, mode de scrutin
@religion
3: église*, pape, pontife, vatican, mosquée*, imam*, musulman*, islam*, chrétien*, catholique*, évêque*, archevêque*, prêtre*, religi*, prière*, pèlerin*, ramadan, pâques, synagogue*, juif*, conférence épiscopale, épiscopa*, diocèse*, clergé, messe*, laïcité, rabbin*, bouddhis*, hindou*
2: cardinal, foi, fidèles, culte*
0: bonne foi
@science-technology
3: scientifique*, chercheur*, spatial*, nasa, astronaute*, planète*, fusée*, satellite*, télescope*, astronom*, intelligence artificielle, ia, technolog*, logiciel*, robot*, quantique*, ordinateur*, réseaux sociaux, laboratoire*, nucléaire civil, semi-conducteur*, cnrs, inserm, génétique*, adn
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: recherche*, étude*, données, expérience*, application*, sonde*, numérique*, internet, plateforme*, innovation*, découverte*, puce*
1: espace
@society
3: migrant*, migration*, immigration, immigré*, immigrant*, réfugié*, asile, droits de l'homme, droits humains, mariage homosexuel, lgbt*, homosexu*, discrimination*, racisme, pauvreté, précarité, logement*, inégalité*, démograph*, natalité, subsaharien*, féminis*, sans-abri, violences conjugales, violences faites aux femmes, avortement, ivg, handicap*
1: société
2: population, familles, jeunes, social*, citoyens, habitants, retraités, expuls*, égalité, humanitaire*, trottinette*
@sport
0: équipe gouvernementale, équipe de campagne, équipe de secours, équipes de secours, équipe de chercheurs, équipe médicale, course à l'élysée, course à la présidence, match retour de la présidentielle
3: football, championnat*, coupe du monde, jeux olympiques, olympique*, tournoi*, entraîneur*, demi-finale*, quart de finale, ligue des champions, tennis, basket*, rugby, cyclisme, tour de france, marathon, athlète*, médaille*, lions de l'atlas, coupe de france, buteur*, attaquant*, milieu de terrain, gardien de but, sélectionneur*, paralympique*, handball, natation, formule 1, grand prix, mercato
2: battu*, gagn*, score, saison, club*, titre*, compétition*, transfert*, match*, joueur*, équipe, équipes, finale*, stade*, buts, victoire*, ligue, sélection*, mondial, champion*, podium*
@weather
3: météo*, canicule*, températures, température, pluie*, pluvieu*, neige*, orage*, tempête*, vigilance rouge, vigilance orange, météorolog*, sécheresse*, vague de froid, rafales, intempéries, ouragan*, cyclone*, mousson, pluies torrentielles, pluies diluviennes, fortes pluies, averses, brouillard, verglas, épisode cévenol
2: inondation*, crue*, chaleur*, vigilance, prévision*, froid, gel, vent, vents, degrés
0: gel des avoirs, chaleureu*
@arts-culture-entertainment
3: film*, cinéma*, acteur*, actrice*, musique*, musicien*, album*, chanson*, chanteu*, festival*, artiste*, musée*, peinture*, roman*, écrivain*, théâtre*, opéra*, orchestre*, ballet*, danse, culturel*, unesco, louvre, sélection officielle, palme d'or, cinéaste*, réalisatrice*, romancier*, romancière*, prix goncourt, rappeur*, box-office
2: œuvre*, série*, tableau*, culture*, spectacle*, scène*, spectateurs, réalisat*, concert*, art, arts, exposition*, livre, livres, auteur*, patrimoine, joyaux, bijoux, télévision
0: de concert, auteur des faits, auteurs des faits, auteur présumé, livre sterling
`

export const TOPICS_ES = `
@politics
3: carrera por la alcaldía, carrera presidencial, carrera electoral, vacancia presidencial
3: eleccion*, elecciones, electora*, votación*, votos, voto, referéndum, parlamento*, legislativ*, presidencial*, diputados, senado*, congreso, diplomáti*, canciller*, cancillería, renuncia*, dimisión, primer ministro, opositor*, campaña electoral, golpe de estado, embajad*, sanciones, investidura, relaciones diplomáticas, ministerio de relaciones exteriores, comicios, urnas, sufragio, escaños, senador*, moción de censura, consejo de ministros, oficialismo, cumbre*, sanciona, sancionó
2: president*, presidenta, mandatari*, ministr*, política*, político*, partido*, jefe de estado, autoridades, acuerdo*, negociación*, relaciones, régimen, reforma*, ley, leyes, proyecto de ley, soberanía, frontera*, llamada, alcald*, gobernador*, chavismo, peronismo, gobierno*, coalición, oposición, candidat*, mandato*, constitución*
1: oficial*, funcionarios, reunión*, visita*, protesta*, manifestantes
0: partido de gobierno, sociedad anónima, colegio electoral, fe de erratas, vale la pena
@conflict-war-peace
3: guerra*, alto el fuego, tregua, bombarde*, misil*, tropas, soldados, militar*, ejército*, fuerzas armadas, rebelde*, insurgent*, yihadist*, terroris*, rehén*, rehenes, invasión, hostilidades, milicia*, paramilitar*, conflicto armado, ejercicios militares
2: muertos, heridos, seguridad, fuerzas, violencia*, refugiados, desplazados, combate*, ofensiva*, ataque*, frente, dron*, defensa, conflicto*, maniobras, armas
1: tensión*, crisis, amenaza*
@crime-law-justice
2: multa*, sentencia*, fallo judicial
3: tribunal*, juicio*, juez*, jueza*, condenad*, prisión*, cárcel*, detenido*, detención*, arresto*, policial*, asesinato*, homicidio*, fiscalía, fraude*, corrupción, estafa*, robo*, ladrón*, narcotráfico, droga*, cocaína, cartel*, pandilla*, criminal*, crimen*, delito*, abogado*, imputad*, veredicto*, absuelt*, corte suprema, presos, excarcel*, desvío de fondos, incautación*, decomis*, narco*, guardia civil, incaut*, feminicidio*, secuestr*, extorsión*, sicario*, narcotraficante*, prófugo*, reos, juzgado*, audiencia nacional, tribunal supremo, asesin*, a balazos, baleado*, tiroteo*
2: ley, ilegal*, denuncia*, acusad*, acusación*, sospechos*, víctima*, sanción*, condena*, pena*, policía*, fiscal*, investigación*, tráfico*, justicia, cargamento*, capturad*
@disaster-accident-emergency
3: terremoto*, sismo*, tsunami*, inundacion*, inundaciones, deslizamiento*, alud*, incendio*, incendios forestales, erupción*, volcán*, accidente*, derrumbe*, catástrofe*, desastre*, rescatistas, socorristas, evacua*, damnificad*, naufragio*, sobrevivientes, huracán*, ciclón*, apagón*, hambruna, temblor*, aluvión*, deslave*, protección civil, bomberos, siniestro*, descarril*
2: muertos, heridos, daños, destruy*, destrozad*, choque*, colapso*, explosión*, rescate*, desaparecidos, víctimas, tormenta*, emergencia*
@economy-business-finance
3: cnmc, comisión nacional de los mercados y la competencia, libre competencia, antimonopolio
3: fmi, fondo monetario internacional, econom*, inflación, tasa de interés, tipos de interés, tasa de política monetaria, banco central, pib, recesión, inversor*, beneficio*, ganancias, arancel*, exportacion*, importacion*, impuesto*, divisa*, petróleo*, subsidio*, termoeléctrica*, electricidad, comercio mundial, puntos básicos, ipc, empresarial*, déficit, superávit, petrolera*, cotización*, ibex
2: costo*, coste*, alza*, subida*, venta*, consum*, agricultor*, cosecha*, agrícola*, energía*, hacienda, banco*, crecimiento, bolsa*, mercado*, acciones, inversi*, empresa*, compañía*, comercio*, presupuesto*, deuda*, fiscal, moneda*, dólar*, euro, euros, precio*, gas, industria*, empleos, producción*, millones de dólares, mil millones, buques, tránsito
@education
3: escuela*, alumno*, estudiante*, docente*, profesor*, educación, educativ*, universidad*, enseñanza*, aula*, curso escolar, año escolar, alumnado, escolares, bachillerato, selectividad, universitari*, ministerio de educación, rector*
2: matrícula*, becas, colegio*, maestro*, examen*, clases
@environment
3: clima*, climátic*, calentamiento, emision*, carbono, contaminación, contaminante*, deforestación, biodiversidad, medio ambiente, ecológ*, renovable*, solar*, eólic*, fauna, plástico*, reciclaje, energía solar, energía limpia, transición energética, residuos, selva*, emergencia hídrica, agua potable, embalses, gases de efecto invernadero, especies amenazadas, glaciar*, pesticida*, medioambiental*, ecologista*, reforestación, combustibles fósiles
2: agua, sequía*, árboles, lluvias, océano*, ambiental*, especies, flora, bosque*
@health
3: salud, hospital*, médico*, enfermer*, pacientes, enfermedad*, virus, vacuna*, epidemia*, pandemia*, cáncer, gripe*, covid*, cólera, malaria, sarampión, medicament*, cirugía*, eutanasia, muerte asistida, gripe aviar, brote*, colegio médico, ley de salud, atención médica, emergencia sanitaria, dengue, zika, chikungunya, hospitalizad*, contagio*, sanidad, centro de salud, diabetes, obesidad, salud mental, tuberculosis, vih, sida, enfermos
2: tratamiento*, dosis, salud pública, terminales, urgencias, sanitari*
@human-interest
3: centenari*, insólit*, conmovedor*, cumpleaños, gato*, mascota*, reencuentro*, lotería, bisabuel*
2: nieto*, nieta*, perro*, abuela*, abuelo*
@labour
3: huelga*, huelguista*, sindica*, salario*, sueldo*, desempleo, despido*, jubilación*, pensión*, pensiones, jornada laboral, jornada de trabajo, condiciones laborales, horas semanales, convenio colectivo, salario mínimo, desempleados, teletrabajo, ugt, ccoo
2: trabajo, personal, reclaman, exigen, contratación, trabajador*, empleo*, paro, laboral*
@lifestyle-leisure
3: vacaciones, turismo, receta*, gastronom*, belleza, bienestar, ocio, senderismo
2: viaje*, cocina*, moda, hotel*, playa*, vino*, turista*, restaurante*
@religion
3: iglesia*, pontífice, vaticano, mezquita*, imán, musulmán*, musulmanes, islam*, cristian*, católic*, obispo*, arzobispo*, sacerdote*, cardenal*, religi*, oración*, peregrin*, ramadán, semana santa, sinagoga*, judío*, misa*, parroqui*, procesión*, cofradía*, santuario*, peregrinación*, evangélic*, santo padre, diócesis, clero
2: virgen, papa, fe, fieles
@science-technology
3: científic*, investigador*, investigación científica, espacial*, nasa, misión espacial, astronauta*, planeta*, cohete*, satélite*, telescopio*, astronom*, inteligencia artificial, tecnolog*, software, robot*, cuántic*, computador*, ordenador*, redes sociales, laboratorio*, semiconductor*, genoma, adn, fósil*, csic
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: estudio*, digital*, sonda*, luna, internet, plataforma*, aplicación*, innovación*, descubrimiento*, chip*
1: espacio
@society
3: migrante*, migración*, migratori*, inmigra*, refugiad*, asilo, deport*, derechos humanos, matrimonio igualitario, lgbt*, homosexual*, discriminación*, racismo, pobreza, vivienda*, desigualdad*, demográf*, natalidad, indígena*, feminis*, presos políticos, violencia de género, violencia machista, aborto, desahucio*, personas sin hogar, discapacidad
2: población, familias, jóvenes, social*, ciudadanos, vecinos, personas, jubilados, igualdad, humanitari*, sociedad
@sport
0: equipo de campaña, equipo de gobierno, equipo económico, equipo de rescate, equipos de rescate, equipo de investigadores, equipo médico, carrera por la alcaldía, carrera presidencial, carrera electoral, partido de gobierno, partido político, partidos políticos
3: fútbol, futbol, campeonato*, copa del mundo, juegos olímpicos, olímpic*, torneo*, entrenador*, jugador*, semifinal*, cuartos de final, gol, goles, champions, tenis, baloncesto, básquet*, rugby, ciclismo, maratón, atleta*, medalla*, copa américa, penaltis, penales, delantero*, portero*, centrocampista*, eliminatoria*, goleador*, tenista*, ciclista*, futbolista*, fórmula 1, boxeo, medallista*
2: venció, vence, ganó, ganar, victoria*, empate*, derrota*, temporada, club*, título*, competición*, conjunto, selección*, mundial, equipo*, final, finales, estadio*, liga, campeón, campeones
@weather
2: temporal, temporales
3: ola de calor, temperaturas, temperatura, lluvia*, lluvioso*, nieve*, nevada*, meteorológic*, sequía*, ola de frío, helada*, ráfaga*, huracán*, ciclón*, monzón, falta de lluvias, dana, gota fría, lluvias torrenciales, precipitaciones, aemet, granizo, calima, chubascos
2: inundacion*, inundaciones, alerta roja, alerta naranja, calor*, tormenta*, pronóstico*, frío, viento*, grados
@arts-culture-entertainment
3: película*, cine*, actor*, actriz*, música*, músico*, álbum*, canción*, cantante*, concierto*, festival*, artista*, museo*, pintura*, novela*, escritor*, teatro*, ópera*, orquesta*, ballet, danza, cultural*, unesco, arqueológic*, pinacoteca*, cineasta*, estreno*, taquilla, rodaje*, poeta*, poesía, flamenco, premios goya, premio cervantes
2: obra*, espectáculo*, escenario*, director*, arte, artes, exposición*, cuadro*, libro*, autor*, cultura*, patrimonio, serie*, televisión
0: director general, directora general, directora gerente, director gerente, autor del crimen, autores del crimen, autor material, director del fmi, directora del fmi
`

export const TOPICS_DE = `
@politics
3: ~wahl*, ~wähl*, abstimmung*, referendum*, volksabstimmung*, parlament*, bundestag*, landtag*, abgeordnete*, diplomat*, außenminister*, außenministerin, koalition*, rücktritt*, kanzler*, kanzlerin, bundeskanzler*, ministerpräsident*, premierminister*, putsch*, botschafter*, sanktion*, verfassung*, parteien, partei, regierungsbildung*, beitritt*, staatschef*, regierungschef*, ~gesetz*, ~regierung*, bundesregierung, kabinett*, ~kanzler*, neuwahl*, misstrauensvotum, vertrauensfrage, gipfel*
2: minister*, ministerium*, politik*, politisch*, behörde*, abkommen*, verhandlung*, beziehungen, regime*, reform*, grundrechte, mehrheit, souveränität, grenze*, ~minister*, ~präsident*, ~politik*, ~partei*, ~reform*, cdu, csu, spd, fdp, afd, bsw, övp, fpö, spö, regierung*, opposition*, kandidat*, präsident*, botschaft*, gesetz*, bündnis*, mandat*
1: offiziell*, treffen, besuch*, protest*, demonstr*, kritiker
@conflict-war-peace
3: krieg*, waffenruhe, waffenstillstand*, luftangriff*, raketen*, rakete, truppen, soldat*, militär*, armee*, streitkräfte*, rebell*, miliz*, dschihadist*, terror*, geisel*, invasion, bombard*, beschuss, kampfjet*, kampfflugzeug*, nato, luftwaffe
2: getötet*, tote, verletzte, sicherheit*, gewalt*, flüchtling*, vertriebene, angriff*, kämpf*, offensive*, front*, drohne*, verteidigung*, waffen
@crime-law-justice
2: bußgeld*, geldstrafe*
3: eugh, europäischer gerichtshof, bundesgerichtshof, bundesverfassungsgericht
3: ~gerichtshof, richter*, verurteil*, gefängnis*, festgenommen*, festnahme*, verhaftet*, ~polizei*, mord*, totschlag, ermordet*, getötet hatte, staatsanwalt*, betrug*, korruption*, bestechung*, diebstahl*, raub*, schmuggel*, drogen*, kokain, bande*, krimin*, verbrechen*, justiz*, anklage*, angeklagt*, freispruch*, beschuldigt*, lebenslang*, landgericht*, messerangriff*, messerattacke*, messerstecherei*, tatverdächtig*, täter*, ~täter*, bundesanwaltschaft, ~anwaltschaft*, ~ermittler*, ermittelt, ~mord*, ~diebstahl*, ~betrug*, polizist*, ~polizist*, vergewaltig*, überfall*, einbrecher*, razzia*, ~razzia*, untersuchungshaft, ~haftstrafe*, ~haftbefehl*
2: prozess, prozesse, prozesses, mordprozess*, illegal*, anzeige*, verdacht*, opfer*, einbruch*, ~gericht, ~gerichts, ~gerichte, haft*, strafe*, ermittlung*, anwalt*, urteil*, missbrauch*
@disaster-accident-emergency
3: erdbeben*, beben, tsunami*, hochwasser*, überschwemmung*, erdrutsch*, lawine*, brände, bränden, waldbr*, großbrand*, feuerwehr*, vulkan*, ~unglück*, ~unfall*, unfälle, zusammenstoß*, einsturz*, rettungskräfte*, evakuier*, vermisst*, todesopfer, überlebende*, hurrikan*, wirbelsturm*, taifun*, notstand*, entgleis*, absturz*, ~absturz*, abgestürzt*, notlandung*, ~explosion*, verschüttet*, ~erdbeben*
2: tote, verletzte, schäden, zerstört*, über die ufer, häuser verlassen, flut*, brand, ausbruch*, explosion*, katastrophe*, retter*, rettung*, opfer
@economy-business-finance
3: kartellamt*, wettbewerbshüter*, ~kartell*
3: wirtschaft*, konjunktur*, inflation*, teuerung*, zins*, leitzins*, zentralbank*, notenbank*, zentralbank*, bip, bruttoinlandsprodukt*, rezession*, börse*, aktie*, investi*, umsatz*, ~unternehmen*, konzern*, handels*, welthandel*, ~zölle, ~zoll, strafzöll*, export*, import*, ~haushalt*, schulden*, steuererhöhung*, steuersenkung*, währung*, ~öl, erdöl*, gaspreis*, industrie*, subvention*, autohersteller*, ~hersteller*, finanz*, übernahme*, konjunkturpaket*, kaufkraft, ~steuer*, schuldenbremse, sondervermögen*, ~zins*, ~inflation, ~wirtschaft*, ~konzern*, ~industrie*, ~export*, dax, ~aktie*, insolvenz*, ~insolvenz*, pleite*, autobauer*, ~autobauer*, autoindustrie*, rettungspaket*
2: preis*, kosten*, anstieg*, rückgang*, verkauf*, verbrauch*, energie*, strom*, landwirt*, ~preise, ~preisen, verbraucher*, ~branche, mittelstand*, bank, banken, wachstum*, ~markt*, gewinn*, handel, steuer, euro, dollar*, gas, produktion*, milliard*, fusion*, ausgaben
0: weihnachtsmarkt*, kunststoff*, generaldirektor*
@education
3: ~schule*, schüler*, lehrer*, lehrkr*, universität*, hochschul*, studierende*, unterricht*, präsenzunterricht, abitur*, lehrplan*, kita*, schulministerium*, lehrermangel, ~lehrer*, ~lehrkräfte, kultusminister*, schuljahr*, schulen, schulleit*, ~unterricht*, ~schüler*, studium*, ~studium*, ~universität*, ~hochschule*, bafög, bildungsminister*, ~bildungsminister*, pisa-studie*
2: bildung*, student*, prüfung*
@environment
3: klima*, erderwärmung, emission*, co2, kohlendioxid, ~umwelt*, umweltschützer*, verschmutzung*, abholzung*, artenvielfalt, biodiversität, ökolog*, erneuerbar*, solar*, ~windkraft*, windenergie*, windpark*, artenschutz, naturschutz*, plastik*, recycling, energiewende, kohleausstieg, ~klima*, wärmepumpe*, heizungsgesetz*, gebäudeenergiegesetz*, ~emission*, treibhaus*, ~naturschutz*, ~schutzgebiet*, artensterben, aussterben*, ~verschmutzung*, luftqualität, feinstaub*, fossile brennstoffe, fossilen brennstoffe
2: energie*, wasser*, dürre*, bäume, ~heizung*, ~heizungen, ~energie*, wald*
@health
3: gesundheit*, krankenhaus*, kliniken, klinik*, ärzt*, arzt*, pfleger*, pflegekr*, patient*, krankheit*, virus, viren, impf*, epidemie*, pandemie*, krebs*, grippe*, covid*, corona*, cholera, malaria, masern, medizin*, medikament*, chirurg*, sterbehilfe, gesundheitsminister*, ~klinik*, ~krankenhaus*, ~medizin*, klinische studie*, impfstoff*, ~ärzt*, infektion*, ~infektion*, erkrank*, ~erkrank*, krankenkasse*, notaufnahme*, ~virus, pflegeheim*, pflegeversicherung*, pflegebedürftig*, pflegenotstand, pflegepersonal
2: operation*
@human-interest
3: hundertjährig*, kurios*, rührend*, geburtstag*, haustier*, wiedersehen, lotto*
2: hund, hunde, hunden, katze*
@labour
3: streik*, ~gewerkschaft*, gewerkschafter*, arbeitnehmer*, lohn*, löhne*, gehälter, tarif*, tarifvertr*, arbeitsplätze, arbeitslos*, entlassung*, stellenabbau*, arbeitszeit*, warnstreik*, ig metall, lokführer*, ~streik*, bestreik*, fachkräftemangel, ~löhne, ~arbeiter*, ~beschäftigte*, ~mitarbeiter*, verdi, ver.di, ~arbeitslos*, kurzarbeit*, mindestlohn*, jobabbau*, ~jobabbau*, ~stellenabbau*, ~arbeitsplätze, wanderarbeiter*, reallohn*, stundenlohn*, monatslohn*, bruttolohn*, nettolohn*, ~löhnen
2: personal*, belegschaft*, ~rente*, beschäftigte*, mitarbeiter*, ~gehalt*, rente*, arbeiter*
1: arbeit*
@lifestyle-leisure
3: urlaub*, tourismus, rezept*, kochen, gastronom*, modewoche*, schönheit*, wellness, freizeit*, wander*, weinbau*
2: reise*, küche*, mode, hotel*, strand*, wein, tourist*, restaurant*, weine
@religion
3: kirche*, papst*, vatikan*, moschee*, imam*, muslim*, islam*, katholi*, bischof*, bischöf*, erzbischof*, ~bistum*, priester*, kardinal*, religi*, gläubige*, gebet*, pilger*, ramadan, ostern, synagoge*, jüdisch*, gottesdienst*, geistliche*, pfarrer*, ~kirche*, evangelisch*, ~gottesdienst*, kirchentag*, ~bischof*, rabbiner*, hindu*, buddhis*, ~moschee*, christen, christin, christinnen, christlich*, christentum*, glaubens*
2: christ, glaube
@science-technology
3: forscher*, wissenschaft*, forschung*, nasa, raumsonde*, astronaut*, weltraum*, raumfahrt*, rakete*, satellit*, teleskop*, astronom*, künstliche intelligenz, ki, technolog*, software*, roboter*, quanten*, soziale medien, halbleiter*, chip*, ~forscher*, ~forschung*, ~technologie*, weltall, esa, dna, genom*
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: studie*, digital*, computer*, internet*, plattform*, app, apps, innovation*, entdeck*, labor*
@society
3: migrant*, migration*, einwander*, zuwander*, flüchtling*, asyl*, abschiebung*, abgeschoben*, menschenrechte*, gleichgeschlecht*, ehe für alle, lgbt*, homosexu*, queer*, gleichstellung*, diskriminier*, rassismus*, armut*, obdachlos*, ungleichheit*, demograf*, geburtenrate*, kinderarmut, ~armut, ~flüchtling*, geflüchtete*, ~migration*, ~asyl*, bürgergeld*, sozialhilfe*, wohnungsnot, häusliche gewalt, femizid*, gleichberechtigung*, abtreibung*, schwangerschaftsabbruch*, frontex
2: bevölkerung*, familie*, jugendliche*, bürger*, miete*, mieten, rentner*, pride*, wohnung*, integration*, gesellschaft*, sozial*
@sport
0: rettungsmannschaft*, regierungsmannschaft*, forscherteam*, wahlkampfteam*, rennen um die kanzlerkandidatur, rennen um das kanzleramt, rennen ums kanzleramt
3: ~fußball*, bundesliga*, meisterschaft*, weltmeisterschaft*, wm, em, olympi*, turnier*, trainer*, spieler*, ~mannschaft*, halbfinale*, viertelfinale*, stadion*, champions league, ~liga, tennis*, basketball*, rugby, radsport*, tour de france, marathon*, athlet*, medaille*, rekordmeister*, pokal*
2: tor, tore, gewonnen, gewinnt, siegte, niederlage*, saison, spieltag*, tabellenführ*, torschütze*, elfmeter*, verein, vereine, vereins, vereinen, aufstieg*, tabelle*, finale*, titel*, sieg*, meister, meisters, abstieg*
3: ungeschlagen, spitzenspiel*, ~meisterschaft*, meistertitel*, ~trainer*, torwart*, stürmer*, weltmeister*, olympiasieg*, ~pokal*, dfb, uefa, fifa, formel 1, grand prix
1: spiel*
@weather
3: ~wetter*, wetterdienst*, hitze*, hitzewelle*, temperatur*, regen, regenfälle, starkregen*, schnee*, stürme, sturmflut*, sturmböen, orkan*, orkanböen, unwetter*, gewitter*, meteorolog*, dürre*, kältewelle*, frost*, böen, hurrikan*, taifun*, hagel*, glätte*, glatteis, schneefall*, ~gewitter*, ~hitze*, dwd, ~temperatur*, dauerregen, eisregen, nieselregen, platzregen, schneesturm*, sandsturm*, wintersturm*, herbststurm*, sturmtief*
2: hochwasser*, überschwemmung*, sturm, prognose*, wind, winde, grad
@arts-culture-entertainment
3: ~film*, kino*, schauspiel*, regisseur*, ~musik*, musiker*, album*, lied, lieder, song*, sänger*, konzert*, festival*, künstler*, ~museum*, museen, ausstellung*, gemälde*, bücher, roman*, autoren, autorin, schriftsteller*, ~theater*, oper, opern, opernhaus*, orchester*, philharmoni*, ballett*, tanz*, fernseh*, oscar*, ~festival*, berlinale, ~ausstellung*, ~sänger*, ~künstler*, ~konzert*, ~roman*, ~oper
2: serie*, bühne*, kunst*, ~buch*, autor, kultur*
`

export const TOPICS_RU = `
@politics
3: предвыборн* гонк*, президентск* гонк*
3: выбор*, избира*, голосован*, референдум*, парламент*, депутат*, сенат*, дипломат*, министр иностранных дел, глава мид, мид, отставк*, премьер-министр*, коалици*, оппозици*, предвыборн*, президентск*, переворот*, саммит*, посольств*, посол, санкци*, конституци*, госдум*, цик, вступлени*, мирный договор*, мирного договор*, инаугурац*, вице-премьер*, единая россия, единой росси*, кпрф
2: президент*, министр*, министерств*, политик*, политическ*, парти*, глава государства, власт*, соглашени*, отношени*, режим*, реформ*, закон*, законопроект*, границ*, визит*, губернатор*, мэр, мэра, мэру, мэром, мэрии, мэрия, спикер*, указ, указа, указом, указе, указы, правительств*, премьер*, кандидат*, переговор*
1: официальн*, встреч*, протест*, митинг*
@conflict-war-peace
3: войн*, военн*, перемири*, прекращение огня, обстрел*, бомбардировк*, ракет*, войск*, солдат*, арми*, вооружённ*, вооруженн*, боевик*, повстанц*, джихадист*, террорист*, бои, боёв, боях, наступлени*, заложник*, вторжени*, беспилотник*, дрон*, минобороны, баллистическ*, межконтинентальн*, учения, учений, учениях, мирный договор*, мирного договор*, мирному договор*, мирн* соглашени*, мирн* переговор*
2: запуск*, погибш*, убит*, ранен*, безопасност*, насили*, беженц*, удар*, атак*, фронт*, оборон*, конфликт*
1: напряжённост*, кризис*, угроз*
@crime-law-justice
3: арбитражн* суд*, иск, иска, иску, иском, иске, иски, исков
3: судебн*, судь*, приговор*, осуждён*, осужден*, тюрьм*, арест*, полици*, убийств*, убийц*, прокурор*, прокуратур*, следовател*, мошенничеств*, коррупци*, взятк*, кража*, краж*, похищ*, контрабанд*, наркотик*, кокаин*, преступн*, преступлен*, правосуди*, адвокат*, обвиняем*, виновн*, оправда*, уголовн*, пособничеств*, концлагер*, мосгорсуд*, горсуд*, райсуд*, полицейск*, сизо, мошенник*, грабеж*, разбой*, изнасиловани*, мвд
2: закон*, незаконн*, жалоб*, подозрева*, жертв*, нападени*, штраф*, суд, суда, суде, судом, суды, судов, заключени*, задержан*, следстви*, обвинени*, задержал*
@disaster-accident-emergency
3: землетрясени*, толчк*, цунами, наводнени*, паводк*, оползн*, пожар*, лесные пожары, извержени*, вулкан*, лавин*, авари*, катастроф*, крушени*, обрушени*, спасател*, эвакуаци*, эвакуир*, погибш*, пропавш*, ураган*, циклон*, шторм*, тайфун*, чрезвычайное положени*, чрезвычайного положени*, чс, ливн*, затопил*, стихийн*, бедстви*, мчс, чрезвычайн* ситуаци*, тушени*, дтп, утонул*, затонул*, пожарн*, возгорани*
2: погибли, ранены, разрушени*, ущерб*, столкновени*, взрыв*, пострадавш*, жертв*, пострадал*
@economy-business-finance
3: экономик*, экономическ*, инфляци*, ключевую ставк*, ключевой ставк*, ключевая ставк*, процентные ставк*, процентной ставк*, центробанк*, центральный банк*, центрального банк*, ввп, рецесси*, бирж*, рыночн*, инвест*, прибыл*, выручк*, пошлин*, экспорт*, импорт*, бюджет*, налог*, валют*, рубл*, юан*, нефт*, промышленн*, добыч*, субсиди*, млрд, миллиард*, финанс*, регулятор*, лиры, лира, лиру, энергетик*, электроэнерги*, аэс, атомной станци*, атомная станци*, поставк*, фермер*, баррел*, базисн* пункт*, ценных бумаг, экономист*, мосбирж*, кредит*, ипотек*, бизнес*, предпринимател*
2: стоимост*, рост цен, продаж*, потреби*, энерги*, электростанци*, предприяти*, завод*, тариф*, банк*, рынок*, рынк*, акци*, компани*, торгов*, долг, долга, долги, долгов, доллар*, евро, цены, цен, ценам, ценах, газ, газом, производств*, сделк*, контракт*
0: акция протеста, акции протеста, акций протеста, акциях протеста, заключение договора, заключения договора, генеральный директор, гендиректор*
@education
3: школ*, школьник*, ученик*, учител*, педагог*, образовани*, образовательн*, университет*, вуз*, студент*, экзамен*, егэ, учебн*, первоклассник*, абитуриент*, минпросвещени*, минобрнауки, детск* сад*, детский сад
2: выпускник*, обучени*
@environment
3: климат*, потеплени*, углерод*, загрязнени*, вырубк*, биоразнообрази*, экологи*, экологическ*, возобновляем*, ветроэнергети*, виды животных, пластик*, заповедник*, свалк*, вымира*, нацпарк*, национальн* парк*, разлив нефти, зоозащитник*
2: энерги*, засух*, отходы, отходов, отходами, выброс*, солнечн*, ветров*, лес, леса, лесов, лесах, лесные, переработк*, природ*
@health
3: здравоохранени*, больниц*, врач*, медик*, медсестр*, пациент*, заболевани*, болезн*, вирус*, вакцин*, прививк*, эпидеми*, пандеми*, рак, рака, раком, онколог*, грипп*, ковид*, коронавирус*, холер*, маляри*, корь, кори, медицинск*, лекарств*, хирург*, минздрав*, лечени*, орви, карантин*, заболеваемост*, медицин*, поликлиник*, скорая помощь, скорой помощи, диагноз*, инфекци*, заражени*, заразил*, туберкулез*, диабет*, вич, спид
2: смертност*, здоровь*
@human-interest
3: долгожител*, трогательн*, день рождения, питом*, лотере*
2: необычн*, собак*, кошк*
@labour
3: забастовк*, бастую*, профсоюз*, трудящ*, зарплат*, заработной плат*, заработная плат*, оклад*, занятост*, безработиц*, увольнени*, сокращение штат*, пенси*, рабочее время, стачк*, мрот, работодател*, увольн*
2: персонал*, сотрудник*, рабоч*, ваканси*, работник*, трудов*
@lifestyle-leisure
3: отпуск*, путешеств*, туризм*, рецепт*, кулинар*, красот*, фитнес*, досуг*, гостиниц*, пляж*
2: кухн*, мода, моды, моде, отдых*, отел*, вино, вином, блюд*, турист*, ресторан*
@religion
3: церк*, храм*, патриарх*, папа римский, понтифик*, ватикан*, мечет*, имам*, мусульман*, ислам*, христиан*, католи*, православн*, епископ*, митрополит*, священник*, кардинал*, религи*, верующ*, молитв*, паломник*, рамадан*, пасх*, рождеств*, богослужени*, синагог*, иудей*, евре*, духовенств*, рпц, муфти*, буддист*, крещени*, курбан-байрам
2: вера, веры, веру, верой
@science-technology
3: наса, космонавт*, астронавт*, учёные, учёных, учёным, ученые, ученых, ученым, исследовател*, космос*, космическ*, ракета-носитель, ракеты-носител*, спутник*, телескоп*, астроном*, искусственный интеллект*, искусственного интеллект*, ии, программн*, робот*, квантов*, соцсет*, социальных сет*, социальные сет*, инноваци*, лаборатори*, орбит*, полупроводник*, чип*, академи* наук, лаборатор*, генетик*, днк, мкс, нейросет*, микроэлектрони*, кибератак*, хакер*
2: аккумулятор*, батаре*, разработал*, открыти*, исследовани*, технологи*, цифров*, компьютер*, интернет*, платформ*, приложени*, эксперимент*
@society
3: мигрант*, миграци*, иммигра*, беженц*, убежищ*, депортац*, права человека, однополы*, лгбт*, гомосексуал*, дискриминаци*, расизм*, бедност*, нищет*, жиль*, неравенств*, демограф*, рождаемост*, инвалид*, многодетн*, сирот*, бездомн*, аборт*, домашн* насили*
2: населени*, семья, семьи, семей, молодёж*, молодеж*, граждан*, жител*, пенсионер*, равенств*, социальн*, общество*
@sport
0: команда президента, команды президента, команда губернатора, команда трампа, команды трампа, предвыборн* гонк*, гонка вооружений, гонки вооружений, гонку вооружений, президентск* гонк*
3: футбол*, чемпионат*, чемпионат мира, чемпионат европы, олимпи*, турнир*, тренер*, полуфинал*, четвертьфинал*, гол, голы, голом, теннис*, баскетбол*, хокке*, регби, велоспорт*, марафон*, атлет*, спортсмен*, медал*, мундиал*, отборочн*, счётом, счетом, кхл, рпл, нхл, фифа, уефа, вратар*, нападающ*, форвард*, шайб*, спорт*, болельщик*, фигурист*, биатлон*, шахмат*
2: победил*, победа*, обыграл*, проиграл*, ничь*, сезон*, клуб*, титул*, соревновани*, гонк*, лыжн*, матч*, игрок*, команда, команды, команде, командой, сборн*, финал*, стадион*, лига, лиги, лиге, чемпион*
@weather
3: погод*, жара, жары, жару, жарой, зной, зноя, дожд*, ливн*, снег*, снегопад*, гроза, грозы, шторм*, синоптик*, метеоролог*, засух*, мороз*, похолодани*, порыв*, циклон*, антициклон*, аномальная жара, аномальной жар*, столбик термометра, гидрометцентр*, гололед*, гололёд*, метел*, осадк*, заморозк*, росгидромет*, штормов* предупреждени*
2: прогноз*, наводнени*, паводк*, туман*, температур*, ветер, ветра, ветром, ветров, градус*
@arts-culture-entertainment
3: фильм*, кино*, актёр*, актер*, актрис*, режиссёр*, режиссер*, музык*, музыкант*, альбом*, песн*, певец*, певиц*, концерт*, фестивал*, художник*, музе*, выставк*, книг*, писател*, театр*, опера, оперы, опере, оперн*, оркестр*, балет*, танц*, сериал*, телеканал*, юнеско, спектакл*, эрмитаж*, третьяковк*, поэт, поэта, поэту, поэты, поэтов, поэтесс*
2: искусств*, картин*, культур*, наследи*
`
