// Text material for the generated feeds: sentences in seven languages, country names in each language and a
// few topic words, so the parser sees real multi-byte text and the classifier has something to find.
export type Lang = 'en' | 'fr' | 'es' | 'de' | 'ru' | 'zh' | 'ar'

/** Share of feeds per language: mostly English, as in a typical international subscription list. */
export const LANG_WEIGHTS: [Lang, number][] = [['en', 40], ['fr', 12], ['es', 12], ['de', 12], ['ru', 8], ['zh', 8], ['ar', 8]]

/** Country names as a newspaper in each language writes them. Codes are ISO 3166-1 alpha-2. */
export const COUNTRY_NAMES: Record<string, Record<Lang, string>> = {
  FR: { en: 'France', fr: 'la France', es: 'Francia', de: 'Frankreich', ru: 'Франция', zh: '法国', ar: 'فرنسا' },
  DE: { en: 'Germany', fr: "l'Allemagne", es: 'Alemania', de: 'Deutschland', ru: 'Германия', zh: '德国', ar: 'ألمانيا' },
  ES: { en: 'Spain', fr: "l'Espagne", es: 'España', de: 'Spanien', ru: 'Испания', zh: '西班牙', ar: 'إسبانيا' },
  RU: { en: 'Russia', fr: 'la Russie', es: 'Rusia', de: 'Russland', ru: 'Россия', zh: '俄罗斯', ar: 'روسيا' },
  CN: { en: 'China', fr: 'la Chine', es: 'China', de: 'China', ru: 'Китай', zh: '中国', ar: 'الصين' },
  US: { en: 'the United States', fr: 'les États-Unis', es: 'Estados Unidos', de: 'die Vereinigten Staaten', ru: 'США', zh: '美国', ar: 'الولايات المتحدة' },
  GB: { en: 'the United Kingdom', fr: 'le Royaume-Uni', es: 'el Reino Unido', de: 'Großbritannien', ru: 'Великобритания', zh: '英国', ar: 'المملكة المتحدة' },
  JP: { en: 'Japan', fr: 'le Japon', es: 'Japón', de: 'Japan', ru: 'Япония', zh: '日本', ar: 'اليابان' },
  BR: { en: 'Brazil', fr: 'le Brésil', es: 'Brasil', de: 'Brasilien', ru: 'Бразилия', zh: '巴西', ar: 'البرازيل' },
  IN: { en: 'India', fr: "l'Inde", es: 'India', de: 'Indien', ru: 'Индия', zh: '印度', ar: 'الهند' },
  UA: { en: 'Ukraine', fr: "l'Ukraine", es: 'Ucrania', de: 'die Ukraine', ru: 'Украина', zh: '乌克兰', ar: 'أوكرانيا' },
  EG: { en: 'Egypt', fr: "l'Égypte", es: 'Egipto', de: 'Ägypten', ru: 'Египет', zh: '埃及', ar: 'مصر' },
  NG: { en: 'Nigeria', fr: 'le Nigeria', es: 'Nigeria', de: 'Nigeria', ru: 'Нигерия', zh: '尼日利亚', ar: 'نيجيريا' },
  MX: { en: 'Mexico', fr: 'le Mexique', es: 'México', de: 'Mexiko', ru: 'Мексика', zh: '墨西哥', ar: 'المكسيك' },
  IT: { en: 'Italy', fr: "l'Italie", es: 'Italia', de: 'Italien', ru: 'Италия', zh: '意大利', ar: 'إيطاليا' },
  SA: { en: 'Saudi Arabia', fr: "l'Arabie saoudite", es: 'Arabia Saudí', de: 'Saudi-Arabien', ru: 'Саудовская Аравия', zh: '沙特阿拉伯', ar: 'السعودية' },
}

/** Topic words per language, keyed by the IPTC slug the classifier should find. */
export const TOPIC_WORDS: Record<string, Record<Lang, string>> = {
  politics: { en: 'the election', fr: "l'élection", es: 'las elecciones', de: 'die Wahl', ru: 'выборы', zh: '选举', ar: 'الانتخابات' },
  'economy-business-finance': { en: 'inflation', fr: "l'inflation", es: 'la inflación', de: 'die Inflation', ru: 'инфляция', zh: '通货膨胀', ar: 'التضخم' },
  sport: { en: 'the football final', fr: 'la finale de football', es: 'la final de fútbol', de: 'das Fußballfinale', ru: 'финал по футболу', zh: '足球决赛', ar: 'نهائي كرة القدم' },
  'disaster-accident-emergency': { en: 'the earthquake', fr: 'le séisme', es: 'el terremoto', de: 'das Erdbeben', ru: 'землетрясение', zh: '地震', ar: 'الزلزال' },
  health: { en: 'the vaccine', fr: 'le vaccin', es: 'la vacuna', de: 'der Impfstoff', ru: 'вакцина', zh: '疫苗', ar: 'اللقاح' },
  'science-technology': { en: 'artificial intelligence', fr: "l'intelligence artificielle", es: 'la inteligencia artificial', de: 'die künstliche Intelligenz', ru: 'искусственный интеллект', zh: '人工智能', ar: 'الذكاء الاصطناعي' },
  environment: { en: 'climate change', fr: 'le changement climatique', es: 'el cambio climático', de: 'der Klimawandel', ru: 'изменение климата', zh: '气候变化', ar: 'تغير المناخ' },
}

