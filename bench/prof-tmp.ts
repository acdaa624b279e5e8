import { pinDocumentUrls, resolveBaseUrl } from '../src/main/core/extract/base-url'
import { extractArticle } from '../src/main/core/extract/extract-article'
import { parseHtml } from '../src/main/core/extract/parse-html'
import { readDocument } from '../src/main/core/extract/read-document'
import { CORPUS_PAGE_URL, loadCorpus } from '../tests/main/core/extract/corpus'
const url = CORPUS_PAGE_URL
const gc = (globalThis as any).gc as () => void
const alone = (html: string) => { const d = parseHtml(html, url); const b = resolveBaseUrl(d, url); pinDocumentUrls(d, url, b); return readDocument(d, url, b, { clean: false }) }
const cpu = (f: () => unknown) => { gc(); const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); return (u.user + u.system) / 1000 }
const rounds = Number(process.env.ROUNDS ?? 3)
const filter = process.argv.slice(2)
const pages = loadCorpus().filter(p => filter.length === 0 || filter.includes(p.name))
for (const p of pages.slice(0, 5)) { alone(p.sourceHtml); extractArticle(p.sourceHtml, url) }
const rows = pages.map(p => { let a = Infinity, m = Infinity; for (let i = 0; i < rounds; i++) { a = Math.min(a, cpu(() => alone(p.sourceHtml))); m = Math.min(m, cpu(() => extractArticle(p.sourceHtml, url))) } return [p.name, a, m, m / a] as const })
const sorted = [...rows].sort((x, y) => y[3] - x[3])
for (const r of sorted.slice(0, 25)) console.log(r[0].padEnd(36), r[1].toFixed(1).padStart(7), r[2].toFixed(1).padStart(7), r[3].toFixed(2))
const ratios = rows.map(r => r[3]).sort((a,b)=>a-b)
const q = (x: number) => ratios[Math.min(ratios.length - 1, Math.floor(x * ratios.length))]!.toFixed(2)
console.log('ratio median', q(0.5), 'p90', q(0.9), 'max', q(1), 'over 2x', ratios.filter(r=>r>2).length, 'over 1.5x', ratios.filter(r=>r>1.5).length)
