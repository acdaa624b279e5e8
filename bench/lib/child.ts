// Runs one measured process: wall time from spawn to exit, peak RSS from /proc (VmHWM, sampled until exit, so
// it covers processes that report nothing themselves, like newsboat), and the `BENCH_JSON {...}` line that
// our own sub-benches print last.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface ChildRun {
  code: number | null
  wallMs: number
  /** Highest VmHWM seen, in MB; undefined when the process exited before the first sample. */
  peakRssMb?: number
  stdout: string
  stderr: string
  /** Parsed from the last line starting with BENCH_JSON, if any. */
  json?: Record<string, unknown>
}

export interface ChildOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  timeoutMs?: number
  /** Echo the child's stderr as it arrives (long sub-benches show progress). */
  echoStderr?: boolean
}

function readHwmMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : undefined
  } catch {
    return undefined // already gone
  }
}

const BENCH_JSON = 'BENCH_JSON '

function parseBenchJson(stdout: string): Record<string, unknown> | undefined {
  const line = stdout.split('\n').reverse().find((l) => l.startsWith(BENCH_JSON))
  if (!line) return undefined
  try {
    return JSON.parse(line.slice(BENCH_JSON.length)) as Record<string, unknown>
  } catch {
    return undefined
  }
}

export function runChild(cmd: string, args: string[], opts: ChildOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let peak: number | undefined
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      if (opts.echoStderr) process.stderr.write(d)
    })
    const sample = () => {
      const hwm = child.pid ? readHwmMb(child.pid) : undefined
      if (hwm !== undefined) peak = Math.max(peak ?? 0, hwm)
    }
    const sampler = setInterval(sample, 20)
    const killer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined
    child.on('error', (err) => {
      clearInterval(sampler)
      clearTimeout(killer)
      reject(err)
    })
    child.on('exit', () => sample()) // the zombie's /proc entry is still readable until it is reaped
    child.on('close', (code) => {
      clearInterval(sampler)
      clearTimeout(killer)
      resolve({ code, wallMs: performance.now() - started, peakRssMb: peak, stdout, stderr, json: parseBenchJson(stdout) })
    })
  })
}
