// A country's own institutions as its own press names them: parliaments, ministries, courts, regulators, central
// banks, police, seats of power and the main parties. `CC lang: spellings of one body; the next body`, where lang is
// the only language the spellings are read in ('*': every language). Bodies whose name several states share are
// left out unless qualified (Bundesrat and Nationalrat: DE, AT, CH; مجلس النواب, مجلس الشورى, الديوان الملكي: many
// Arab states; Tribunal Constitucional, Procuradoria-Geral da República: PT and BR), or resolved by cues in
// ambiguous.ts (Assembleia da República: PT, MZ). Japanese bodies after another country's name or character are
// that country's (米財務省, 韓国国会, ロシア国防省: namesakes.ts isQualifiedInstitution); bare 国会 is Japan's.
export const INSTITUTIONS = `
BR pt: Supremo Tribunal Federal/STF; Superior Tribunal de Justiça/STJ; Tribunal Superior Eleitoral/TSE; Câmara dos Deputados; Senado Federal; Congresso Nacional; Polícia Federal; Palácio da Alvorada; Esplanada dos Ministérios; Receita Federal; Tribunal de Contas da União/TCU; Advocacia-Geral da União; IBGE; Anvisa; Ibama; Copom; SUS
PT pt: Palácio de Belém; Palácio de São Bento; Banco de Portugal; PSP; GNR; SNS; Infarmed
IT it: Farnesina; Viminale; Palazzo Madama; Banca d'Italia/Bankitalia; Corte costituzionale; Camera dei deputati/Camera dei Deputati; Senato della Repubblica; Guardia di Finanza; Carabinieri/carabinieri; Istat; Inps; Consob; Cassazione; Consiglio superiore della magistratura/Csm; Aifa; Arera; Infn; Protezione civile/Protezione Civile
DE de: Auswärtiges Amt/Auswärtigen Amt/Auswärtigen Amts; Bundesnachrichtendienst/BND; Bundesamt für Migration und Flüchtlinge/BAMF; Robert Koch-Institut/Robert-Koch-Institut/RKI; Bundeskartellamt; BaFin; Kraftfahrt-Bundesamt; Bundespräsidialamt/Schloss Bellevue; Bundestagswahl/Bundestagswahlen; Karlsruher Richter/Karlsruher Verfassungsgericht/Karlsruher Verfassungsrichter
DE *: CDU/SPD/AfD
DE de: CSU
AT de: Ballhausplatz; Hofburg; Oesterreichische Nationalbank/OeNB; Bundesheer/Bundesheeres; ÖVP/FPÖ/SPÖ
CH de: Ständerat/Ständerats; Bundeshaus; Eidgenossenschaft; Finma/FINMA
JP ja: 国会; 衆院/衆議院; 参院/参議院; 厚労省/厚生労働省; 文科省/文部科学省; 金融庁; 経産省/経済産業省; 国交省/国土交通省; 農水省/農林水産省; 総務省; 財務省; 法務省; 防衛省; 環境省; 内閣府; 警察庁; 気象庁; 消費者庁; 復興庁; 宮内庁; 官房長官; 自衛隊/陸上自衛隊/海上自衛隊/航空自衛隊; 海上保安庁/海保; 最高裁; 東京地検; 自民党; 立憲民主党; 公明党; 日本維新の会; 国民民主党; 東証; 理研/理化学研究所; 宇宙航空研究開発機構/JAXA; 公取委/公正取引委員会; 首相官邸/官邸; 春闘; 芥川賞; 直木賞; 日銀短観
EG ar: قصر الاتحادية
SA ar: قصر اليمامة; هيئة كبار العلماء; نيوم
LB ar: قصر بعبدا; السراي الحكومي; عين التينة
JO ar: مجلس الأعيان
IQ ar: الحشد الشعبي
IL ar: الشاباك
IR ar: مجلس الشورى الإسلامي
DZ ar: قصر المرادية
TN ar: قصر قرطاج
CL es: La Moneda/Palacio de La Moneda; Carabineros de Chile
ES es: Guardia Civil; Audiencia Nacional; Banco de España; Mossos d'Esquadra; Ertzaintza; PSOE; Sanidad; SEPE
CO es: Casa de Nariño
PY es: Mburuvicha Róga
RU ru: МЧС/МЧС России; ЦБ; Минпромторг; Росприроднадзор; Россельхознадзор
JP ja: 警視庁; 県警; 府警; 道警; 地検; 地裁; 高裁; 出入国在留管理庁/入管庁; 大学入試センター/大学入学共通テスト/共通テスト; 国立天文台; 日本学生支援機構; 帝国データバンク; 東京商工リサーチ; J1/J2/J3; 朝日新聞/読売新聞/毎日新聞/産経新聞/日本経済新聞; 新幹線; 箱根駅伝; 甲子園; 大相撲; 国技館; 宝塚; 豊中; 松戸; 川口市; 高松; 志摩; 姫路; 西宮; 尼崎; 船橋; 八王子; 浜松; 宇都宮; 前橋; 高崎; 水戸; 盛岡; 甲府; 大津; 松江; 北九州; 佐世保; 那覇; 石垣島; 宮古島; 軽井沢; 箱根; 日光; 鎌倉
DE de: Paul-Ehrlich-Institut; Bundesgerichtshof; Bundesverfassungsgericht
BR pt: Inpe; Fiocruz; Embrapa; CNJ
CN zh: 我国; 国家统计局; 中国人民银行
HK zh: 港府; 特区政府; 立法会; 港铁
FR fr: SNCF; RATP; Institut Curie; Institut Pasteur; Bercy; Météo-France; Sécurité sociale; Éducation nationale; Direction générale de l'aviation civile/DGAC; place Beauvau/Place Beauvau
GB en: Ofgem; Ofqual; Ofcom; Ofsted; Ofwat; GCSE/GCSEs; FTSE 100/FTSE 250; HMRC; DVLA; Ministry of Defence; Home Office; Network Rail
US en: Environmental Protection Agency/EPA; Food and Drug Administration/FDA; Federal Aviation Administration/FAA; Securities and Exchange Commission; Internal Revenue Service/IRS; Medicare; Medicaid; Nasdaq; NFL; NBA
DE de: Deutscher Wetterdienst/DWD
FR fr: Haute Autorité de santé
BR pt: Anatel; Chapecó; Iracemápolis
ES es: Osakidetza
AR es: Ezeiza; Gran Rex
PT pt: Sines
`
