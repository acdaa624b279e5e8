// Portuguese topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems (`*`); mind accent folding: a stem matches unaccented words too (ópera* caught operadora).
export const TOPICS_PT = `
@politics
3: corrida eleitoral, corrida presidencial, disputa eleitoral, remodelação do governo, remodelação ministerial
3: eleiç*, eleitora*, eleitor*, votação*, referendo*, parlamento*, legislativ*, presidencial*, deputad*, senado*, senador*, diplomacia, diplomátic*, chanceler*, itamaraty, renúncia*, primeiro-ministro, primeira-ministra, coligação*, campanha eleitoral, golpe de estado, embaixad*, sanções, posse, impeachment, câmara dos deputados, congresso nacional, assembleia da república, urnas, segundo turno, primeiro turno, moção de censura, cúpula*
2: governo*, oposição, candidat*, mandato*, constituição*, ministr*, president*, partido*, político*, política*, reforma*, lei, leis, projeto de lei, prefeit*
1: autoridades, acordo*, negociaç*, reunião*, visita*
0: golpe de mestre
@conflict-war-peace
3: guerra*, cessar-fogo, trégua, bombarde*, míssil, mísseis, tropas, soldados, militar*, exército*, forças armadas, rebelde*, insurgente*, jihadista*, terroris*, reféns, invasão, hostilidades, milícia*, paramilitar*, conflito armado, ataque aéreo, ataques aéreos, ofensiva militar
2: ataque*, frente, drone*, defesa, conflito*, combate*, armas, mortos, feridos, ofensiva*
@crime-law-justice
2: multa*, golpista*
3: estelionat*, organização criminosa, recuperação judicial
3: tribunal*, julgamento*, juiz*, juíza*, condenad*, prisão*, cadeia*, preso*, presa, detido*, detenç*, polícia federal, assassinato*, homicídio*, procurador*, procuradoria*, ministério público, fraude*, corrupção, propina*, lavagem de dinheiro, roubo*, furto*, ladrão*, ladrões, narcotráfico, traficante*, cocaína, quadrilha*, facção*, criminos*, crime*, delito*, réu, réus, denúncia*, indiciad*, absolvid*, supremo tribunal, stf, stj, sequestr*, tiroteio*, baleado*, feminicídio*, estupro*, golpe de estado
2: pena*, justiça, polícia*, policia*, policial*, investigaç*, condena*, advogad*, tráfico*, droga*, suspeit*, acusad*, corte*, processo*
@disaster-accident-emergency
3: terremoto*, sismo*, tsunami*, inundaç*, enchente*, alagamento*, deslizamento*, desabamento*, incêndio*, queimada*, erupção*, vulcão*, acidente*, naufrágio*, desastre*, catástrofe*, tragédia*, resgate de vítimas, bombeiros, defesa civil, desabrigad*, desalojad*, soterrad*, sobreviventes, furacão*, ciclone*, avalanche*, colapso de, descarril*, queda de avião, explosão*
2: resgat*, vítimas, desaparecid*, mortos, feridos, emergência*, evacua*, tempestade*, destruí*, danos
@economy-business-finance
2: concorrência
3: cade, concorrência desleal, falência*, recuperação judicial
3: economi*, econômic*, económic*, inflação, taxa de juros, juros, selic, banco central, pib, recessão, bolsa de valores, ibovespa, ações da, ações do, investidor*, lucro*, receita líquida, faturamento, tarifa*, exportaç*, importaç*, orçamento*, dívida pública, impostos, imposto*, fiscal, câmbio, real, reais, petróleo*, estatal, privatizaç*, fmi, fundo monetário internacional, déficit, superávit, pontos-base, mercado financeiro, preço da gasolina, preços dos combustíveis, combustíveis, subsídio*
2: mercado*, empresa*, companhia*, comércio*, dívida*, moeda*, dólar*, euro*, preço*, gás, indústria*, empregos, produç*, bilhões, milhões, banco*, crescimento, vendas, negócio*, investimento*, ações, gasolina
@education
3: escola*, aluno*, alunos, professor*, professora*, educação, educacional*, universidade*, universitári*, ensino*, sala de aula, vestibular, enem, ano letivo, matrícula*, estudantes, estudante, faculdade*, ministério da educação, bolsa de estudos
2: curso*, aula*, exame*, formaç*
@environment
3: clima*, climátic*, aquecimento global, emiss*, carbono, poluição, poluente*, desmatamento, biodiversidade, meio ambiente, ambienta*, ecológic*, renováve*, energia solar, energia eólica, amazônia, floresta amazônica, reciclagem, plástico*, espécies ameaçadas, extinção, efeito estufa, cop30, garimpo ilegal, combustíveis fósseis
2: espécies, floresta*, fauna, flora, água, seca*
@health
3: saúde, hospita*, médic*, enfermeir*, pacientes, doença*, vírus, vacina*, epidemia*, pandemia*, câncer, cancro, gripe*, covid*, dengue, zika, chikungunya, malária, sarampo, febre amarela, medicament*, cirurgi*, sus, ministério da saúde, surto*, infecç*, diabetes, obesidade, saúde mental, tuberculose, hiv, aids, mpox
2: tratamento*, sanitári*, casos, internad*, internaç*
@human-interest
3: centenári*, inusitad*, comovente*, aniversário*, cachorro*, cão, cães, gato*, animal de estimação, reencontro*, loteria, mega-sena, avó, avô, avós
@labour
3: greve*, grevista*, sindica*, trabalhador*, salário*, salário mínimo, emprego*, desemprego, demiss*, demitid*, aposentadoria*, previdência, jornada de trabalho, condições de trabalho, trabalhista*, clt, carteira assinada, reajuste salarial, paralisaç*
2: trabalho*, funcionário*, servidores, pensão*, pensões
@lifestyle-leisure
3: férias, turismo, receita de, culinária*, gastronomi*, moda, beleza, bem-estar, lazer, hotel*, praia*, carnaval de rua
2: viage*, cozinha*, turista*, restaurante*, vinho*
@religion
3: igreja*, papa, pontífice, vaticano, santa sé, mesquita*, muçulman*, islã, islam*, cristã*, cristão*, católic*, bispo*, arcebispo*, padre*, sacerdote*, cardeal*, cardeais, religi*, fiéis, oraç*, peregrin*, ramadã, páscoa, sinagoga*, judeu*, judaic*, evangélic*, canoniza*, santo*, santa, missa*, diocese*, clero
2: fé
@science-technology
3: cientista*, científic*, pesquisador*, pesquisa científica, espacia*, nasa, sonda espacial, astronauta*, planeta*, foguete*, satélite*, telescópio*, astronom*, inteligência artificial, tecnologi*, software*, robô*, quântic*, computador*, internet, redes sociais, plataforma*, aplicativo*, laboratório*, semicondutor*, descoberta*, genoma, dna, fóssil, fósseis, embrapa, fiocruz
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: pesquisa*, estudo*, dados, chip*, inovaç*
@society
3: migrante*, migraç*, imigra*, refugiad*, asilo, deportaç*, deportad*, direitos humanos, casamento igualitário, lgbt*, homofobia, igualdade de gênero, discriminaç*, racismo, pobreza, moradia*, habitação, desigualdade*, demográfic*, natalidade, indígena*, quilombola*, feminis*, violência doméstica, violência contra a mulher, aborto, sem-teto, pessoas em situação de rua, deficiência
2: sociedade, social*, humanitári*, população, famílias, jovens, comunidade*
@sport
0: equipe econômica, equipe económica, equipe de governo, equipe de transição, time de governo, ponto de partida, vitória eleitoral, derrota eleitoral, jogo político, campeão de vendas, campeã de vendas, corrida eleitoral, corrida presidencial, disputa eleitoral, time de campanha, equipe de campanha
3: futebol, campeonato*, copa do mundo, jogos olímpicos, olímpic*, torneio*, técnico da seleção, treinador*, jogador*, futebolista*, semifinal*, quartas de final, gol, gols, brasileirão, libertadores, liga dos campeões, liga das nações, tênis, basquete*, vôlei, voleibol, fórmula 1, maratona*, atleta*, medalha*, pênaltis, atacante*, goleiro*, zagueiro*, meio-campista*, seleção brasileira, seleção portuguesa, artilheiro*, nba, fifa, uefa
2: seleção*, final, finais, time, times, equipe*, estádio*, partida*, vitória*, derrota*, clube*, campeão, campeões, placar, título*
0: time de resgate, equipe de resgate, equipe médica
@weather
2: temporal, temporais
3: onda de calor, temperaturas, temperatura, chuva*, chuvoso*, neve*, tempestade*, previsão do tempo, meteorolog*, inmet, seca*, onda de frio, geada*, granizo, ventania*, ciclone extratropical, frente fria, massa de ar
2: calor, frio, vento*, graus, previsão*
@arts-culture-entertainment
0: diretor da polícia, diretor do fbi, diretor-presidente, diretora-presidente, diretor financeiro, diretor do banco central, diretora do banco central, diretor do fmi, diretora do fmi, diretor-geral da, diretor da oms, diretor-geral da oms
3: filme*, cinema*, ator*, atriz*, cineasta*, música*, músico*, cantor*, cantora*, álbum*, canção*, show de, concerto*, festival*, artista*, museu*, exposição de, pintura*, livro*, romance*, escritor*, escritora*, teatro*, ópera, óperas, orquestra*, balé, dança*, novela*, telenovela*, unesco, patrimônio cultural, bienal, oscar, grammy, samba*, bossa nova, carnaval
2: arte, artes, cultura*, cultural*, série*, autor*, televisão, diretor*, estreia*, diretora*, obra*
0: diretor de política monetária, diretor-geral, diretora-geral, diretor-executivo, diretor executivo
`
