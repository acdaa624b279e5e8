// Spanish topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems: `*` takes any ending of up to four letters (elección* -> elecciones).
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
