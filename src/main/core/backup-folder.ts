// The weekly automatic backup's folder (issue 19): the renderer exports the library and hands the text here; it is
// written next to the others atomically (a temporary file renamed into place, so a crash never leaves half a
// backup under a real name) and only the newest `keep` backups stay. Plain Node: no electron.
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const NAME = /^meridian-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/

export interface SavedBackup {
  /** The file written. */
  file: string
  /** Every backup kept, newest first. */
  kept: string[]
}

export async function saveBackup(dir: string, text: string, now = new Date(), keep = 4): Promise<SavedBackup> {
  await mkdir(dir, { recursive: true })
  const name = `meridian-backup-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`
  const file = join(dir, name)
  const temp = `${file}.partial`
  await writeFile(temp, text, 'utf8')
  await rename(temp, file)
  // ISO times sort as text: the newest names are last.
  const backups = (await readdir(dir)).filter((n) => NAME.test(n)).sort().reverse()
  for (const old of backups.slice(keep)) await unlink(join(dir, old)).catch(() => undefined)
  return { file, kept: backups.slice(0, keep).map((n) => join(dir, n)) }
}
