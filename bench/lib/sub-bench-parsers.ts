// Figures read from the printed text of sub-benches that have no BENCH_JSON line yet. Each parser knows one
// bench's current wording; when the wording changes the figures go missing and the raw output still records them.
type Figures = Record<string, number>

const num = (text: string, re: RegExp): number | undefined => {
  const m = re.exec(text)
  return m ? Number(m[1]) : undefined
}

function defined(o: Record<string, number | undefined>): Figures | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && Number.isFinite(v))) as Figures
  return Object.keys(out).length ? out : undefined
}

export function parseTaggingText(text: string): Figures | undefined {
  return defined({
    articlesPerSecOneCore: num(text, /speed:\s*([\d.]+) articles\/s per core/),
    articlesPerSecWall: num(text, /([\d.]+) articles\/s wall/),
    tableBuildMs: num(text, /table build:\s*([\d.]+) ms/),
    tableMemoryMb: num(text, /table memory:\s*([\d.]+) MB/),
  })
}

/** The extraction bench prints a table with one column per DOM (linkedom first: the app's). */
export function parseExtractionText(text: string): Figures | undefined {
  const row = (label: string) => new RegExp(`^${label}\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(text)
  const median = row('median ms/page')
  const p90 = row('p90 ms/page')
  const pages = /^pages\s+(\d+)/m.exec(text)
  return defined({
    medianMsPerPageLinkedom: median ? Number(median[1]) : undefined,
    medianMsPerPageJsdom: median ? Number(median[2]) : undefined,
    p90MsPerPageLinkedom: p90 ? Number(p90[1]) : undefined,
    pages: pages ? Number(pages[1]) : undefined,
  })
}
