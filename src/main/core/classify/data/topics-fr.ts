// French topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// These languages inflect, so most entries are stems: `*` takes any ending of up to four letters
// (élection* -> élections). A stem inside a phrase is spelled out with the language's endings.
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
