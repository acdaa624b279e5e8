// French topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// These languages inflect, so most entries are stems: `*` takes any ending of up to four letters
// (élection* -> élections). A stem inside a phrase is spelled out with the language's endings.
export const TOPICS_FR = `
@politics
0: partie, en partie, fait partie, font partie, faisait partie, faisaient partie, grande partie
3: destitué, destituée, destitution
3: état de siège, ancien député, ancienne députée, ancien sénateur, ancienne sénatrice, ex-député, ex-maire, ancien élu, ancienne élue, ancien gouverneur
3: impose des droits de douane, imposer des droits de douane, droits de douane punitifs, droits de douane de représailles
0: sommet du col, sommet du mont, sommet de l'everest, sommet de la montagne, atteint le sommet, atteindre le sommet, vers le sommet, sommet enneigé, sommet de la côte
3: accord de paix, accords de paix, pourparlers de paix, négociations de paix, processus de paix, traité de paix, plan de paix, accord de cessez-le-feu
3: ancien président, ancienne présidente, ancien premier ministre, ancien ministre, ancienne ministre, ex-président, ex-ministre, ancien maire, opposants, opposant politique
2: hôtel de ville, voyage officiel
3: hôtel matignon, mode de scrutin
3: match retour de la présidentielle
2: équipe gouvernementale
3: extrême droite, extrême gauche
2: sondage*, primaire
3: remaniement ministériel, élections législatives, élections municipales, élections européennes, élections régionales, municipales, sénatoriales, second tour, premier tour, président élu, vice-président*, chef de l'état, élysée, matignon, palais bourbon, bundestag, maison-blanche, maison blanche, kremlin, downing street, conseil de sécurité, assemblée générale de l'onu, g7, g20, 49.3, article 49.3, dissolution de l'assemblée, cohabitation, extrême droite, rassemblement national, la france insoumise, les républicains, écologistes, socialistes, parti socialiste, nouveau front populaire
3: course à l'élysée, course à la présidence, motion de censure, gouvernement renversé
3: élection*, électora*, électeur*, scrutin*, référendum*, parlement*, législativ*, présidentiel*, députés, sénat*, diplomati*, ministre des affaires étrangères, chef de la diplomatie, démission*, premier ministre, campagne électorale, vote*, votent, voix, mandat*, coup d'état, junte*, ambassad*, sanctions, investiture, assemblée nationale, députée*, motion de censure, remaniement*, quinquennat, conseil des ministres, sommet*
2: président*, ministre*, ministère*, politique*, parti*, chef de l'état, autorités, accord*, négociation*, relations, régime*, roi, réforme*, loi*, projet de loi, dissolution, majorité, cohabitation, souveraineté, frontière*, élu, élue, élus, maire*, gouvernement*, coalition*, opposition*, candidat*, constitution*
1: officiel*, responsables, dirigeant*, réunion*, visite*, manifestation*
@conflict-war-peace
3: islamiste*
3: accords de paix, processus de paix, traité de paix, plan de paix, accord de cessez-le-feu
3: course aux armements, course à l'armement, arsenal nucléaire, ogives nucléaires
3: attentat-suicide, attentats-suicides
3: missile de croisière, missiles de croisière
2: chars, annexion*, annexé*
3: opération militaire, offensive terrestre, ligne de front, territoires occupés, tireur d'élite, mines antipersonnel, défense aérienne, défense antiaérienne, frappes de drones, raid aérien, raids aériens, avions de chasse, bombardiers, porte-avions, sous-marin*, aide militaire, livraisons d'armes, prisonniers de guerre, échange de prisonniers, casques bleus, maintien de la paix, zone démilitarisée, accord de paix, pourparlers de paix, négociations de paix, hezbollah, hamas, houthis, talibans, shebab, boko haram, état islamique, al-qaïda, wagner, m23, otan
3: guerre*, attentat*, cessez-le-feu, trêve, frappe*, bombardement*, missile*, troupes, soldats, militaire*, armée*, rebelle*, insurgé*, jihadist*, djihadist*, terroris*, otage*, invasion, hostilités, avion de combat, milice*, paramilitaire*
2: tués, morts, blessés, sécurité, forces, violence*, armes, arsenal, armement*, réfugiés, déplacés, gangs, combat*, offensive*, attaque*, front, drone*, défense, conflit*
1: tensions, crise*, menace*
@crime-law-justice
3: orpaillage illégal, orpailleur clandestin, orpailleurs clandestins, enlèvement*, enlevés, enlevées, kidnapp*, rapt, braconn*
2: pêche illégale
3: vol de bijoux, joyaux de la couronne
0: aucune interpellation, aucune arrestation, sans interpellation
2: test adn, tests adn, correspondance adn, empreinte génétique, empreintes génétiques
2: auteur des faits, auteurs des faits, auteur présumé
3: condamné à, condamnée à, réclusion criminelle, prison ferme, avec sursis, mis en examen, placé en garde à vue, placée en garde à vue, détention provisoire, cour d'appel, conseil constitutionnel, tribunal correctionnel, tribunal judiciaire, juge d'instruction, procureure*, interpol, europol, crime organisé, mafia*, trafic de drogue, trafic d'êtres humains, passeurs, rançongiciel*, extorsion*, chantage, contrefaçon*, incendie criminel, vol à main armée, pédocriminalité, pédophil*, inceste, abus sexuels, cpi, cour pénale internationale, mandat d'arrêt, enquêteurs
2: amende*, pourvoi*
3: cour de cassation, conseil d'état, cour d'appel, tribunal administratif
3: tribunal*, procès, prison*, arrestation*, interpellé*, policier*, meurtre*, homicide*, assassinat*, procureur*, parquet*, fraude*, corruption, escroquerie*, cambriol*, malfaiteur*, dérobé*, drogue*, cocaïne, gangs, criminel*, crime*, inculp*, mis en examen, verdict*, acquitt*, cour pénale, cour suprême, détenu*, garde à vue, viol, viols, violeur*, agression*, cour criminelle, cour d'assises, gendarme*, braquage*, agresseur*, féminicide*, interpellation*, perquisition*, escroc*, trafiquant*, stupéfiants, narcotrafic*, écroué*, incarcér*, peine de prison, réclusion, tué par balle, tués par balle, tuée par balle, fusillade*, par balle, règlement de comptes
2: loi*, illégal*, plainte*, accusé*, accusation*, suspect*, victime*, sanction*, juridiction*, juge*, condamn*, police*, enquête*, volé*, trafic*, justice, avocat*
@disaster-accident-emergency
3: s'est écrasé, s'est écrasée, s'écrase, s'écrasent, se sont écrasés
3: éboulement*, pris feu, prend feu, a pris feu, ont pris feu, prennent feu, glissements de terrain
3: atterrissage d'urgence, sorti de piste, attaque de requin
2: alpiniste*, randonneur*
3: porté disparu, portés disparus, portée disparue, portées disparues, alpinistes disparus
2: épidémie*
3: tornade*, typhon*
3: urgence sanitaire, état d'urgence, état de catastrophe
2: équipe de secours, équipes de secours
2: secousse*, sismique*
3: magnitude, épicentre, coulée de boue, coulées de boue, explosion de gaz, fuite de gaz, effondrement d'un immeuble, effondrement d'un pont, coup de grisou, accident industriel, accident de car, accident d'avion, crash d'avion, carambolage*, chavir*, embarcation de migrants, disparu en mer, disparus en mer, noyé*, brasier, soldats du feu, sécurité civile, croix-rouge, croissant-rouge, plan orsec, catastrophe naturelle, état de catastrophe naturelle, bilan humain
3: séisme*, tremblement de terre, tsunami*, inondation*, crue*, glissement de terrain, incendie*, feu de forêt, feux de forêt, éruption*, volcan*, avalanche*, accident*, effondrement*, secouristes, sauveteurs, sinistr*, naufrage*, rescapés, alerte rouge, pluies torrentielles, ouragan*, cyclone*, tempête*, famine*, pompiers, sapeurs-pompiers, inondé*, noyade*, déraillement*, accident de la route
2: morts, blessés, dégâts, détruit*, emportant, urgence*, décès, collision*, explosion*, catastrophe*, secours, évacu*, bilan, disparus, victimes, crash
@economy-business-finance
2: chalutier*, licences de pêche, licence de pêche, pêche industrielle, pêcheurs, bus électriques, autobus électriques, transports en commun, projet gazier, projet pétrolier
2: recettes touristiques, recettes fiscales, recettes publicitaires, recettes pétrolières, arrivées de touristes, nuitées
3: plateforme gazière, plateforme pétrolière, gisement de gaz, gisement de pétrole, mine d'or, société minière, nationalisation*, pénurie de riz, prix du riz
3: compagnies aériennes, transport aérien, trafic aérien, liaisons aériennes
2: vols commerciaux, ses vols, suspend ses vols, supermarché*, hypermarché*
3: impose des droits de douane, imposer des droits de douane, droits de douane punitifs, droits de douane de représailles
3: bourse de paris, cours de bourse, capitalisation, nasdaq, wall street, dow jones, s&p 500, dax, nikkei, marché obligataire, taux d'emprunt, dévaluation, taux de change, prix à la consommation, guerre commerciale, libre-échange, accord commercial, croissance économique, déficit public, dette publique, note souveraine, agence de notation, moody's, fitch, standard & poor's, insolvabilité, liquidation judiciaire, redressement judiciaire, résultats annuels, résultats trimestriels, pdg, directeur général du groupe, actionnaires, fonds d'investissement, immobilier, marché immobilier, crédit immobilier, prix du pétrole, prix du gaz, prix de l'électricité, constructeurs automobiles, compagnie aérienne, chiffre d'affaires, bénéfice net, perte nette
2: concurrence, concurrent*
3: autorité de la concurrence, position dominante, concurrence déloyale
3: économi*, inflation, taux d'intérêt, taux directeur, banque centrale, pib, récession, investiss*, bénéfice*, chiffre d'affaires, droits de douane, exportation*, importation*, impôt*, fiscal*, pétrole*, subvention*, cacao, usine*, rachat*, planteurs, producteurs, avionneur, taux de dépôt, zone euro, point de base, points de base, pouvoir d'achat, faillite*, cac 40, résultats financiers, prix de l'énergie, exportateur*
2: prix, coût*, hausse*, baisse*, vente*, client*, consommat*, salaire*, énergie*, électricité, carburant*, agricult*, agriculteurs, récolte*, taux, ménages, compagnie aérienne, agricole*, banque*, croissance, bourse*, marché*, actions, entreprise*, sociétés, commerce*, tarif*, dette*, monnaie*, devise*, euro, euros, dollar*, gaz, industri*, emplois, production*, milliard*, financ*, fusion*, livraison*, commandes, constructeur*
3: budget*
@education
2: étudiants étrangers
3: frais de scolarité, bourse d'études, écoliers, école primaire, écoles primaires, proviseur*, principal du collège, résultats du bac, brevet des collèges, classement pisa, doctorant*, doctorat, cantine scolaire, fermeture de classes, fermetures de classes, école à la maison, alternance, grandes écoles, sorbonne
3: école*, écoles, élèves, enseignant*, professeur*, éducation, scolaire*, université*, lycée*, baccalauréat, rentrée scolaire, enseignement*, pédagog*, maternelle, lycéen*, collégien*, universitaire*, éducation nationale, parcoursup
2: apprentissage*, diplôme*, académi*, étudiant*, collège*, examen*, rentrée, formation*, bac
@environment
2: chalutier*, licences de pêche, licence de pêche, pêche industrielle, ressources halieutiques
2: orpaill*, orpaillage illégal, orpailleur clandestin, orpailleurs clandestins, dessalement, zones de pêche, restrictions de pêche, pêcheurs artisanaux, réserve naturelle, braconn*
0: côte d'ivoire
3: blanchissement des coraux, récif corallien, récifs coralliens, coraux, pêche illégale
3: montée des eaux, niveau de la mer, érosion côtière
3: permafrost, fonte des glaces, banquise
2: éléphants, tortues, abeilles, requin*, baleine*, décharge*
3: émissions de carbone, méthane, cop28, cop29, cop30, accord de paris, conférence sur le climat, objectifs climatiques, couche d'ozone, surpêche, braconn*, ivoire, rhinocéros, pollinisateurs, espèces invasives, zones humides, reboisement, panneaux solaires, éolienne*, parc éolien, voitures électriques, pompes à chaleur, centrales à charbon, fracturation hydraulique, eaux usées, microplastiques, déchets toxiques, marée noire, écologiste*, militants écologistes, transition écologique, greenpeace, wwf
3: climat*, climatique*, réchauffement, émission*, carbone, pollution, polluant*, déforestation, biodiversité, écolog*, renouvelable*, solaire*, éolien*, faune, flore, plastique*, recyclage, énergie verte, transition énergétique, centrale solaire, déchets, protection de la nature, zone à faibles émissions, particules fines, qualité de l'air, gaz à effet de serre, espèces menacées, écologique*, glacier*, pesticide*, combustibles fossiles
2: énergie*, eau, sécheresse*, arbres, océan*, environnement*, forêt*
@health
2: équipe médicale
2: suicide*, dépression, maternité*, tabac
3: leucémie*, alzheimer, parkinson, chimiothérapie*, greffe*, antibiotique*, infarctus, avc, autisme, urgentiste*, ambulanci*, samu, réanimation, soins intensifs, dengue, hépatite*, méningite*, tabagisme, cigarette électronique, vapotage, obésité, santé mentale, pharmaceutique*, laboratoire pharmaceutique, essai clinique, essais cliniques, sécurité sociale, assurance maladie, oms, déserts médicaux, pénurie de médecins, mortalité infantile, espérance de vie
3: santé, hôpita*, médecin*, infirmi*, patients, maladie*, virus, vaccin*, épidémie*, pandémie*, cancer*, grippe*, covid*, choléra, paludisme, rougeole, ebola, médicament*, chirurgi*, hospitalisation*, euthanasie, fin de vie, mpox, soignant*, dépistage*, ministère de la santé, variole, tuberculose, diabète, obésité, santé mentale
2: traitement*, dose*, santé publique, décès, urgences, contamin*, soins, médical*, sanitaire*
@human-interest
2: à 95 ans, à 96 ans, à 97 ans, à 98 ans, à 99 ans, à 100 ans, à 101 ans, à 102 ans, à 103 ans, à 104 ans, à 105 ans, à 106 ans, à 107 ans, à 108 ans, à 109 ans, à 110 ans, à 111 ans, à 112 ans, à 113 ans, à 114 ans, à 115 ans, âgé de 95 ans, âgé de 96 ans, âgé de 97 ans, âgé de 98 ans, âgé de 99 ans, âgé de 100 ans, âgé de 101 ans, âgé de 102 ans, âgé de 103 ans, âgé de 104 ans, âgé de 105 ans, âgé de 106 ans, âgé de 107 ans, âgé de 108 ans, âgé de 109 ans, âgé de 110 ans, âgé de 111 ans, âgé de 112 ans, âgé de 113 ans, âgé de 114 ans, âgé de 115 ans, âgée de 95 ans, âgée de 96 ans, âgée de 97 ans, âgée de 98 ans, âgée de 99 ans, âgée de 100 ans, âgée de 101 ans, âgée de 102 ans, âgée de 103 ans, âgée de 104 ans, âgée de 105 ans, âgée de 106 ans, âgée de 107 ans, âgée de 108 ans, âgée de 109 ans, âgée de 110 ans, âgée de 111 ans, âgée de 112 ans, âgée de 113 ans, âgée de 114 ans, âgée de 115 ans
2: mariage, buzz
3: émouvantes retrouvailles, bonne action, doyen de l'humanité, doyenne de l'humanité, plus vieil homme, plus vieille femme, supercentenaire*, quadruplés, triplés, nouveau-né*, demande en mariage, lune de miel, chien perdu, chat perdu, refuge pour animaux
3: centenaire*, doyen*, doyenne*, insolite*, émouvant*, animal de compagnie, retrouvailles, loterie
2: anniversaire*, chien*
2: chat, chats, chaton, chatons
@labour
0: grèvent, grève le budget, grèvent le budget
3: travail des enfants
2: travailleurs étrangers
0: grève de la faim, grèves de la faim
3: syndicalistes, appel à la grève, journée de grève, journée de mobilisation, mouvement social, piquets de grève, hausse des salaires, revalorisation salariale, salaire minimum, smic, pouvoir d'achat des salariés, travailleurs ubérisés, heures supplémentaires, arrêt maladie, congé maternité, congé paternité, âge de départ à la retraite, réforme des retraites, plan social, plans sociaux, pertes d'emplois, suppressions d'emplois, suppression de postes, demandeurs d'emploi, france travail, pôle emploi, marché du travail, pénurie de main-d'œuvre, taux de chômage, travail forcé, accident du travail, code du travail
3: grève*, gréviste*, syndica*, salaire*, rémunération*, chômage, licenciement*, conditions de travail, temps de travail, préavis, intersyndicale, débrayage*, revendication*, assurance chômage, demandeurs d'emploi, indemnisation*, cgt, cfdt, smic, télétravail, inspection du travail
2: travail, personnel*, hausses de salaire, réclame*, postes, embauche*, salarié*, travailleur*, emploi*, retraite*, mobilisation
@lifestyle-leisure
3: nouvel an chinois, viennoiserie*
2: boulangerie*
3: pâtisserie*, pâtissier*, macarons
0: vitesse de croisière
2: décoration, parfum*, voyageurs
3: guide de voyage, saison touristique, surtourisme, croisière*, bateau de croisière, station de ski, stations de ski, parc d'attractions, étoile michelin, étoiles michelin, guide michelin, chef étoilé, street food, dégustation, vignoble*, brasserie artisanale, fashion week, semaine de la mode, défilé de mode, haute couture, cosmétique*, thermalisme, spa, méditation, bricolage, recettes de cuisine
3: vacance*, vacanciers, tourisme, recette*, gastronomi*, beauté, bien-être, loisir*, randonnée*, slow travel, jardinage
2: train de nuit, week-end, tendance*, shopping, voyage*, cuisine*, mode, vélo*, hôtel*, plage*, vin, vins, touriste*, restaurant*
@religion
3: tabaski
3: pèlerinage*, pèlerin*, confrérie*
2: noël, toussaint
3: conclave, saint-siège, pape françois, pape léon, cardinaux, religieuse*, couvent*, anglican*, protestant*, évangélique*, pentecôtiste*, chiite*, sunnite*, soufi*, la mecque, médine, oumra, aïd, aïd el-kébir, aïd el-fitr, hanoukka, pâque juive, kippour, sikh*, dalaï-lama, carême, liberté religieuse, abus dans l'église, canonisation*, béatification*, béatifié*, cathédrale*, basilique*, chapelle*, monastère*, moine*
3: église*, pape, pontife, vatican, mosquée*, imam*, musulman*, islam*, chrétien*, catholique*, évêque*, archevêque*, prêtre*, religi*, prière*, pèlerin*, ramadan, pâques, synagogue*, juif*, conférence épiscopale, épiscopa*, diocèse*, clergé, messe*, laïcité, rabbin*, bouddhis*, hindou*
2: cardinal, foi, fidèles, culte*
0: bonne foi
@science-technology
3: fouilles archéologiques, mis au jour, mise au jour
1: adn
3: équipe de chercheurs
2: thèse
3: physicien*, biologiste*, chimiste*, géologue*, mathématicien*, revue nature, revue science, étude publiée, apprentissage automatique, agent conversationnel, puces électroniques, centre de données, centres de données, cybersécurité, cyberattaque*, piratage*, pirates informatiques, ordinateur quantique, cern, esa, agence spatiale, exoplanète*, trou noir, comète*, météorite*, dinosaure*, paléontolog*, archéolog*, cellules souches, édition génomique, crispr, clonage, fibre optique, starlink, fusée ariane, ariane 6
3: scientifique*, chercheur*, spatial*, nasa, astronaute*, planète*, fusée*, satellite*, télescope*, astronom*, intelligence artificielle, ia, technolog*, logiciel*, robot*, quantique*, ordinateur*, réseaux sociaux, laboratoire*, nucléaire civil, semi-conducteur*, cnrs, inserm, génétique*
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: recherche*, étude*, données, expérience*, application*, sonde*, numérique*, internet, plateforme*, innovation*, découverte*, puce*
1: espace
@society
2: délestage*, coupures d'électricité, transports gratuits, transports publics gratuits, transports en commun gratuits, code de la famille, mendicité, anti-mendicité, la faim, contre la faim
2: coupures d'eau, pénurie d'eau, pénurie de riz, vie chère
3: réfugiés, afflux de réfugiés
2: étudiants étrangers, travailleurs étrangers
2: étrangers, naturalisation*, droit du sol, double nationalité
2: pauvres, loyers, minorités, personnes âgées, solitude
3: reconduite à la frontière, reconduites à la frontière, reconduits à la frontière, oqtf
3: égalité salariale, violences sexuelles, violences sexistes, mariage forcé, travail des enfants, orphelin*, camp de réfugiés, camps de réfugiés, sans-papiers, immigration clandestine, clandestins, titre de séjour, titres de séjour, regroupement familial, logement social, logements sociaux, hlm, restos du cœur, banque alimentaire, ehpad, transgenre*, droits des femmes, esclavage, recensement, mal-logement
3: migrant*, migration*, immigration, immigré*, immigrant*, réfugié*, asile, droits de l'homme, droits humains, mariage homosexuel, lgbt*, homosexu*, discrimination*, racisme, pauvreté, précarité, logement*, inégalité*, démograph*, natalité, subsaharien*, féminis*, sans-abri, violences conjugales, violences faites aux femmes, avortement, ivg, handicap*
1: société
2: population, familles, jeunes, social*, citoyens, habitants, retraités, expuls*, égalité, humanitaire*, trottinette*
@sport
2: jo, sprint, peloton, relégué*, relégation
3: footballeur*, mercato, classement de ligue 1, ligue 1, ligue 2, top 14, coup d'envoi, prolongations, tirs au but, carton rouge, carton jaune, égalisation, coupe davis, roland-garros, open d'australie, us open, étape du tour, maillot jaune, slalom, saut à ski, biathlon, patinage artistique, hockey sur glace, nba, nfl, ufc, judo, escrime, aviron, vendée globe, athlétisme, paralympique*, champion du monde, championne du monde, médaille d'or, médaille d'argent, médaille de bronze, ballon d'or, coupe d'europe, euro 2024, formule 1, motogp, rallye*
0: équipe de campagne, course à l'élysée, course à la présidence
3: football, championnat*, coupe du monde, jeux olympiques, olympique*, tournoi*, entraîneur*, demi-finale*, quart de finale, ligue des champions, tennis, basket*, rugby, cyclisme, tour de france, marathon, athlète*, médaille*, lions de l'atlas, coupe de france, buteur*, attaquant*, milieu de terrain, gardien de but, sélectionneur*, paralympique*, handball, natation, formule 1, grand prix, mercato
2: battu*, gagn*, score, saison, club*, titre*, compétition*, transfert*, match*, joueur*, équipe, équipes, finale*, stade*, buts, victoire*, ligue, sélection*, mondial, champion*, podium*
@weather
3: tornade*, typhon*, inondation*, crue*, inondé*
3: dépression tropicale
0: gel des salaires, gel des prix, gel des embauches
3: prévisions météo, bulletin météo, fortes chutes de neige, chutes de neige, températures négatives, vent glacial, avis de tempête, coup de vent, orages violents, éclairs, foudre, grêle, épisode de chaleur, journée la plus chaude, record de chaleur, records de température, vigilance jaune, alerte météo, pluies de mousson, tempête de sable, verglas, marée de tempête, saison des cyclones, vague de chaleur, dôme de chaleur
3: météo*, canicule*, températures, température, pluie*, pluvieu*, neige*, orage*, tempête*, vigilance rouge, vigilance orange, météorolog*, sécheresse*, vague de froid, rafales, intempéries, ouragan*, cyclone*, mousson, pluies torrentielles, pluies diluviennes, fortes pluies, averses, brouillard, verglas, épisode cévenol
2: chaleur*, vigilance, prévision*, froid, gel, vent, vents, degrés
0: gel des avoirs, chaleureu*
@arts-culture-entertainment
0: opération, opérations, opérationnel, opérationnelle, opérationnels
2: troupe de danse, troupes de danse, troupe de théâtre, troupes de théâtre
2: cannes, césar, tournée*, bd, éditeur*, mémoires
3: long métrage, court métrage, scénario*, bande-annonce, biopic, bande originale, compositeur*, pianiste*, violoniste*, chorale, jazz, hip-hop, rap, groupe de rock, prix renaudot, prix femina, prix nobel de littérature, best-seller*, maison d'édition, dramaturge*, comédie musicale, humoriste*, sitcom, téléréalité, émission de télévision, jeu vidéo, jeux vidéo, manga*, bande dessinée, festival d'angoulême, photographe*, foire d'art, peintre*, street art, fresque*, patrimoine mondial, patrimoine culturel, restitution d'œuvres, victoires de la musique
3: film*, cinéma*, acteur*, actrice*, musique*, musicien*, album*, chanson*, chanteu*, festival*, artiste*, musée*, peinture*, roman*, écrivain*, théâtre*, opéra*, orchestre*, ballet*, danse, culturel*, unesco, louvre, sélection officielle, palme d'or, cinéaste*, réalisatrice*, romancier*, romancière*, prix goncourt, rappeur*, box-office
2: œuvre*, série*, tableau*, culture*, spectacle*, scène*, spectateurs, réalisat*, concert*, art, arts, exposition*, livre, livres, auteur*, patrimoine, joyaux, bijoux, télévision
0: de concert, livre sterling
`
