import { extractArticle } from './src/main/core/extract/extract-article'
import { loadCorpus, CORPUS_PAGE_URL } from './tests/main/core/extract/corpus'
const p = loadCorpus().find(p => p.name === 'wikipedia-4')!
console.log(JSON.stringify(extractArticle(p.sourceHtml, CORPUS_PAGE_URL).excerpt), '\n', JSON.stringify(p.expected.excerpt))
