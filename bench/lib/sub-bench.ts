// Runs a sub-bench written by someone else (bench/classify-bench.ts, bench/extract-bench.ts) as a child
// process. Convention: a sub-bench may print a last line `BENCH_JSON {...}` with its figures; those are kept as
// they are. Without it, the raw output is kept so nothing measured is lost.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { runChild } from './child'
import { REPO_ROOT } from './snapshot'

type TextParser = (text: string) => Record<string, number> | undefined

export interface SubBenchResult {
  file: string
  status: 'ok' | 'failed' | 'missing'
  wallSeconds?: number
  figures?: Record<string, unknown>
  /** 'json' from a BENCH_JSON line, 'text' read from the printed output by a parser of ours. */
  figuresFrom?: 'json' | 'text'
  /** The tail of stdout when there was no BENCH_JSON line (or the run failed). */
  rawOutput?: string
}


export async function runSubBench(relFile: string, args: string[], timeoutMs: number, nodeArgs: string[] = [], parseText?: TextParser): Promise<SubBenchResult> {
  // The working tree, not the HEAD snapshot: sub-benches find their corpora by paths relative to the checkout.
  const root = REPO_ROOT
  const file = resolve(root, relFile)
  if (!existsSync(file)) return { file: relFile, status: 'missing' }
  const run = await runChild(process.execPath, [...nodeArgs, '--import', 'tsx', file, ...args], { cwd: root, timeoutMs, env: { ...process.env, BENCH_QUICK: args.includes('--quick') ? '1' : '' } })
  const wallSeconds = Math.round(run.wallMs / 100) / 10
  if (run.code !== 0) return { file: relFile, status: 'failed', wallSeconds, rawOutput: (run.stdout + run.stderr).slice(-4000) }
  if (run.json) return { file: relFile, status: 'ok', wallSeconds, figures: run.json, figuresFrom: 'json' }
  const figures = parseText?.(run.stdout)
  return { file: relFile, status: 'ok', wallSeconds, ...(figures ? { figures, figuresFrom: 'text' as const } : {}), rawOutput: run.stdout.slice(-4000) }
}
