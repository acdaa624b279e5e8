// Topic lexicons for Portuguese, Italian and Japanese (issue 14). Format as in topics-en.ts; Portuguese and
// Italian entries are mostly stems (`*`), Japanese ones match inside words like the Chinese ones.
// Ambiguous words (time, diretor, squadra, corte, 試合 ...) are weight 2 at most: they need company.
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

export const TOPICS_IT = `
@politics
3: elezion*, elettora*, elettori, votazion*, referendum, parlament*, legislativ*, presidenzial*, deputat*, senato*, senator*, diplomazia, diplomatic*, farnesina, dimission*, presidente del consiglio, premier, coalizione, campagna elettorale, colpo di stato, ambasciat*, sanzioni, palazzo chigi, quirinale, montecitorio, camera dei deputati, consiglio dei ministri, mozione di sfiducia, ballottaggio, urne, vertice*
2: governo*, opposizion*, candidat*, mandato*, costituzion*, ministr*, president*, partit*, politic*, riform*, legge, leggi, disegno di legge, sindac*, voto, voti, maggioranza
1: autorità, accordo*, negoziat*, incontro*, visita*
@conflict-war-peace
3: guerra*, cessate il fuoco, tregua, bombardament*, missil*, truppe, soldati, militar*, esercit*, forze armate, ribell*, insorti, jihadist*, terroris*, ostaggi, invasione, ostilità, milizi*, paramilitar*, conflitto armato, raid aere*, attacco aereo, attacchi aerei, offensiva militare
2: attacc*, fronte, drone*, droni, difesa, conflitt*, combatt*, armi, morti, feriti, offensiva*
@crime-law-justice
2: fermat*, multa*, sanzione*, consiglio di stato
3: tribunal*, process* per, giudice*, giudici, condannat*, carcer*, arrestat*, arresto*, omicidi*, procura*, pubblico ministero, pm, frode*, corruzione, tangent*, riciclaggio, rapina*, furto*, ladri, ladro, narcotraffico, spacciat*, cocaina, mafia*, camorra*, 'ndrangheta, cosa nostra, criminal*, reato*, reati, imputat*, indagat*, assolt*, cassazione, corte d'assise, sequestr*, sparatoria*, femminicidi*, stupro*, violenza sessuale, corte costituzionale, consulta, illegittim*
2: pena*, giustizia, polizia*, carabinieri, indagin*, condann*, avvocat*, traffico*, droga*, sospett*, accusat*, corte, corti, sentenza*, inchiesta*
@disaster-accident-emergency
3: terremoto*, sisma*, scossa di terremoto, tsunami*, alluvion*, inondazion*, esondazion*, frana*, crollo*, incendi*, eruzion*, vulcano*, incidente*, naufragi*, disastro*, catastrof*, tragedia*, soccorso alpino, soccorritori, vigili del fuoco, protezione civile, sfollat*, dispersi, sopravvissut*, uragano*, ciclone*, valanga*, deragliament*, esplosione*, maltempo
2: soccors*, vittime, morti, feriti, emergenza*, evacua*, tempesta*, distrutt*, danni, salvat*
@economy-business-finance
2: concorrenza, gara d'appalto, appalto, appalti
3: antitrust, concorrenza sleale, posizione dominante
3: economi*, inflazione, tassi di interesse, tassi d'interesse, banca centrale, bce, pil, recessione, borsa di milano, piazza affari, ftse mib, spread, investitor*, utile, utili, fatturato, ricavi, dazi, esportazion*, importazion*, manovra, legge di bilancio, debito pubblico, tasse, imposte, fisco, fiscale, petrolio, privatizzazion*, fmi, fondo monetario internazionale, deficit, punti base, prezzi dell'energia, bollette, cassa integrazione, stabiliment*
2: mercat*, aziend*, impres*, societ*, commerci*, debito*, valut*, dollar*, euro, prezz*, gas, industri*, produzion*, miliardi, milioni, banca, banche, bancari*, crescita, vendite, investiment*, azioni, titoli
1: gruppo
@education
3: scuol*, alunn*, studenti, studente, studentess*, insegnant*, docent*, professor*, istruzione, universit*, ateneo, atenei, politecnic*, maturità, anno scolastico, ministero dell'istruzione, ministero dell'università, iscritti, iscrizion*, lezion*, liceo, licei
2: corsi, esam*, formazion*, classe
3: corso di laurea, corsi di laurea
0: classe politica, classe dirigente, classe media, classe operaia
@environment
3: clima*, climatic*, riscaldamento globale, emission*, carbonio, inquinament*, deforestazione, biodiversità, ambiente, ambiental*, ecologic*, rinnovabil*, energia solare, fotovoltaic*, eolic*, riciclo, plastica, specie a rischio, estinzione, effetto serra, ghiacciai*, siccità, combustibili fossili
2: specie, foresta*, boschi, fauna, flora, acqua, fiume*, animali
@health
3: sanità, sanitari*, ospedal*, medic*, infermier*, pazienti, malatti*, virus, vaccin*, epidemi*, pandemi*, cancro, tumor*, influenza, covid*, malaria, morbillo, farmac*, chirurg*, pronto soccorso, ministero della salute, contagi*, infezion*, diabete, obesità, salute mentale, tubercolosi, hiv, aids, mpox, colera, salute
2: cure, terapi*, casi, ricoverat*, ricover*
@human-interest
3: centenari*, curios*, commovente*, compleanno*, cane, cani, gatto*, animale domestico, ritrovat*, lotteria, superenalotto, nonna, nonno, nonni
@labour
3: sciopero*, scioper*, sindacat*, sindacal*, lavorator*, salari*, stipendi*, salario minimo, occupazion*, disoccupazion*, licenziament*, pensione*, pension*, orario di lavoro, condizioni di lavoro, contratto nazionale, cgil, cisl, cassa integrazione, esuberi, operai
2: lavoro, dipendenti, personale, posti di lavoro
@lifestyle-leisure
3: vacanz*, turismo, ricett*, gastronomi*, moda, bellezza, benessere, tempo libero, escursionist*, alberg*, spiaggi*, vini, settimana della moda
2: viaggi*, cucina*, hotel*, turist*, ristorant*, vino
@religion
3: papa, pontefice, vaticano, santa sede, moschea*, imam, musulman*, islam*, cristian*, cattolic*, vescov*, arcivescov*, sacerdot*, prete, preti, cardinal*, religi*, fedeli, preghier*, pellegrin*, ramadan, pasqua, sinagog*, ebre*, ebraic*, evangelic*, canonizza*, santo, santa, messa, diocesi, clero, giubileo, conclave, udienza, chiesa
2: fede, papale
@science-technology
3: scienziat*, scientific*, ricercator*, ricerca scientifica, spazial*, nasa, esa, sonda*, astronaut*, pianet*, razzo, razzi, satellit*, telescopi*, astronom*, intelligenza artificiale, tecnologi*, software, robot*, quantistic*, computer, internet, social network, social media, piattaform*, laborator*, semicondutt*, scoperta*, genoma, dna, fossil*, cnr, infn
2: twitter, facebook, instagram, whatsapp, tiktok, youtube, google, openai, chatgpt
2: ricerca, ricerche, studio, studi, dati, chip, innovazion*, app
@society
3: migrant*, migrazion*, immigra*, rifugiat*, asilo politico, richiedenti asilo, rimpatri*, diritti umani, matrimonio egualitario, unioni civili, lgbt*, omofobia, parità di genere, discriminazion*, razzismo, povertà, abitativ*, disuguaglianz*, demografic*, natalità, femminis*, violenza domestica, violenza sulle donne, aborto, senzatetto, disabilità, sbarchi, sbarco
2: società, social*, umanitari*, popolazione, famiglie, giovani, comunità
@sport
0: partita iva, partite iva, squadra di governo, squadra di giunta, vittoria elettorale, sconfitta elettorale, partita politica, gara d'appalto, campioni di sangue
3: calcio, campionato*, coppa del mondo, mondiali di calcio, giochi olimpici, olimpiad*, olimpic*, torneo*, allenator*, calciator*, semifinal*, quarti di finale, gol, serie a, champions league, sei nazioni, tennis, tennist*, basket, pallavolo, volley, rugby, ciclismo, giro d'italia, formula 1, maratona*, atlet*, medagli*, rigori, attaccant*, portier*, centrocampist*, nazionale di calcio, nazionale di rugby, nazionale italiana, fifa, uefa, motogp
2: nazionale, finale, finali, squadra*, stadi*, partita*, vittoria*, sconfitt*, club, campione, campioni, titolo*, giocator*, match
0: squadra di soccorso, squadra mobile, nazionale di sanità
@weather
3: ondata di calore, temperatur*, piogge, pioggia, nevicat*, neve, temporal*, grandine, meteo, previsioni meteo, meteorolog*, siccità, ondata di freddo, gelate, allerta meteo, allerta rossa, allerta arancione, bufera*, nubifragi*, maltempo, anticiclone, perturbazion*, bora
2: caldo, freddo, vento*, gradi, previsioni
@arts-culture-entertainment
0: opere pubbliche, una serie di, serie di, direttore dell'agenzia, direttore della polizia, direttrice dell'agenzia, direttore sanitario, direttore del personale, direttore finanziario
3: film, cinema*, attor*, attric*, regista, registi, regia, music*, cantant*, album, canzon*, concerto*, concerti, festival*, artist*, muse*, mostra del cinema, mostra d'arte, pittur*, dipint*, romanz*, scrittor*, scrittric*, teatro*, opera lirica, orchestr*, balletto, danza, unesco, patrimonio culturale, uffizi, biennale, sanremo, oscar, colonna sonora, galleria*, gallerie
2: arte, cultura*, cultural*, serie, autor*, televisione, direttor*, anteprima*, mostra, mostre, opera, opere, libro, libri, visitatori
0: direttore generale, direttrice generale, direttore di polizia
`

