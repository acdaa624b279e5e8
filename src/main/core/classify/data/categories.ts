// Feed category and section words ("Business", "Politik", "体育") mapped to topics. A feed's own
// filing is strong evidence, but sections like "World" or "News" say nothing about the topic and
// are absent on purpose. Keys are matched after folding (case, accents), one category part at a time.
import type { TopicId } from '../../../../shared/model'

export const CATEGORY_TOPICS: Record<TopicId, string> = {
  politics: 'política nacional, política internacional, governo, parlamento, politica interna, 政治, 政局, سياسة محلية, politics, political, elections, election, government, diplomacy, us politics, uk politics, politique, ' +
    'política, politica, politik, wahlen, inland politik, политика, выборы, 政治, 时政, 外交, سياسة, السياسة, انتخابات',
  'economy-business-finance': 'economia e negócios, mercado, mercados financeiros, finanças, finanza, borsa, mercati, affari, 経済, ビジネス, マーケット, 株式, economía y negocios, business, economy, economics, markets, finance, money, companies, trade, ' +
    'economía, economia, negocios, mercados, économie, economie, entreprises, marchés, finances, wirtschaft, ' +
    'finanzen, börse, unternehmen, экономика, бизнес, финансы, рынки, 经济, 财经, 商业, 金融, 股市, اقتصاد, ' +
    'الاقتصاد, مال وأعمال, أعمال',
  sport: 'esporte, esportes, desporto, futebol, calcio, sport, tennis, motori, ciclismo, スポーツ, サッカー, 野球, 相撲, 体育新闻, رياضة عالمية, sport, sports, football, soccer, tennis, cricket, rugby, basketball, olympics, formula 1, deportes, ' +
    'deporte, fútbol, sports, football, fußball, спорт, футбол, 体育, 足球, 篮球, 运动, رياضة, الرياضة, كرة القدم',
  'science-technology': 'ciência, ciencia y tecnología, ciência e tecnologia, tecnologia, scienza, scienze, tecnologia e scienza, 科学, テクノロジー, it・科学, 科学・技術, tech, technology, science, science & technology, sci-tech, space, ai, innovation, gadgets, ' +
    'tecnología, tecnologia, ciencia, ciencias, sciences, technologie, technologies, high-tech, wissenschaft, ' +
    'technik, digital, netzwelt, наука, технологии, хайтек, 科技, 科学, 互联网, 数码, علوم, تكنولوجيا, علوم وتكنولوجيا',
  health: 'saúde, salute, medicina e salute, 医療, 健康, 医療・健康, health, medicine, wellbeing, salud, santé, sante, gesundheit, здоровье, медицина, 健康, 医疗, صحة, الصحة',
  'arts-culture-entertainment': 'cultura e lazer, entretenimento, ilustrada, cinema, spettacoli, spettacolo, musica, libri, 文化, 芸能, エンタメ, 映画, 音楽, 文化・芸能, culture, arts, art, entertainment, film, movies, music, books, television, tv, ' +
    'celebrity, cultura, espectáculos, cine, música, libros, culture, cinéma, musique, livres, kultur, kino, ' +
    'musik, feuilleton, культура, кино, музыка, шоу-бизнес, 文化, 娱乐, 电影, 音乐, ثقافة, فن, فنون',
  environment: 'meio ambiente, ambiente, clima e ambiente, 環境, 気候変動, environment, climate, climate change, nature, medio ambiente, clima, environnement, planète, ' +
    'climat, umwelt, klima, экология, климат, 环境, 环保, 气候, بيئة, البيئة, المناخ',
  education: 'educação, istruzione, scuola, università, 教育, 大学, education, schools, universities, educación, éducation, bildung, schule, образование, 教育, تعليم, التعليم',
  religion: 'religião, religione, chiesa, vaticano, 宗教, religion, faith, religión, religions, religion, glaube, религия, 宗教, دين, أديان',
  weather: 'tempo, previsão do tempo, meteorologia, 天気, 気象, weather, météo, meteo, tiempo, el tiempo, wetter, погода, 天气, 气象, طقس, الطقس',
  'crime-law-justice': 'polícia, justiça, cronaca nera, giustizia, 事件, 事件・事故, 裁判, crime, law, justice, courts, legal, crimen, sucesos, justicia, justice, faits divers, ' +
    'justiz, kriminalität, polizei, криминал, происшествия, право, 法治, 社会法治, 司法, حوادث, جريمة, قضاء',
  'lifestyle-leisure': 'viagem, turismo, gastronomia, comida, moda, estilo, viaggi, cucina, moda, benessere, 暮らし, 旅行, グルメ, ファッション, lifestyle, travel, food, style, fashion, leisure, food & drink, estilo de vida, viajes, ' +
    'gastronomía, moda, art de vivre, voyage, voyages, gastronomie, mode, lifestyle, reisen, stil, essen, ' +
    'стиль жизни, путешествия, еда, мода, 生活, 旅游, 时尚, 美食, منوعات, سياحة, موضة',
  society: 'sociedade, cotidiano, società, immigrazione, 社会問題, society, social affairs, migration, immigration, sociedad, société, societe, gesellschaft, ' +
    'общество, 社会, مجتمع, المجتمع',
  labour: 'emprego, trabalho, lavoro, 雇用, 労働, jobs, work, labour, labor, careers, employment, empleo, trabajo, emploi, travail, arbeit, karriere, ' +
    'работа, труд, 就业, 职场, وظائف, عمل',
  'disaster-accident-emergency': 'desastres, tragédias, calamità, 災害, 防災, disasters, disaster, accidents, emergencies, desastres, catastrophes, ' +
    'katastrophen, unglücke, чп, катастрофы, 灾难, 事故, كوارث',
  'conflict-war-peace': 'guerra na ucrânia, conflitos, guerra in ucraina, 戦争, 紛争, war, conflict, conflicts, defence, defense, military, guerra, conflictos, guerre, ' +
    'défense, krieg, konflikte, militär, война, армия, 军事, 战争, حرب, عسكري',
  'human-interest': 'curiosidades, curiosità, 話題, ほっこり, human interest, odd news, offbeat, curiosidades, insolite, kurioses, vermischtes, курьёзы, ' +
    '奇闻, 趣闻, طرائف',
}
