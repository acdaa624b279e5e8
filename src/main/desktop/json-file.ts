// A small JSON file in the app's data folder, written atomically (temp file + rename) so a crash mid-write
// leaves the previous version, and read back leniently (a missing or broken file gives the fallback).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface JsonFile<T> {
  read(): T
  write(value: T): void
}

export function jsonFile<T>(path: string, fallback: T, parse: (raw: unknown) => T, onError: (message: string) => void): JsonFile<T> {
  return {
    read() {
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch {
        return fallback
      }
      try {
        return parse(JSON.parse(text))
      } catch (err) {
        onError(`ignored ${path}: ${err instanceof Error ? err.message : String(err)}`)
        return fallback
      }
    },
    write(value) {
      mkdirSync(dirname(path), { recursive: true })
      const tmp = `${path}.${process.pid}.tmp`
      writeFileSync(tmp, JSON.stringify(value))
      renameSync(tmp, path)
    },
  }
}