export const TOPICS_JA = `
@politics
2: 代表団
3: 代表選, 党代表, 選挙戦, 代表選挙
3: 選挙, 総選挙, 投票, 国会, 議会, 議員, 首相, 大統領, 内閣, 外相, 外務省, 外交, 与党, 野党, 政党, 自民党, 立憲民主党, 連立, 政権, 首脳会談, 首脳, 大使, 大使館, 制裁, 憲法, 国民投票, 官房長官, 閣僚, 総裁選, 辞任, 就任, 党首, サミット, 閣議
2: 政府, 政治, 大臣, 会談, 法案, 改革, 知事, 市長, 外交官
1: 当局, 合意, 交渉, 訪問
@conflict-war-peace
0: 貿易戦争, 価格競争, 爆発的
3: 戦争, 停戦, 空爆, 爆撃, ミサイル, 軍事, 部隊, 兵士, 軍隊, 戦闘, 侵攻, 紛争, 反政府勢力, 武装勢力, 過激派, テロ, 人質, 捕虜, 砲撃, ドローン攻撃, 自衛隊, 国防, 軍事演習, 核兵器, 休戦
2: 攻撃, 防衛, 安全保障, 軍, 兵器, 武器, 死者, 負傷者
@crime-law-justice
2: 賠償, 損害賠償, 特許侵害, 業務改善命令
3: 逮捕, 容疑者, 起訴, 判決, 有罪, 無罪, 懲役, 執行猶予, 裁判, 地裁, 高裁, 最高裁, 地検, 検察, 殺人, 詐欺, 汚職, 収賄, 贈賄, 窃盗, 強盗, 密輸, 麻薬, 覚醒剤, 暴力団, 犯罪, 被告, 弁護士, 書類送検, 送検, 捜査, 刑事, 死刑, 受託収賄
2: 警察, 警視庁, 容疑, 疑い, 裁判所, 事件
@disaster-accident-emergency
3: 地震, 津波, 洪水, 浸水, 土砂崩れ, 土石流, 火災, 山火事, 噴火, 火山, 事故, 衝突事故, 墜落, 脱線, 爆発, 災害, 被災, 避難, 救助, 行方不明, 死者, 犠牲者, 台風, 大雨特別警報, マグニチュード, 震度, 雪崩, 沈没, 倒壊, 救援, ハリケーン, 竜巻, 非常事態, サイクロン
2: 被害, 負傷, 緊急事態, 警報, 死亡, 停電
@economy-business-finance
2: 特許, 知的財産, 金融庁
3: 経済, インフレ, 物価, 金利, 利上げ, 利下げ, 日銀, 日本銀行, 中央銀行, 国内総生産, GDP, 景気, 株価, 株式, 日経平均, 東証, 投資, 利益, 売上高, 決算, 関税, 輸出, 輸入, 貿易, 予算, 財政, 国債, 税, 為替, 円安, 円高, ドル, 原油, 企業, 工場, 生産, 自動車メーカー, 買収, 合併, 経営, 賃上げ, 電力会社, 事業
2: 市場, 価格, 会社, 販売, 銀行, 産業, 億円, 兆円, 再稼働, 原発
@education
3: 学校, 小学校, 中学校, 高校, 大学, 生徒, 児童, 学生, 教師, 教員, 教育, 授業, 入試, 受験, 文部科学省, 留学生, 教科書, 卒業
2: 学習, 研究室
@environment
3: 気候変動, 地球温暖化, 温暖化, 温室効果ガス, 二酸化炭素, 排出, 脱炭素, 汚染, 環境, 生物多様性, 再生可能エネルギー, 太陽光, 風力, 森林, 絶滅, プラスチック, リサイクル, 生態系
2: 自然, 動物, 水資源, 水不足, 水質
@health
0: コンピューターウイルス
2: 流行
3: 健康, 病院, 医師, 看護師, 患者, 病気, ウイルス, ワクチン, 感染, 感染症, パンデミック, がん, インフルエンザ, 新型コロナ, コロナ, エムポックス, コレラ, はしか, 医療, 医薬品, 手術, 厚生労働省, 世界保健機関, 公衆衛生, 治療, 認知症, 熱中症
2: 症状, 死亡
@human-interest
3: 100歳, 誕生日, 犬, 猫, ペット, 再会, 宝くじ, 最高齢
@labour
3: ストライキ, スト, 労働組合, 労組, 労働者, 賃金, 給与, 最低賃金, 雇用, 失業, 解雇, 年金, 労働時間, 春闘, 賃上げ, 人手不足, 技能実習, 外国人労働者
2: 従業員, 社員, 労働
@lifestyle-leisure
3: 旅行, 観光, 観光客, 料理, レシピ, グルメ, レストラン, ファッション, 美容, 温泉, ホテル, ワイン, 休暇
@religion
2: 寺
3: 教会, ローマ教皇, 教皇, 法王, バチカン, モスク, イスラム, イスラム教, キリスト教, カトリック, 司教, 神父, 宗教, 信者, 礼拝, 巡礼, ラマダン, 寺院, 神社, 仏教, 僧侶
@science-technology
2: サイバー攻撃
1: 発見
3: 科学, 科学者, 研究者, 研究チーム, 宇宙, 宇宙航空研究開発機構, JAXA, NASA, ロケット, 人工衛星, 衛星, 探査機, 望遠鏡, 天文, 人工知能, AI, 技術, ソフトウエア, ロボット, 量子, コンピューター, インターネット, SNS, 半導体, 新発見, 新種, 化石, ゲノム, DNA
2: 研究, 開発, 実験, 論文, チップ
@society
3: 移民, 難民, 亡命, 強制送還, 人権, 同性婚, LGBT, 性的少数者, 差別, 人種差別, 貧困, 格差, 少子化, 出生率, 高齢化, 人口減少, 待機児童, 外国人労働者, 男女平等, ジェンダー, 障害者, 虐待, ホームレス
2: 社会, 人口, 家族, 若者, 住民, 女性, 子ども, 技能実習, 在留
@sport
3: サッカー, 野球, 大リーグ, 大谷, 五輪, オリンピック, パラリンピック, ワールドカップ, W杯, 選手権, 日本代表, 選手, 決勝, 準決勝, 準々決勝, 得点, ゴール, 優勝, 逆転勝ち, 敗退, テニス, ゴルフ, 相撲, 大相撲, 横綱, 柔道, ラグビー, バスケットボール, マラソン, 陸上, 水泳, 金メダル, メダル, Jリーグ, 本塁打, 投手
2: 試合, チーム, 勝ち, 負け, 優勝候補, 大会, 代表, 監督, 勝利
0: 党大会, 代表取締役, 代表者
@weather
2: 気象庁
3: 天気, 気象, 大雨, 豪雨, 雨, 雪, 大雪, 猛暑, 熱波, 気温, 台風, 暴風, 強風, 寒波, 梅雨, 予報, 最高気温, 真夏日, 猛暑日, 雷雨, 線状降水帯, 大雨特別警報, ハリケーン, 竜巻, サイクロン
2: 暑さ, 寒さ, 警報, 注意報, 降水
@arts-culture-entertainment
3: 映画, 俳優, 女優, 映画監督, 音楽, 歌手, アルバム, 楽曲, コンサート, 公演, ライブ, 芸術, 美術, 美術館, 博物館, 展覧会, 絵画, 小説, 作家, 文学, 演劇, 歌舞伎, オペラ, オーケストラ, バレエ, アニメ, 漫画, ドラマ, テレビ番組, 紅白, アカデミー賞, 世界遺産, 文化財
2: 文化, 作品, 番組, 放送, 芸能
`
