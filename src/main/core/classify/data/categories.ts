// Feed category and section words ("Business", "Politik", "体育") mapped to topics. A feed's own
// filing is strong evidence, but sections like "World" or "News" say nothing about the topic and
// are absent on purpose. Keys are matched after folding (case, accents), one category part at a time.
import type { TopicId } from '../../../../shared/model'

export const CATEGORY_TOPICS: Record<TopicId, string> = {
  politics: 'politics, political, elections, election, government, diplomacy, us politics, uk politics, politique, ' +
    'política, politica, politik, wahlen, inland politik, политика, выборы, 政治, 时政, 外交, سياسة, السياسة, انتخابات',
  'economy-business-finance': 'business, economy, economics, markets, finance, money, companies, trade, ' +
    'economía, economia, negocios, mercados, économie, economie, entreprises, marchés, finances, wirtschaft, ' +
    'finanzen, börse, unternehmen, экономика, бизнес, финансы, рынки, 经济, 财经, 商业, 金融, 股市, اقتصاد, ' +
    'الاقتصاد, مال وأعمال, أعمال',
  sport: 'sport, sports, football, soccer, tennis, cricket, rugby, basketball, olympics, formula 1, deportes, ' +
    'deporte, fútbol, sports, football, fußball, спорт, футбол, 体育, 足球, 篮球, 运动, رياضة, الرياضة, كرة القدم',
  'science-technology': 'tech, technology, science, science & technology, sci-tech, space, ai, innovation, gadgets, ' +
    'tecnología, tecnologia, ciencia, ciencias, sciences, technologie, technologies, high-tech, wissenschaft, ' +
    'technik, digital, netzwelt, наука, технологии, хайтек, 科技, 科学, 互联网, 数码, علوم, تكنولوجيا, علوم وتكنولوجيا',
  health: 'health, medicine, wellbeing, salud, santé, sante, gesundheit, здоровье, медицина, 健康, 医疗, صحة, الصحة',
  'arts-culture-entertainment': 'culture, arts, art, entertainment, film, movies, music, books, television, tv, ' +
    'celebrity, cultura, espectáculos, cine, música, libros, culture, cinéma, musique, livres, kultur, kino, ' +
    'musik, feuilleton, культура, кино, музыка, шоу-бизнес, 文化, 娱乐, 电影, 音乐, ثقافة, فن, فنون',
  environment: 'environment, climate, climate change, nature, medio ambiente, clima, environnement, planète, ' +
    'climat, umwelt, klima, экология, климат, 环境, 环保, 气候, بيئة, البيئة, المناخ',
  education: 'education, schools, universities, educación, éducation, bildung, schule, образование, 教育, تعليم, التعليم',
  religion: 'religion, faith, religión, religions, religion, glaube, религия, 宗教, دين, أديان',
  weather: 'weather, météo, meteo, tiempo, el tiempo, wetter, погода, 天气, 气象, طقس, الطقس',
  'crime-law-justice': 'crime, law, justice, courts, legal, crimen, sucesos, justicia, justice, faits divers, ' +
    'justiz, kriminalität, polizei, криминал, происшествия, право, 法治, 社会法治, 司法, حوادث, جريمة, قضاء',
  'lifestyle-leisure': 'lifestyle, travel, food, style, fashion, leisure, food & drink, estilo de vida, viajes, ' +
    'gastronomía, moda, art de vivre, voyage, voyages, gastronomie, mode, lifestyle, reisen, stil, essen, ' +
    'стиль жизни, путешествия, еда, мода, 生活, 旅游, 时尚, 美食, منوعات, سياحة, موضة',
  society: 'society, social affairs, migration, immigration, sociedad, société, societe, gesellschaft, ' +
    'общество, 社会, مجتمع, المجتمع',
  labour: 'jobs, work, labour, labor, careers, employment, empleo, trabajo, emploi, travail, arbeit, karriere, ' +
    'работа, труд, 就业, 职场, وظائف, عمل',
  'disaster-accident-emergency': 'disasters, disaster, accidents, emergencies, desastres, catastrophes, ' +
    'katastrophen, unglücke, чп, катастрофы, 灾难, 事故, كوارث',
  'conflict-war-peace': 'war, conflict, conflicts, defence, defense, military, guerra, conflictos, guerre, ' +
    'défense, krieg, konflikte, militär, война, армия, 军事, 战争, حرب, عسكري',
  'human-interest': 'human interest, odd news, offbeat, curiosidades, insolite, kurioses, vermischtes, курьёзы, ' +
    '奇闻, 趣闻, طرائف',
}
