// A tiny scoped logger: lines read "poller: HTTP 503 for <url>". Writes to stderr so CLI stdout stays JSON.
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export type LogLevel = 'silent' | 'error' | 'warn' | 'info'
const rank: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3 }
const threshold: LogLevel = (process.env.MERIDIAN_LOG as LogLevel | undefined) ?? 'warn'

export const log = {
  scope(name: string): Logger {
    const write = (level: Exclude<LogLevel, 'silent'>, message: string) => {
      if (rank[level] <= rank[threshold]) process.stderr.write(`${name}: ${message}\n`)
    }
    return {
      info: (m) => write('info', m),
      warn: (m) => write('warn', m),
      error: (m) => write('error', m),
    }
  },
}
