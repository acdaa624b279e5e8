// Test material for offline downloads: a readable article page and real PNG files of a chosen size.
import { crc32, deflateSync } from 'node:zlib'

/** A PNG of width x height, a horizontal gradient (so it decodes to something and compresses honestly). */
export function makePng(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) row.set([(x * 255) / width, 120, 255 - (x * 255) / width], 1 + x * 3)
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

const SENTENCE =
  'The committee met again on Tuesday to review the harbour project, and its members spent most of the afternoon on the budget, the timetable and the questions residents had sent in over the summer. '

/** A page Readability reads as an article: several long paragraphs, inline images, a declared share image. */
export function articlePage(opts: { title: string; marker: string; images?: string[]; ogImage?: string }): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${i === 0 ? opts.marker + ' ' : ''}${SENTENCE.repeat(3)}</p>`)
  const figures = (opts.images ?? []).map((src, i) => `<figure><img src="${src}" width="800" height="400" alt="Figure ${i + 1}"><figcaption>Figure ${i + 1}</figcaption></figure>`)
  const body = [paragraphs[0], ...figures, ...paragraphs.slice(1)].join('\n')
  const og = opts.ogImage ? `<meta property="og:image" content="${opts.ogImage}">` : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${opts.title}</title>${og}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${opts.title}</h1><p class="byline">By Ada Reporter</p>${body}</article></main>
<footer><p>Copyright Example News</p></footer></body></html>`
}
