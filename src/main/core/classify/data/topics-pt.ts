// Portuguese topic lexicon (issue 14). Format as in topics-en.ts: `@topic`, then `weight: term, term` lines;
// weight 0 marks a phrase that stops the words inside it from counting.
// Most entries are stems (`*`); mind accent folding: a stem matches unaccented words too (ópera* caught operadora).
export const TOPICS_PT = `
@politics
0: visitante, visitantes
3: estado de sítio, ex-deputado, ex-deputada, ex-senador, ex-senadora, ex-vereador, ex-vereadora, ex-autarca, vice-ministro, vice-ministra
3: impõe tarifas, impor tarifas, impôs tarifas, tarifas retaliatórias, tarifas de retaliação
3: acordo de paz, acordos de paz, negociações de paz, conversações de paz, processo de paz, tratado de paz, plano de paz, acordo de cessar-fogo
3: negócios estrangeiros, ministro dos negócios estrangeiros, ministros dos negócios estrangeiros
3: ex-presidente, ex-ministro, ex-ministra, ex-governador, ex-governadora, ex-prefeito, ex-prefeita, opositores
2: equipe de transição, time de transição, eleito, eleita, eleitos, eleitas
3: vitória eleitoral, derrota eleitoral
2: equipe de governo, time de governo, jogo político, ministro do turismo
2: congresso, decreto*, exonera*, ministra*
3: eleições gerais, eleições municipais, eleições legislativas, eleições presidenciais, presidente eleito, vice-presidente*, chefe de estado, chefe de governo, planalto, palácio do planalto, casa branca, kremlin, conselho de segurança, assembleia geral da onu, g7, g20, extrema-direita, extrema direita, extrema-esquerda, psdb, mdb, psol, centrão, bolsonarismo, lulismo, pesquisa eleitoral, sondagem*, câmara dos deputados, câmara baixa, assembleia legislativa, destituição, medida provisória, marco temporal, nomeado ministro, nomeada ministra
3: corrida eleitoral, corrida presidencial, disputa eleitoral, remodelação do governo, remodelação ministerial
3: eleiç*, eleitora*, eleitor*, votação*, referendo*, parlamento*, legislativ*, presidencial*, deputad*, senado*, senador*, diplomacia, diplomátic*, chanceler*, itamaraty, renúncia*, primeiro-ministro, primeira-ministra, coligação*, campanha eleitoral, golpe de estado, embaixad*, sanções, posse, impeachment, câmara dos deputados, congresso nacional, assembleia da república, urnas, segundo turno, primeiro turno, moção de censura, cúpula*
2: governo*, oposição, candidat*, mandato*, constituição*, ministr*, president*, partido*, político*, política*, reforma*, lei, leis, projeto de lei, prefeit*
1: autoridades, acordo*, negociaç*, reunião*, visita*
0: golpe de mestre
@conflict-war-peace
3: islamista*, atentado terrorista, atentados terroristas
3: acordos de paz, tratado de paz, plano de paz, acordo de cessar-fogo
3: corrida armamentista, corrida às armas, arsenal nuclear, ogivas nucleares
2: desfile militar
3: míssil de cruzeiro, mísseis de cruzeiro
2: tanques, caças, bombardeio*, insurgência
3: operação militar, ofensiva terrestre, linha da frente, linha de frente, territórios ocupados, anexação, franco-atirador*, minas terrestres, defesa antiaérea, ataques com drones, ataque com drones, bombardeamento*, aviões de combate, porta-aviões, submarino*, ajuda militar, envio de armas, prisioneiros de guerra, troca de prisioneiros, capacetes azuis, força de paz, forças de paz, zona desmilitarizada, acordo de paz, negociações de paz, conversações de paz, processo de paz, hezbollah, hamas, houthis, talibãs, talibã, estado islâmico, al-qaeda, wagner, otan, nato
3: guerra*, cessar-fogo, trégua, bombarde*, míssil, mísseis, tropas, soldados, militar*, exército*, forças armadas, rebelde*, insurgente*, jihadista*, terroris*, reféns, invasão, hostilidades, milícia*, paramilitar*, conflito armado, ataque aéreo, ataques aéreos, ofensiva militar
2: ataque*, frente, drone*, defesa, conflito*, combate*, armas, mortos, feridos, ofensiva*
@crime-law-justice
3: caçadores furtivos, caça furtiva
3: garimpeiros ilegais, gangues, gangue armada
2: pesca ilegal
0: nenhum detido, sem detidos, nenhum preso, sem presos
2: teste de dna, exame de dna, testes de dna, exames de dna
2: diretor da polícia, diretor do fbi
2: fiança, milícia*, assalto*, inquérito*, delação*
3: condenado a, condenada a, prisão preventiva, prisão domiciliar, liberdade condicional, habeas corpus, tribunal constitucional, tribunal de justiça, juiz de instrução, procurador-geral, pgr, interpol, europol, crime organizado, máfia*, pcc, comando vermelho, tráfico de drogas, tráfico de pessoas, contrabando, extorsão*, chantagem, falsificação*, incêndio criminoso, estupr*, abuso sexual, pedofilia, tpi, tribunal penal internacional, mandado de prisão, mandados de prisão, mandado de busca, mandados de busca, operação da pf, polícia federal, polícia civil, polícia militar
2: multa*, golpista*
3: estelionat*, organização criminosa, recuperação judicial
3: tribunal*, julgamento*, juiz*, juíza*, condenad*, prisão*, cadeia*, preso*, presa, detido*, detenç*, polícia federal, assassinato*, homicídio*, procurador*, procuradoria*, ministério público, fraude*, corrupção, propina*, lavagem de dinheiro, roubo*, furto*, ladrão*, ladrões, narcotráfico, traficante*, cocaína, quadrilha*, facção*, criminos*, crime*, delito*, réu, réus, denúncia*, indiciad*, absolvid*, supremo tribunal, stf, stj, sequestr*, tiroteio*, baleado*, feminicídio*, estupro*, golpe de estado
2: pena*, justiça, polícia*, policia*, policial*, investigaç*, condena*, advogad*, tráfico*, droga*, suspeit*, acusad*, corte*, processo*
@disaster-accident-emergency
3: ônibus tombou, ônibus tomba, tombamento de ônibus, caminhão tombou
3: fome aguda, aterragem de emergência
3: pouso de emergência, ataque de tubarão
2: surto*, epidemia*
3: furacão, furacões, tufão, tornado*
3: emergência em saúde pública, emergência sanitária, estado de emergência, situação de emergência, decretou emergência
2: time de resgate, equipe de resgate
2: réplica*, capotou, magnitude
3: epicentro, sísmic*, explosão de gás, vazamento de gás, fuga de gás, desabamento de prédio, queda de ponte, rompimento de barragem, barragem se rompeu, acidente industrial, acidente de trânsito, acidente rodoviário, acidente aéreo, queda de avião, engavetamento*, capotamento*, naufragou, barco virou, afogad*, afogamento*, brigadistas, cruz vermelha, proteção civil, calamidade pública, estado de calamidade, catástrofe natural, número de mortos, balanço de vítimas
3: terremoto*, sismo*, tsunami*, inundaç*, enchente*, alagamento*, deslizamento*, desabamento*, incêndio*, queimada*, erupção*, vulcão*, acidente*, naufrágio*, desastre*, catástrofe*, tragédia*, resgate de vítimas, bombeiros, defesa civil, desabrigad*, desalojad*, soterrad*, sobreviventes, furacão*, ciclone*, avalanche*, colapso de, descarril*, queda de avião, explosão*
2: resgat*, vítimas, desaparecid*, mortos, feridos, emergência*, evacua*, tempestade*, destruí*, danos
@economy-business-finance
2: metrô, trens, comboios, ônibus elétricos, transporte público
2: mineradora*, mineração, aeroporto*, passageiros, companhia aérea, companhias aéreas
3: perdas seguradas, resseguradora, resseguradoras
2: safra, cafezais, colheita
3: impõe tarifas, impor tarifas, impôs tarifas, tarifas retaliatórias, tarifas de retaliação
2: diretor financeiro
3: diretor do banco central, diretora do banco central, diretor do fmi, diretora do fmi, diretor de política monetária
2: equipe econômica, equipe económica
2: prejuízo*, ceo, rating
3: bolsa de valores, b3, wall street, nasdaq, dow jones, s&p 500, mercado de títulos, títulos do tesouro, desvalorização, cotação do dólar, inflação oficial, ipca, índice de preços, guerra comercial, livre comércio, acordo comercial, acordo mercosul, crescimento econômico, crescimento económico, déficit fiscal, défice, dívida pública, arcabouço fiscal, meta fiscal, agência de classificação, moody's, fitch, standard & poor's, falência*, resultados trimestrais, balanço trimestral, presidente-executivo, diretor-presidente, acionistas, fundo de investimento, imobiliári*, mercado imobiliário, crédito imobiliário, preço do petróleo, preço da gasolina, montadora*, companhia aérea, companhias aéreas, lucro líquido, petrobras, embraer, bndes, copom, tesouro nacional
2: concorrência
3: cade, concorrência desleal, falência*, recuperação judicial
3: economi*, econômic*, económic*, inflação, taxa de juros, juros, selic, banco central, pib, recessão, bolsa de valores, ibovespa, ações da, ações do, investidor*, lucro*, receita líquida, faturamento, tarifa*, exportaç*, importaç*, orçamento*, dívida pública, impostos, imposto*, fiscal, câmbio, real, reais, petróleo*, estatal, privatizaç*, fmi, fundo monetário internacional, déficit, superávit, pontos-base, mercado financeiro, preço da gasolina, preços dos combustíveis, combustíveis, subsídio*
2: mercado*, empresa*, companhia*, comércio*, dívida*, moeda*, dólar*, euro, euros, preço*, gás, indústria*, empregos, produç*, bilhões, milhões, banco*, crescimento, vendas, negócio*, investimento*, ações, gasolina
@education
2: estudantes brasileiros, estudantes angolanos, estudantes cabo-verdianos, alunos estrangeiros
2: estudantes estrangeiros
2: creche*, magistério
3: ensino médio, ensino fundamental, ensino superior, escola pública, escolas públicas, diretor da escola, diretora da escola, reitor*, doutorado, doutoramento, tese de doutorado, merenda escolar, ensino a distância, ensino técnico, universidades federais, universidade federal, pré-escola, alfabetização, piso do magistério
3: escola*, aluno*, alunos, professor*, professora*, educação, educacional*, universidade*, universitári*, ensino*, sala de aula, vestibular, enem, ano letivo, matrícula*, estudantes, estudante, faculdade*, ministério da educação, bolsa de estudos
2: curso*, aula*, exame*, formaç*
@environment
3: barragem de rejeitos, barragens de rejeitos, caçadores furtivos, caça furtiva
2: mineradora*, mineração, lítio
0: costa do marfim
2: garimpeiros ilegais
3: branqueamento dos corais, branqueamento de corais, recife de coral, recifes de coral, pesca ilegal
3: geleira*, glaciar*, degelo, permafrost
2: queimadas, pantanal, cerrado, elefantes, tartarugas, botos, boto-cinza, botos-cinza
3: parque nacional, ninhos de tartaruga*
3: emissões de carbono, metano, cop28, cop29, cop30, acordo de paris, cúpula do clima, metas climáticas, camada de ozônio, camada de ozono, sobrepesca, caça ilegal, marfim, rinoceronte*, espécies invasoras, mata atlântica, reflorestamento, painéis solares, painel solar, aerogerador*, parque eólico, bombas de calor, usina* a carvão, termelétrica*, fracking, esgoto, microplásticos, lixão, lixões, aterro sanitário, derramamento de óleo, mancha de óleo, ambientalista*, ativistas climáticos, greenpeace, wwf, ibama, icmbio, desmatamento ilegal
3: clima*, climátic*, aquecimento global, emiss*, carbono, poluição, poluente*, desmatamento, biodiversidade, meio ambiente, ambienta*, ecológic*, renováve*, energia solar, energia eólica, amazônia, floresta amazônica, reciclagem, plástico*, espécies ameaçadas, extinção, efeito estufa, cop30, garimpo ilegal, combustíveis fósseis
2: espécies, floresta*, fauna, flora, água, seca*
@health
3: diretor da oms, diretor-geral da oms
2: equipe médica
2: hospitalar*
3: leucemia*, alzheimer, parkinson, quimioterapia*, transplante*, antibiótico*, infarto*, avc, autismo, ambulância*, samu, uti, unidade de terapia intensiva, cuidados intensivos, hepatite*, meningite*, tabagismo, cigarro eletrônico, vape*, depressão, suicídio*, farmacêutica*, ensaio clínico, ensaios clínicos, anvisa, oms, organização mundial da saúde, mortalidade infantil, expectativa de vida, esperança de vida, sistema de saúde, serviço nacional de saúde, sns, fila de espera, posto de saúde, postos de saúde, unidade básica de saúde
3: saúde, hospita*, médic*, enfermeir*, pacientes, doença*, vírus, vacina*, epidemia*, pandemia*, câncer, cancro, gripe*, covid*, dengue, zika, chikungunya, malária, sarampo, febre amarela, medicament*, cirurgi*, sus, ministério da saúde, surto*, infecç*, diabetes, obesidade, saúde mental, tuberculose, hiv, aids, mpox
2: tratamento*, sanitári*, casos, internad*, internaç*
@human-interest
2: aos 95 anos, aos 96 anos, aos 97 anos, aos 98 anos, aos 99 anos, aos 100 anos, aos 101 anos, aos 102 anos, aos 103 anos, aos 104 anos, aos 105 anos, aos 106 anos, aos 107 anos, aos 108 anos, aos 109 anos, aos 110 anos, aos 111 anos, aos 112 anos, aos 113 anos, aos 114 anos, aos 115 anos, com 95 anos, com 96 anos, com 97 anos, com 98 anos, com 99 anos, com 100 anos, com 101 anos, com 102 anos, com 103 anos, com 104 anos, com 105 anos, com 106 anos, com 107 anos, com 108 anos, com 109 anos, com 110 anos, com 111 anos, com 112 anos, com 113 anos, com 114 anos, com 115 anos
2: netos, netas, curios*, emocionad*, reencontr*, viraliz*
3: emocionante reencontro, boa ação, gesto solidário, o homem mais velho, a mulher mais velha, a pessoa mais velha, supercentenári*, quadrigêmeos, trigêmeos, recém-nascido*, pedido de casamento, lua de mel, cachorro perdido, gato perdido, abrigo de animais, viralizou, bisavó, bisavô, bisneta*, bisneto*
3: centenári*, inusitad*, comovente*, aniversário*, cachorro*, cão, cães, gato*, animal de estimação, reencontro*, loteria, mega-sena, avó, avô, avós
@labour
3: trabalho infantil
3: escala 6x1, trabalhadores sazonais
3: trabalhadores estrangeiros
0: greve de fome, greves de fome
2: funcionalismo, servidores públicos
3: sindicalistas, greve geral, paralisação*, piquete*, aumento salarial, reajuste do salário mínimo, piso salarial, entregadores, motoristas de aplicativo, horas extras, licença-maternidade, licença maternidade, licença-paternidade, idade da reforma, idade de aposentadoria, reforma da previdência, reforma trabalhista, demissões em massa, despedimento*, desempregados, mercado de trabalho, escassez de mão de obra, taxa de desemprego, trabalho escravo, trabalho análogo à escravidão, acidente de trabalho, força sindical, cgtp
3: greve*, grevista*, sindica*, trabalhador*, salário*, salário mínimo, emprego*, desemprego, demiss*, demitid*, aposentadoria*, previdência, jornada de trabalho, condições de trabalho, trabalhista*, clt, carteira assinada, reajuste salarial, paralisaç*
2: trabalho*, funcionário*, servidores, pensão*, pensões
@lifestyle-leisure
2: dormidas, taxa de ocupação
3: observação de baleias, observação de cetáceos, feira de design
2: taxa turística, hóspedes
2: chef, desfile*, spa, decoração, receitas, roteiro*, réveillon
0: desfile cívico
3: guia de viagem, viajantes, temporada turística, turismo de massa, cruzeiro*, estação de esqui, parque temático, estrela michelin, estrelas michelin, guia michelin, comida de rua, prova de vinhos, vinícola*, vinha*, adega*, cerveja artesanal, semana de moda, alta-costura, perfume*, cosmético*, meditação, destino turístico, ocupação hoteleira, alojamento local
3: férias, turismo, receita de, culinária*, gastronomi*, moda, beleza, bem-estar, lazer, hotel*, carnaval de rua
2: praia*
2: viage*, cozinha*, turista*, restaurante*, vinho*
@religion
0: espírito santo, santa catarina, santo antão, santo andré, santo amaro, santo ovídio, santo antônio de, santa maria, santa cruz, santa clara, porto de santos, do santos, o santos, ao santos, nilton santos, santos dumont
2: natal, evangélicos
3: conclave, papa francisco, papa leão, cardeais, freira*, convento*, anglican*, protestante*, pentecostal*, xiita*, sunita*, meca, medina, eid, chanucá, páscoa judaica, sikh*, dalai lama, quaresma, missa do galo, liberdade religiosa, abusos na igreja, beatifica*, catedral*, basílica*, capela*, mosteiro*, monge*, arquidiocese*, círio de nazaré, romaria*, romeiros, candomblé, umbanda, terreiro*, pastor evangélico, igreja universal
3: igreja*, papa, pontífice, vaticano, santa sé, mesquita*, muçulman*, islã, islam*, cristã*, cristão*, católic*, bispo*, arcebispo*, padre*, sacerdote*, cardeal*, cardeais, religi*, fiéis, oraç*, peregrin*, ramadã, páscoa, sinagoga*, judeu*, judaic*, evangélic*, canoniza*, santo*, santa, missa*, diocese*, clero
2: fé
@science-technology
1: dna
2: físico*, químico*, cometa*, hacker*, 5g
3: biólogo*, geólogo*, matemático*, revista nature, revista science, estudo publicado, aprendizado de máquina, aprendizagem automática, chatbot*, centro de dados, data center*, cibersegurança, ataque hacker, ataques hackers, computação quântica, cern, agência espacial, inpe, exoplaneta*, buraco negro, meteorito*, dinossauro*, paleontólog*, arqueólog*, células-tronco, células estaminais, edição genética, crispr, clonagem, fibra óptica, starlink, carro elétrico, carros elétricos, veículos elétricos
3: cientista*, científic*, pesquisador*, pesquisa científica, espacia*, nasa, sonda espacial, astronauta*, planeta*, foguete*, satélite*, telescópio*, astronom*, inteligência artificial, tecnologi*, software*, robô*, quântic*, computador*, internet, redes sociais, plataforma*, aplicativo*, laboratório*, semicondutor*, descoberta*, genoma, fóssil, fósseis, embrapa, fiocruz
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: pesquisa*, estudo*, dados, chip*, inovaç*
@society
2: emigra*, vistos, visto de trabalho, visto de residência, creche*, pensões, preço das casas, preços das casas, transportes gratuitos, transporte gratuito, estudantes brasileiros, estudantes angolanos, estudantes cabo-verdianos, alunos estrangeiros
2: arrendamento, inquilinos, senhorios, fome, lei das rendas
2: trabalhadores sazonais
3: diferença salarial entre homens e mulheres, disparidade salarial
2: estudantes estrangeiros, trabalhadores estrangeiros
2: estrangeiros, naturalização, cidadania, dupla nacionalidade, dupla cidadania
2: aluguel*, aluguer*, rendas, censo, favela*, periferia*
3: desigualdade salarial, violência sexual, casamento infantil, trabalho infantil, órfão*, campo de refugiados, imigrante* ilegais, imigração ilegal, indocumentado*, autorização de residência, reagrupamento familiar, habitação social, moradia popular, minha casa minha vida, banco de alimentos, lar de idosos, lares de idosos, solidão, transgênero*, transgénero*, direitos das mulheres, minorias, escravidão, escravatura, bolsa família, população de rua
3: migrante*, migraç*, imigra*, refugiad*, asilo, deporta*, direitos humanos, casamento igualitário, lgbt*, homofobia, igualdade de gênero, discriminaç*, racismo, pobreza, moradia*, habitação, desigualdade*, demográfic*, natalidade, indígena*, quilombola*, feminis*, violência doméstica, violência contra a mulher, aborto, sem-teto, pessoas em situação de rua, deficiência
2: sociedade, social*, humanitári*, população, famílias, jovens, comunidade*
@sport
0: técnicos, técnicas, votação final, versão final
3: grande prémio de, grande prêmio de, fórmula 1, fórmula e, automobilismo, motogp
2: técnico*, contratação*, empate*, torcedor*, torcida*, flamengo, palmeiras, corinthians, benfica, sporting
3: jogador de futebol, treinador demitido, janela de transferências, rebaixamento*, rebaixado*, série a, série b, tabela do brasileirão, classificação do brasileirão, pontapé inicial, acréscimos, prorrogação, disputa de pênaltis, cartão vermelho, cartão amarelo, hat-trick, roland garros, us open, australian open, wimbledon, copa davis, volta a portugal, tour de france, camisa amarela, esqui, patinação artística, hóquei no gelo, nba, nfl, ufc, mma, judô, judo, esgrima, atletismo, paralímpic*, paralímpic*, campeão mundial, campeã mundial, medalha de ouro, medalha de prata, medalha de bronze, bola de ouro, copa do brasil, copa libertadores, sul-americana, maracanã
0: ponto de partida, campeão de vendas, campeã de vendas, corrida eleitoral, corrida presidencial, disputa eleitoral, time de campanha, equipe de campanha
3: futebol, campeonato*, copa do mundo, jogos olímpicos, olímpic*, torneio*, técnico da seleção, treinador*, jogador*, futebolista*, semifinal*, quartas de final, gol, gols, brasileirão, libertadores, liga dos campeões, liga das nações, tênis, basquete*, vôlei, voleibol, fórmula 1, maratona*, atleta*, medalha*, pênaltis, atacante*, goleiro*, zagueiro*, meio-campista*, seleção brasileira, seleção portuguesa, artilheiro*, nba, fifa, uefa
2: seleção*, final, finais, time, times, equipe*, estádio*, partida*, vitória*, derrota*, clube*, campeão, campeões, placar, título*
@weather
3: estiagem
3: ciclone*, furacão, furacões, tufão, tornado*, inundaç*, enchente*, alagamento*
3: previsão do tempo, meteorologistas, frente fria, massa de ar polar, temperaturas negativas, nevasca*, vendaval*, alerta de tempestade, alerta amarelo, alerta laranja, alerta vermelho, trovoada*, relâmpago*, granizo, dia mais quente, recorde de temperatura, recorde de calor, climatempo, ipma, neblina, nevoeiro, ciclone bomba, el niño, la niña, monção
2: temporal, temporais
3: onda de calor, temperaturas, temperatura, chuva*, chuvoso*, neve*, tempestade*, previsão do tempo, meteorolog*, inmet, seca*, onda de frio, geada*, granizo, ventania*, ciclone extratropical, frente fria, massa de ar
2: calor, frio, vento*, graus, previsão*
@arts-culture-entertainment
2: trailer, coral, funk, pagode, rap, cantor*, musical, editora*, memórias, mural*, bbb
3: longa-metragem, curta-metragem, roteirista*, cinebiografia*, trilha sonora, banda sonora, compositor*, pianista*, violinista*, jazz, hip-hop, sertanejo, mpb, fado, banda de rock, turnê*, digressão, prêmio nobel de literatura, prémio nobel da literatura, best-seller*, dramaturg*, humorista*, comediante*, reality show, big brother, programa de tv, videogame*, jogo eletrônico, quadrinhos, mangá, fotógraf*, feira de arte, pintor*, grafite*, patrimônio mundial, património mundial, patrimônio histórico, festival de cannes, festival de veneza, leão de ouro, palma de ouro, urso de ouro, indicado ao oscar, globo de ouro, academia de hollywood
0: diretor-presidente, diretora-presidente, diretor-geral da
3: filme*, cinema*, ator*, atriz*, cineasta*, música*, músico*, cantor*, cantora*, álbum*, canção*, show de, concerto*, festival*, artista*, museu*, exposição de, pintura*, livro*, romance*, escritor*, escritora*, teatro*, a ópera, uma ópera, de ópera, ópera de, óperas, orquestra*, balé, dança*, novela*, telenovela*, unesco, patrimônio cultural, bienal, oscar, grammy, samba*, bossa nova, carnaval
2: arte, artes, cultura*, cultural*, série*, autor*, televisão, diretor*, estreia*, diretora*, obra*
0: diretor-geral, diretora-geral, diretor-executivo, diretor executivo
`
