// Words that label page furniture, in the languages the reader follows most. They are matched against a whole
// short block (or its start), never against prose, and always together with a structural test (link density,
// a form, its size, its place after the article's last paragraph) in clean-content.ts.

const alt = (words: string[]) => words.join('|')

/** A block that is only this word is an ad slot's label. */
export const AD_LABEL = new RegExp(`^(?:${alt(['advertisement', 'advert', 'ad', 'sponsored', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'реклама', '广告', '推广'])})$`, 'i')

/** "Photo: Reuters", "Foto: dpa", "Crédit photo : AFP", "© AFP", "Picture: Alamy"... (the start of a short block). */
export const CREDIT_START = new RegExp(
  `^(?:(?:${alt(['photo', 'photos', 'photograph', 'picture', 'image', 'images', 'foto', 'fotos', 'bild', 'bilder', 'fotografía', 'imagen', 'crédit photo', 'crédit', 'credit', 'credits', 'crédito', 'quelle', 'source', 'фото'])})\\s*[:：©]|©)`,
  'i',
)
/** The same credit at the end of a caption's text: "… on the first morning. Photo: AP". */
export const CREDIT_END = new RegExp(
  `(?:(?<=[.!?»”"])\\s+|\\s+[|/–—-]\\s+)(?:(?:${alt(['photo', 'photograph', 'picture', 'image', 'foto', 'bild', 'imagen', 'crédit photo', 'credit', 'crédito'])})\\s*[:：]\\s*[^.!?]{1,60}|©\\s*[^.!?]{1,60})$`,
  'i',
)

export const COPYRIGHT = new RegExp(
  `(?:^(?:©|copyright\\b)|${alt(['all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'todos os direitos reservados', 'tutti i diritti riservati', 'все права защищены', '版权所有', '版權所有'])})`,
  'i',
)

/** Chinese labels, kept apart: \b finds no word boundary after Han characters. */
const CJK_RELATED = alt(['相关新闻', '相关阅读', '相关报道', '相关文章', '延伸阅读', '推荐阅读', '热门推荐', '热点推荐', '猜你喜欢', '更多精彩', '相關新聞', '延伸閱讀'])

/** The start of an inline "read this too" line or a related block's heading. */
export const RELATED_START = new RegExp(
  `^(?:${alt([
    'read more', 'read also', 'also read', 'read next', 'related', 'related stories', 'related articles', 'see also', 'more on this', 'more from', 'more stories',
    'most popular', 'most read', 'you may also like', 'you might also like', 'recommended', 'further reading', 'top stories', 'trending',
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'meistgelesen', 'das könnte sie auch interessieren',
    'à lire aussi', 'lire aussi', 'voir aussi', 'les plus lus', 'sur le même sujet',
    'lee también', 'leer más', 'ver también', 'noticias relacionadas', 'lo más leído', 'te puede interesar',
    'leia também', 'leia mais', 'veja também', 'mais lidas', 'leggi anche', 'articoli correlati', 'i più letti', 'potrebbe interessarti',
    'читайте также', 'по теме',
  ])})\\b|^(?:${CJK_RELATED})`,
  'i',
)

export const PREV_NEXT = new RegExp(
  `(?:^[«‹←]|^(?:${alt(['previous', 'next', 'prev', 'older', 'newer', 'vorheriger', 'nächster', 'précédent', 'suivant', 'anterior', 'siguiente', 'próxima', 'precedente', 'successivo'])})\\b|^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁))`,
  'i',
)

/** Sign-up pitches: newsletters, subscriptions, paywalls, follow buttons. */
export const SIGN_UP = new RegExp(
  alt(['newsletter', 'sign up', 'sign in', 'subscribe', 'log in', 'follow us', 'followers', 'abonnieren', 'anmelden', 'folgen sie', 'abonnez', 'inscrivez', 'inscri', 'suivez-nous',
    'suscríbete', 'suscrib', 'síguenos', 'assine', 'siga-nos', 'abbonati', 'iscriviti', 'seguici', 'подпис']),
  'i',
)

export const COMMENTS_HEADING = new RegExp(
  `^(?:${alt(['comments?', 'responses', 'leave a (?:reply|comment)', 'kommentare?', 'kommentar schreiben', 'commentaires?', 'laisser un commentaire', 'comentarios?', 'deja un comentario', 'comentários?', 'deixe um comentário', 'commenti', 'lascia un commento', 'комментарии'])})\\b|^(?:我要评论|网友评论|发表评论|全部评论|评论区)`,
  'i',
)

/** Who edited the piece, on a line of its own: "【责任编辑：李明】", "Edited by Tom Whitfield". */
export const EDITOR_LINE = /^[【[(（]?\s*(?:(?:责任编辑|編輯|编辑|责编|校对|审核|监制|编审)\s*[:：]|(?:edited|editing) by\b)/i

/** About-the-author headings and lines. */
export const AUTHOR_CUE = new RegExp(
  alt(['about the author', 'written by', 'staff writer', 'reach (?:him|her|them) at', 'contact:', 'über die autorin', 'über den autor', 'à propos de l’auteur', "à propos de l'auteur", 'sobre la autora', 'sobre el autor', 'sobre a autora', 'sobre o autor', 'l’autrice', "l'autore"]),
  'i',
)

/** Hosts whose links in a short block make it a share or follow row. */
export const SOCIAL_HOST = /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|t\.co|linkedin\.com|wa\.me|whatsapp\.com|t\.me|telegram\.me|reddit\.com|pinterest\.[a-z.]+|instagram\.com|tiktok\.com|youtube\.com|threads\.net|bsky\.app|mastodon\.social|vk\.com|flipboard\.com|xing\.com)$/i
