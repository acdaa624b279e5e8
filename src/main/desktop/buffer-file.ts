// The result buffer's file in the app's data folder: appended line by line, replaced atomically when compacted.
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { BufferStore } from './result-buffer'

export function fileBufferStore(path: string): BufferStore {
  mkdirSync(dirname(path), { recursive: true })
  return {
    append: (line) => appendFileSync(path, `${line}\n`),
    readAll() {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return ''
      }
    },
    clear: () => rmSync(path, { force: true }),
    replace(text) {
      const tmp = `${path}.tmp`
      writeFileSync(tmp, text)
      renameSync(tmp, path)
    },
  }
}