/** Sentence templates: {C} is a country name, {T} a topic phrase, {N} a number. */
export const SENTENCES: Record<Lang, string[]> = {
  en: [
    'Officials in {C} said on Tuesday that talks about {T} would resume next week.',
    'The government of {C} announced {N} new measures after a long debate about {T}.',
    'Analysts expect {T} to dominate the agenda when leaders from {C} meet in the capital.',
    'Residents interviewed by our correspondent described the mood as cautious but hopeful.',
    'According to figures published this morning, the number rose by {N} per cent over the year.',
    'Opposition parties criticised the plan, arguing that it ignores the concerns of ordinary families.',
    'A spokesperson declined to comment on the report, citing an ongoing review of {T}.',
    'Markets reacted calmly, with the main index closing {N} points higher in {C}.',
  ],
  fr: [
    'Les autorités de {C} ont annoncé mardi que les discussions sur {T} reprendraient la semaine prochaine.',
    'Le gouvernement a présenté {N} mesures nouvelles après un long débat sur {T}.',
    'Selon les chiffres publiés ce matin, le nombre a progressé de {N} % sur un an en {C}.',
    "Les habitants interrogés par notre correspondant décrivent une ambiance prudente mais pleine d'espoir.",
    "L'opposition a critiqué ce projet, estimant qu'il ignore les préoccupations des familles.",
    'Un porte-parole a refusé de commenter le rapport consacré à {T}.',
  ],
  es: [
    'Las autoridades de {C} anunciaron el martes que las negociaciones sobre {T} se reanudarán la próxima semana.',
    'El gobierno presentó {N} nuevas medidas tras un largo debate sobre {T}.',
    'Según las cifras publicadas esta mañana, el número aumentó un {N} % en un año en {C}.',
    'Los vecinos entrevistados por nuestro corresponsal describen un ambiente prudente pero esperanzado.',
    'La oposición criticó el plan y afirmó que ignora las preocupaciones de las familias.',
    'Un portavoz se negó a comentar el informe sobre {T}.',
  ],
  de: [
    'Die Behörden in {C} teilten am Dienstag mit, dass die Gespräche über {T} nächste Woche fortgesetzt werden.',
    'Die Regierung stellte nach einer langen Debatte über {T} {N} neue Maßnahmen vor.',
    'Nach den heute Morgen veröffentlichten Zahlen stieg die Zahl in {C} binnen eines Jahres um {N} Prozent.',
    'Von unserem Korrespondenten befragte Anwohner beschreiben die Stimmung als vorsichtig, aber hoffnungsvoll.',
    'Die Opposition kritisierte den Plan, weil er die Sorgen der Familien übergehe.',
    'Ein Sprecher wollte den Bericht über {T} nicht kommentieren.',
  ],
  ru: [
    'Власти страны {C} заявили во вторник, что переговоры о теме «{T}» возобновятся на следующей неделе.',
    'Правительство представило {N} новых мер после долгих дебатов.',
    'Согласно опубликованным сегодня утром данным, показатель вырос на {N} процентов за год.',
    'Жители, опрошенные нашим корреспондентом, описывают настроение как осторожное, но полное надежд.',
    'Оппозиция раскритиковала план, заявив, что он игнорирует интересы семей.',
  ],
  zh: [
    '{C}官员周二表示，有关{T}的谈判将于下周恢复。',
    '政府在经过长时间辩论后宣布了{N}项新措施。',
    '根据今天上午公布的数据，该数字在一年内增长了百分之{N}。',
    '接受本台记者采访的居民形容气氛谨慎但充满希望。',
    '反对党批评该计划，认为它忽视了普通家庭的担忧。',
  ],
  ar: [
    'قال مسؤولون في {C} يوم الثلاثاء إن المحادثات بشأن {T} ستستأنف الأسبوع المقبل.',
    'أعلنت الحكومة عن {N} إجراءات جديدة بعد نقاش طويل.',
    'وفقا للأرقام المنشورة صباح اليوم، ارتفع العدد بنسبة {N} في المئة خلال عام.',
    'وصف السكان الذين التقاهم مراسلنا الأجواء بأنها حذرة ولكنها مليئة بالأمل.',
    'انتقدت المعارضة الخطة معتبرة أنها تتجاهل مخاوف العائلات.',
  ],
}

export const TITLE_TEMPLATES: Record<Lang, string[]> = {
  en: ['{C}: new talks on {T}', 'Leaders in {C} divided over {T}', 'What {T} means for {C}', '{N} things to know about {T}'],
  fr: ['{C} : nouvelles discussions sur {T}', 'Ce que {T} change pour {C}'],
  es: ['{C}: nuevas negociaciones sobre {T}', 'Lo que {T} significa para {C}'],
  de: ['{C}: neue Gespräche über {T}', 'Was {T} für {C} bedeutet'],
  ru: ['{C}: новые переговоры, тема — {T}', 'Что {T} значит для страны {C}'],
  zh: ['{C}就{T}展开新一轮谈判', '{T}对{C}意味着什么'],
  ar: ['{C}: محادثات جديدة بشأن {T}', 'ماذا يعني {T} بالنسبة إلى {C}'],
}
