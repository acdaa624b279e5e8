// Small hand-written pages for focused extraction tests: one realistic article shell, varied per test.

const PARAGRAPHS = [
  'The river had risen three metres overnight, and by morning the lower town was under water. Volunteers in small boats went from house to house, calling up to the windows where families waited with bags packed.',
  'Officials said the dam upstream had held, but that the release of water was necessary to protect it. Farmers on the eastern bank, whose fields flood first, said they had been given less than an hour of warning.',
  'By the afternoon the army had set up two shelters in school buildings on the hill. Doctors there reported mostly minor injuries, cuts from debris and a few cases of hypothermia among older residents.',
  'The regional government promised compensation for lost harvests, though it gave no figures. Similar promises after the floods of 2019 took more than two years to be paid, according to the farmers union.',
  'Forecasters expect the water to fall slowly over the coming week, provided the rain in the mountains stops as predicted. Schools in the valley will stay closed until at least Monday.',
]

export interface ArticlePageOptions {
  title?: string
  head?: string
  /** Extra HTML placed inside <article>, before the paragraphs. */
  lead?: string
  /** Replaces the default paragraphs. */
  body?: string
  htmlAttributes?: string
}

export function articlePage(opts: ArticlePageOptions = {}): string {
  const title = opts.title ?? 'Floods cut the lower town off'
  const body = opts.body ?? PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')
  return `<!DOCTYPE html>
<html ${opts.htmlAttributes ?? 'lang="en"'}>
<head><meta charset="utf-8"><title>${title} | The Valley Courier</title>${opts.head ?? ''}</head>
<body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav>
<article>
<h1>${title}</h1>
${opts.lead ?? ''}
${body}
</article>
<footer><p>© The Valley Courier</p></footer>
</body>
</html>`
}
