// Common given names, lower-cased, in the Latin and Cyrillic languages the classifier reads (people-names.ts): a
// country's name or demonym right after one is a surname ("Iván España", "Marco Spagna", "Karin Deutsch", "Павел
// Голландцев"). Names that also open places or bodies (Santa, San, Costa, Mar, Victoria, Georgia, Jordan, India,
// Chad, Paris, Israel ...) are left out on purpose: "Costa Rica", "Mar Argentino", "Victoria Falls".
const NAMES = `
aaron adam adrian alan albert alex alexander alice amanda amy andrew angela anna anne anthony ben benjamin brian
bruce carl carol charles chris christopher daniel david dennis donald doris douglas edward emily emma eric frank
gary george grace gregory harry helen henry jack jacob james jane jason jeffrey jennifer jessica john jonathan
joseph joshua julie justin karen katherine kevin larry laura linda lisa mark martin mary matthew michael nancy
nicholas olivia patrick paul peter rachel richard robert ronald ruth ryan samuel sandra sarah scott sharon simon
stephen steven susan thomas tim timothy tom tony walter william
alejandro alberto alfonso alicia álvaro ana andrés antonio beatriz carlos carmen cristina diego eduardo elena
enrique ernesto esteban fernando francisco gabriel gonzalo guillermo gustavo héctor hugo ignacio iván javier jesús
jorge josé juan julia julio laura lorena lucía luis manuel marcela marcos mario marta miguel mónica nicolás óscar
pablo patricia pedro rafael ramón raúl ricardo roberto rodrigo rosa sergio silvia sofía teresa
valentina vicente
alessandro alessio andrea angelo antonella barbara carlo chiara claudio cristiano daniele davide emanuele enrico
fabio federica federico filippo francesca francesco gianluca gianni giacomo giorgio giovanni giulia giulio giuseppe
lorenzo luca lucia luigi marco massimo matteo maurizio michele nicola paola paolo pietro riccardo roberta salvatore
sara simone stefano valentina vincenzo
antónio augusto bruno luís caio fábio felipe fernanda gilberto joão joana leonardo lucas luíza marcelo márcio paulo
renata rogério sérgio thiago vinícius
alain anne-marie antoine bernard catherine céline christophe claire didier dominique émilie étienne françois
françoise frédéric guillaume hélène isabelle jacques jean jean-pierre jérôme julien laurent louis luc marie mathieu
michel nathalie nicolas olivier philippe pierre romain sébastien sophie stéphane sylvie thierry valérie vincent
andreas anja birgit tobias thorsten sven lars lukas jonas felix maximilian julia sebastian tim tanja christian claudia dieter florian franz frank friedrich gerhard hans heike helmut jan jens
jörg jürgen karin katrin klaus manfred markus martina matthias monika petra ralf sabine stefan susanne torsten
ursula uwe werner wolfgang
александр алексей анастасия андрей анна антон виктор владимир галина дмитрий евгений екатерина елена иван игорь
ирина константин марина мария михаил наталья николай олег ольга павел пётр петр роман светлана сергей татьяна
юлия юрий
`

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean))
