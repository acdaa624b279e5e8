// Spanish topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems: `*` takes any ending of up to four letters (elección* -> elecciones).
export const TOPICS_ES = `
@politics
3: estado de excepción, exsenador, exsenadora, exdiputado, exdiputada, exconcejal, exviceministro, viceministro, viceministra, ex alcalde, ex gobernador
3: impone aranceles, impuso aranceles, imponer aranceles, impondrá aranceles, aranceles de represalia
0: cumbre del everest, cumbre del aconcagua, cumbre de la montaña, alcanzar la cumbre, alcanzó la cumbre, hasta la cumbre, cumbre nevada
3: acuerdo de paz, acuerdos de paz, diálogos de paz, negociaciones de paz, conversaciones de paz, proceso de paz, tratado de paz, plan de paz, acuerdo de alto el fuego
3: expresidente, expresidenta, exministro, exministra, exgobernador, exgobernadora, exalcalde, exalcaldesa, ex presidente, ex ministro, opositores
3: colegio electoral
2: partido de gobierno
2: equipo de gobierno, partido político, partidos políticos
2: decreto*, encuesta*, sondeo*
3: elecciones generales, elecciones legislativas, elecciones municipales, elecciones autonómicas, elecciones presidenciales, segunda vuelta, primera vuelta, balotaje, presidente electo, vicepresident*, jefe de gobierno, moncloa, casa rosada, palacio de miraflores, palacio nacional, casa blanca, kremlin, consejo de seguridad, asamblea general de la onu, g7, g20, ultraderecha, extrema derecha, extrema izquierda, partido popular, psoe, vox, sumar, podemos, morena, kirchnerismo, uribismo, cámara de diputados, cámara baja, cámara alta, asamblea nacional, congreso de los diputados, destitución, destituy*, juicio político, vacancia
3: carrera por la alcaldía, carrera presidencial, carrera electoral, vacancia presidencial
3: eleccion*, elecciones, electora*, votación*, votos, voto, referéndum, parlamento*, legislativ*, presidencial*, diputados, senado*, congreso, diplomáti*, canciller*, cancillería, renuncia*, dimisión, primer ministro, opositor*, campaña electoral, golpe de estado, embajad*, sanciones, investidura, relaciones diplomáticas, ministerio de relaciones exteriores, comicios, urnas, sufragio, escaños, senador*, moción de censura, consejo de ministros, oficialismo, cumbre*, sanciona, sancionó
2: president*, presidenta, mandatari*, ministr*, política*, político*, partido*, jefe de estado, autoridades, acuerdo*, negociación*, relaciones, régimen, reforma*, ley, leyes, proyecto de ley, soberanía, frontera*, llamada, alcald*, gobernador*, chavismo, peronismo, gobierno*, coalición, oposición, candidat*, mandato*, constitución*
1: oficial*, funcionarios, reunión*, visita*, protesta*, manifestantes
0: sociedad anónima, fe de erratas, vale la pena
@conflict-war-peace
3: islamista*, atentado terrorista, atentados terroristas
3: acuerdos de paz, tratado de paz, plan de paz, acuerdo de alto el fuego
3: carrera armamentista, carrera armamentística, carrera de armamentos, arsenal nuclear, ojivas nucleares
3: misil de crucero, misiles de crucero
2: tanques, cazas
3: operación militar, ofensiva terrestre, línea del frente, territorios ocupados, anexión, francotirador*, minas antipersona, defensa antiaérea, ataques con drones, ataque aéreo, ataques aéreos, bombardeo aéreo, aviones de combate, portaaviones, submarino*, ayuda militar, envío de armas, prisioneros de guerra, canje de prisioneros, cascos azules, mantenimiento de la paz, zona desmilitarizada, acuerdo de paz, diálogos de paz, negociaciones de paz, conversaciones de paz, proceso de paz, cese al fuego, hezbolá, hamás, hutíes, talibanes, estado islámico, al qaeda, wagner, otan, guerrilla*, eln, farc, disidencias
3: guerra*, alto el fuego, tregua, bombarde*, misil*, tropas, soldados, militar*, ejército*, fuerzas armadas, rebelde*, insurgent*, yihadist*, terroris*, rehén*, rehenes, invasión, hostilidades, milicia*, paramilitar*, conflicto armado, ejercicios militares
2: muertos, heridos, seguridad, fuerzas, violencia*, refugiados, desplazados, combate*, ofensiva*, ataque*, frente, dron*, defensa, conflicto*, maniobras, armas
1: tensión*, crisis, amenaza*
@crime-law-justice
2: pesca ilegal
0: ningún detenido, sin detenidos, no hubo detenidos
2: prueba de adn, pruebas de adn, análisis de adn, coincidencia de adn
2: autor material
3: autor del crimen, autores del crimen
2: fianza, mafia*
2: cartel, carteles
3: condenado a, condenada a, prisión preventiva, libertad condicional, tribunal constitucional, corte constitucional, audiencia provincial, juez de instrucción, fiscal general, interpol, europol, crimen organizado, tráfico de drogas, trata de personas, tráfico de personas, coyotes, contrabando, ciberdelincuen*, extorsion*, chantaje*, falsificación*, incendio provocado, robo a mano armada, violación*, violador*, abuso sexual, abusos sexuales, pederast*, cpi, corte penal internacional, orden de arresto, orden de detención, allanamiento*, banda criminal, bandas criminales, maras, mara salvatrucha, tren de aragua, cártel*
2: multa*, sentencia*, fallo judicial
3: tribunal*, juicio*, juez*, jueza*, condenad*, prisión*, cárcel*, detenido*, detención*, arresto*, policial*, asesinato*, homicidio*, fiscalía, fraude*, corrupción, estafa*, robo*, ladrón*, narcotráfico, droga*, cocaína, cartel*, pandilla*, criminal*, crimen*, delito*, abogado*, imputad*, veredicto*, absuelt*, corte suprema, presos, excarcel*, desvío de fondos, incautación*, decomis*, narco*, guardia civil, incaut*, feminicidio*, secuestr*, extorsión*, sicario*, narcotraficante*, prófugo*, reos, juzgado*, audiencia nacional, tribunal supremo, asesin*, a balazos, baleado*, tiroteo*
2: ley, ilegal*, denuncia*, acusad*, acusación*, sospechos*, víctima*, sanción*, condena*, pena*, policía*, fiscal*, investigación*, tráfico*, justicia, cargamento*, capturad*
@disaster-accident-emergency
2: montañero*, alpinista*, senderista*
3: al estrellarse, se estrelló
3: aterrizaje de emergencia, se salió de la pista, desaparecido en la montaña, ataque de tiburón
2: brote*, epidemia*
3: tornado*, tifón*
3: emergencia sanitaria, alerta sanitaria, estado de emergencia, declara la emergencia, declaró la emergencia
2: equipo de rescate, equipos de rescate
2: réplica*, vuelco*, volcó
3: magnitud, epicentro, sísmic*, alud de lodo, explosión de gas, fuga de gas, derrumbe de un edificio, colapso de un puente, accidente minero, accidente industrial, accidente de tráfico, accidente de tránsito, accidente aéreo, accidente de avión, choque múltiple, volcadura, naufrag*, ahogad*, brigadistas, cruz roja, media luna roja, defensa civil, catástrofe natural, zona de desastre, balance de víctimas, cifra de muertos
3: terremoto*, sismo*, tsunami*, inundacion*, inundaciones, deslizamiento*, alud*, incendio*, incendios forestales, erupción*, volcán*, accidente*, derrumbe*, catástrofe*, desastre*, rescatistas, socorristas, evacua*, damnificad*, naufragio*, sobrevivientes, huracán*, ciclón*, apagón*, hambruna, temblor*, aluvión*, deslave*, protección civil, bomberos, siniestro*, descarril*
2: muertos, heridos, daños, destruy*, destrozad*, choque*, colapso*, explosión*, rescate*, desaparecidos, víctimas, tormenta*, emergencia*
@economy-business-finance
2: trenes, metro, terminal aérea, aeropuerto, buses eléctricos
3: impone aranceles, impuso aranceles, imponer aranceles, impondrá aranceles, aranceles de represalia
3: director del fmi, directora del fmi
2: equipo económico
2: pérdidas, facturación
3: bolsa de valores, bolsa de madrid, wall street, nasdaq, dow jones, s&p 500, merval, bovespa, mercado de bonos, prima de riesgo, riesgo país, devaluación, tipo de cambio, precios al consumidor, guerra comercial, libre comercio, tratado de libre comercio, acuerdo comercial, crecimiento económico, déficit fiscal, deuda pública, calificación crediticia, agencia de calificación, moody's, fitch, standard & poor's, quiebra, concurso de acreedores, suspensión de pagos, resultados anuales, resultados trimestrales, consejero delegado, director ejecutivo, accionistas, fondo de inversión, fondos de inversión, inmobiliari*, mercado inmobiliario, hipoteca*, precio del petróleo, precio del gas, precio de la luz, fabricantes de automóviles, aerolínea*, beneficio neto, cepo cambiario, reservas internacionales, fmi
3: cnmc, comisión nacional de los mercados y la competencia, libre competencia, antimonopolio
3: fmi, fondo monetario internacional, econom*, inflación, tasa de interés, tipos de interés, tasa de política monetaria, banco central, pib, recesión, inversor*, beneficio*, ganancias, arancel*, exportacion*, importacion*, impuesto*, divisa*, petróleo*, subsidio*, termoeléctrica*, electricidad, comercio mundial, puntos básicos, ipc, empresarial*, déficit, superávit, petrolera*, cotización*, ibex
2: costo*, coste*, alza*, subida*, venta*, consum*, agricultor*, cosecha*, agrícola*, energía*, hacienda, banco*, crecimiento, bolsa*, mercado*, acciones, inversi*, empresa*, compañía*, comercio*, deuda*, fiscal, moneda*, dólar*, euro, euros, precio*, gas, industria*, empleos, producción*, millones de dólares, mil millones, buques, tránsito
3: presupuesto*
@education
3: estudiantes extranjeros
3: matrícula universitaria, escuela primaria, colegio público, colegios públicos, director del colegio, selectividad, evau, informe pisa, doctorado, tesis doctoral, comedor escolar, cierre de aulas, educación a distancia, formación profesional, universidades públicas, catedrátic*, rectores, financiamiento universitario
3: escuela*, alumno*, estudiante*, docente*, profesor*, educación, educativ*, universidad*, enseñanza*, aula*, curso escolar, año escolar, alumnado, escolares, bachillerato, selectividad, universitari*, ministerio de educación, rector*
2: matrícula*, becas, colegio*, maestro*, examen*, clases
@environment
0: costa de marfil
3: blanqueamiento de corales, arrecife de coral, arrecifes de coral, pesca ilegal
3: pesca de arrastre
3: permafrost, deshielo
2: elefantes, ballena*, tiburon*, tortugas, abejas
3: tortugas gigantes, tortuga gigante
3: emisiones de carbono, metano, cop28, cop29, cop30, acuerdo de parís, cumbre del clima, objetivos climáticos, capa de ozono, sobrepesca, caza furtiva, marfil, rinoceronte*, especies invasoras, humedal*, reforestación, paneles solares, placas solares, aerogenerador*, parque eólico, bombas de calor, centrales de carbón, fracking, aguas residuales, microplásticos, vertedero*, derrame de petróleo, marea negra, ecologistas, activistas climáticos, greenpeace, wwf, transición ecológica, amazonía
3: clima*, climátic*, calentamiento, emision*, carbono, contaminación, contaminante*, deforestación, biodiversidad, medio ambiente, ecológ*, renovable*, solar*, eólic*, fauna, plástico*, reciclaje, energía solar, energía limpia, transición energética, residuos, selva*, emergencia hídrica, agua potable, embalses, gases de efecto invernadero, especies amenazadas, glaciar*, pesticida*, medioambiental*, ecologista*, reforestación, combustibles fósiles
2: agua, sequía*, árboles, lluvias, océano*, ambiental*, especies, flora, bosque*
@health
3: equipo médico
2: depresión, tabaco, maternidad
3: leucemia*, alzhéimer, alzheimer, párkinson, parkinson, quimioterapia*, trasplante*, antibiótico*, infarto*, ictus, autismo, ambulancia*, cuidados intensivos, uci, hepatitis, meningitis, tabaquismo, vapeo, obesidad infantil, suicidio*, farmacéutica*, ensayo clínico, ensayos clínicos, seguridad social, oms, organización mundial de la salud, mortalidad infantil, esperanza de vida, sarampión, sistema de salud, sistema sanitario, lista de espera, listas de espera, atención primaria
3: salud, hospital*, médico*, enfermer*, pacientes, enfermedad*, virus, vacuna*, epidemia*, pandemia*, cáncer, gripe*, covid*, cólera, malaria, sarampión, medicament*, cirugía*, eutanasia, muerte asistida, gripe aviar, brote*, colegio médico, ley de salud, atención médica, emergencia sanitaria, dengue, zika, chikungunya, hospitalizad*, contagio*, sanidad, centro de salud, diabetes, obesidad, salud mental, tuberculosis, vih, sida, enfermos
2: tratamiento*, dosis, salud pública, terminales, urgencias, sanitari*
@human-interest
2: conmovid*, conmocion*
2: viral, reencuentr*, curios*
3: emotivo reencuentro, buena acción, gesto solidario, el hombre más longevo, la mujer más longeva, la persona más longeva, supercentenari*, cuatrillizos, trillizos, recién nacido, pedida de mano, luna de miel, perro perdido, gato perdido, refugio de animales, protectora de animales, se hizo viral
3: centenari*, insólit*, conmovedor*, cumpleaños, gato*, mascota*, reencuentro*, lotería, bisabuel*
2: nieto*, nieta*, perro*, abuela*, abuelo*
@labour
3: trabajo infantil
2: trabajadores extranjeros
0: huelga de hambre, huelgas de hambre
3: sindicalistas, paro general, huelga general, jornada de huelga, piquetes, subida salarial, aumento salarial, aumentos salariales, salario mínimo interprofesional, smi, repartidores, horas extra, baja laboral, permiso de maternidad, permiso de paternidad, edad de jubilación, reforma de pensiones, reforma laboral, ere, despidos masivos, pérdida de empleos, demandantes de empleo, mercado laboral, escasez de mano de obra, tasa de desempleo, tasa de paro, trabajo forzoso, accidente laboral, estatuto de los trabajadores, gremio*, paritarias, cgt, uocra
3: huelga*, huelguista*, sindica*, salario*, sueldo*, desempleo, despido*, jubilación*, pensión*, pensiones, jornada laboral, jornada de trabajo, condiciones laborales, horas semanales, convenio colectivo, salario mínimo, desempleados, teletrabajo, ugt, ccoo
2: trabajo, personal, reclaman, exigen, contratación, trabajador*, empleo*, paro, laboral*
@lifestyle-leisure
2: chef, recetas, decoración, escapada*, bodega*, pasarela
3: guía de viaje, viajeros, temporada turística, turismo masivo, sobreturismo, crucero*, estación de esquí, parque temático, estrella michelin, estrellas michelin, guía michelin, comida callejera, cata de vinos, viñedo*, cerveza artesanal, semana de la moda, desfile de moda, alta costura, perfume*, cosmética*, balneario*, meditación, destino turístico, destinos turísticos, mezcal, tapas
3: vacaciones, turismo, receta*, gastronom*, belleza, bienestar, ocio, senderismo
2: viaje*, cocina*, moda, hotel*, playa*, vino*, turista*, restaurante*
@religion
0: santa fe, santa cruz, santa marta, santo domingo
3: cónclave, santa sede, papa francisco, papa león, cardenales, monja*, convento*, anglican*, protestante*, pentecostal*, chií*, suní*, la meca, medina, eid, janucá, pascua judía, sij*, dalái lama, cuaresma, navidad, liberdad religiosa, libertad religiosa, abusos en la iglesia, canonización*, canoniza*, beatificación*, beatifica*, catedral*, basílica*, capilla*, monasterio*, monje*, arzobispado, episcopal*, semana santa
3: iglesia*, pontífice, vaticano, mezquita*, imán, musulmán*, musulmanes, islam*, cristian*, católic*, obispo*, arzobispo*, sacerdote*, cardenal*, religi*, oración*, peregrin*, ramadán, semana santa, sinagoga*, judío*, misa*, parroqui*, procesión*, cofradía*, santuario*, peregrinación*, evangélic*, santo padre, diócesis, clero
2: virgen, papa, fe, fieles
@science-technology
1: adn
3: equipo de investigadores
2: químico*, físico*, hacker*
3: biólogo*, geólogo*, matemático*, revista nature, revista science, estudio publicado, aprendizaje automático, chatbot*, centro de datos, centros de datos, ciberseguridad, ciberataque*, computación cuántica, cern, agencia espacial, exoplaneta*, agujero negro, meteorito*, dinosaurio*, paleontólog*, arqueólog*, células madre, edición genética, crispr, clonación, fibra óptica, starlink, vehículo eléctrico, vehículos eléctricos
3: científic*, investigador*, investigación científica, espacial*, nasa, misión espacial, astronauta*, planeta*, cohete*, satélite*, telescopio*, astronom*, inteligencia artificial, tecnolog*, software, robot*, cuántic*, computador*, ordenador*, redes sociales, laboratorio*, semiconductor*, genoma, fósil*, csic
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: estudio*, digital*, sonda*, luna, internet, plataforma*, aplicación*, innovación*, descubrimiento*, chip*
1: espacio
@society
2: estudiantes extranjeros, trabajadores extranjeros
2: extranjeros, nacionalización, ciudadanía, doble nacionalidad
3: patera*, cayuco*
2: alquiler*
2: mayores, minorías
3: brecha salarial, violencia sexual, matrimonio infantil, trabajo infantil, huérfano*, campo de refugiados, campos de refugiados, indocumentado*, inmigración irregular, inmigración ilegal, sin papeles, regularización, reunificación familiar, vivienda social, banco de alimentos, comedor social, residencias de mayores, soledad no deseada, transgénero*, derechos de las mujeres, esclavitud, censo, pobreza infantil, exclusión social, desigualdad social
3: migrante*, migración*, migratori*, inmigra*, refugiad*, asilo, deport*, derechos humanos, matrimonio igualitario, lgbt*, homosexual*, discriminación*, racismo, pobreza, vivienda*, desigualdad*, demográf*, natalidad, indígena*, feminis*, presos políticos, violencia de género, violencia machista, aborto, desahucio*, personas sin hogar, discapacidad
2: población, familias, jóvenes, social*, ciudadanos, vecinos, personas, jubilados, igualdad, humanitari*, sociedad
@sport
2: técnico*, clásico, empate, afición, aficionados, hinchada
2: partido
3: futbolista*, destituido como entrenador, mercado de fichajes, fichaje*, descenso a segunda, ascenso a primera, tabla de posiciones, clasificación de laliga, laliga, la liga, premier league, serie a, bundesliga, ligue 1, liga profesional, liga mx, saque inicial, tiempo añadido, prórroga en el partido, tanda de penaltis, tanda de penales, tarjeta roja, tarjeta amarilla, doblete, hat-trick, roland garros, us open, open de australia, wimbledon, copa davis, etapa de la vuelta, vuelta a españa, tour de francia, maillot amarillo, pelotón, esquí, biatlón, patinaje artístico, hockey sobre hielo, nba, nfl, mlb, ufc, judo, esgrima, atletismo, paralímpic*, campeón del mundo, campeona del mundo, medalla de oro, medalla de plata, medalla de bronce, balón de oro, libertadores, copa libertadores, sudamericana, superclásico, hinchas, la bombonera, santiago bernabéu, camp nou
0: equipo de campaña, carrera por la alcaldía, carrera presidencial, carrera electoral, partido de gobierno
3: fútbol, futbol, campeonato*, copa del mundo, juegos olímpicos, olímpic*, torneo*, entrenador*, jugador*, semifinal*, cuartos de final, gol, goles, champions, tenis, baloncesto, básquet*, rugby, ciclismo, maratón, atleta*, medalla*, copa américa, penaltis, penales, delantero*, portero*, centrocampista*, eliminatoria*, goleador*, tenista*, ciclista*, futbolista*, fórmula 1, boxeo, medallista*
2: venció, vence, ganó, ganar, victoria*, empate*, derrota*, temporada, club*, título*, competición*, conjunto, selección*, mundial, equipo*, final, finales, estadio*, liga, campeón, campeones
@weather
3: tornado*, tifón*, inundacion*, inundaciones
2: rayos, niebla
3: previsión meteorológica, pronóstico del tiempo, fuertes nevadas, temperaturas bajo cero, heladas, viento gélido, aviso de temporal, aviso amarillo, aviso naranja, aviso rojo, tormentas eléctricas, granizada*, episodio de calor, día más caluroso, récord de temperatura, alerta meteorológica, lluvias monzónicas, tormenta de arena, marejada, mar de fondo, temporada de huracanes, ola de calor, cúpula de calor, frente frío, borrasca*, anticiclón, isobaras
2: temporal, temporales
3: ola de calor, temperaturas, temperatura, lluvia*, lluvioso*, nieve*, nevada*, meteorológic*, sequía*, ola de frío, helada*, ráfaga*, huracán*, ciclón*, monzón, falta de lluvias, dana, gota fría, lluvias torrenciales, precipitaciones, aemet, granizo, calima, chubascos
2: alerta roja, alerta naranja, calor*, tormenta*, pronóstico*, frío, viento*, grados
@arts-culture-entertainment
2: coro*, musical, mural*, editorial*, guion*, oscar, óscar
3: largometraje*, cortometraje*, tráiler, biopic, banda sonora, compositor*, pianista*, violinista*, jazz, hip hop, reguetón, reggaetón, rap, banda de rock, cantautor*, gira mundial, premio nobel de literatura, best seller, superventas, dramaturg*, humorista*, comediante*, telerrealidad, programa de televisión, videojuego*, manga, cómic*, fotógraf*, feria de arte, pintor*, muralista*, patrimonio de la humanidad, patrimonio cultural, león de oro, palma de oro, festival de cine, premios óscar, grammy, latin grammy
3: película*, cine*, actor*, actriz*, música*, músico*, álbum*, canción*, cantante*, concierto*, festival*, artista*, museo*, pintura*, novela*, escritor*, teatro*, óperas, la ópera, una ópera, de ópera, ópera de, orquesta*, ballet, danza, cultural*, unesco, arqueológic*, pinacoteca*, cineasta*, estreno*, taquilla, rodaje*, poeta*, poesía, flamenco, premios goya, premio cervantes
2: obra*, espectáculo*, escenario*, director*, arte, artes, exposición*, cuadro*, libro*, autor*, cultura*, patrimonio, serie*, televisión
0: director general, directora general, directora gerente, director gerente
`
