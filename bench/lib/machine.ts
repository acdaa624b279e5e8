// The machine a result was measured on, printed with every table: figures mean nothing without it.
import { cpus, loadavg, totalmem, release } from 'node:os'
import { chromiumVersion } from '../browser/session'
import { newsboatVersion } from '../refresh/newsboat'

export interface Machine {
  cpu: string
  cores: number
  ramGb: number
  kernel: string
  node: string
  chromium: string
  newsboat: string
  loadAverage1m: number
}

export function describeMachine(): Machine {
  const c = cpus()
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    kernel: `Linux ${release()}`,
    node: process.version,
    chromium: chromiumVersion().replace(/^Chromium /, '').replace(/ built on .*/, ''),
    newsboat: newsboatVersion(),
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
  }
}
