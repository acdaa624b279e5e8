// A scoped logger for the renderer, so lines read "sync: ingest failed for <feed>: ...".
export interface Logger {
  warn(message: string, cause?: unknown): void
  error(message: string, cause?: unknown): void
}

export const log = {
  scope(name: string): Logger {
    return {
      warn: (m, cause) => console.warn(`${name}: ${m}`, ...(cause === undefined ? [] : [cause])),
      error: (m, cause) => console.error(`${name}: ${m}`, ...(cause === undefined ? [] : [cause])),
    }
  },
}
