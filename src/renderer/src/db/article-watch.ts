// Which articles were written while a reader of them was outside any transaction: a re-tag page is read, classified
// (an IPC round trip to the main process) and only then written, and the reader's own writes (a star, a mark, a
// correction, an ingest burst) must not be lost in between. Every article write notes its ids here before it issues
// them (writeArticles; the data-step runner notes "everything" for steps over the articles table), so the re-tag's
// write transaction learns which of its rows to read again instead of reading the whole page a second time.
//
// Why this is enough: IndexedDB runs a readwrite transaction only after every earlier transaction over the same
// tables has finished, so once the re-tag's write transaction has answered one request, every write that could
// come before it has been noted here; any write that comes after it reads what the re-tag wrote. The app runs in
// one window (main process: requestSingleInstanceLock), so no other page writes the same database.

/** Article writes seen since a watch opened: their ids after `after` (undefined: all ids), or `everything`. */
export interface ArticleWatch {
  readonly touched: Set<string>
  readonly everything: boolean
  close(): void
}

interface OpenWatch {
  after: string | undefined
  touched: Set<string>
  everything: boolean
}

const open = new Set<OpenWatch>()

/** Starts noting the writes of articles whose ids come after `after` (all ids when undefined). Open it before the
 *  read it guards is issued; close it once the write transaction it serves has checked it. */
export function watchArticles(after: string | undefined): ArticleWatch {
  const watch: OpenWatch = { after, touched: new Set(), everything: false }
  open.add(watch)
  return {
    touched: watch.touched,
    get everything() {
      return watch.everything
    },
    close: () => void open.delete(watch),
  }
}

/** Called by every article write, before its requests are issued. */
export function noteArticlesWritten(ids: Iterable<string>): void {
  if (open.size === 0) return
  for (const id of ids) for (const w of open) if (w.after === undefined || id > w.after) w.touched.add(id)
}

/** A write whose ids are not known (a data step's batch over the articles table): every watch reads its page again. */
export function noteAllArticlesWritten(): void {
  for (const w of open) w.everything = true
}
