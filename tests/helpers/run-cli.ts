// Runs the CLI as a user does: a child process through tsx, JSON on stdout, one-line errors on stderr.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../..')
const tsx = join(root, 'node_modules/.bin/tsx')

export function runCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(tsx, ['src/main/cli.ts', ...args], { cwd: root, env: { ...process.env, MERIDIAN_LOG: 'silent' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(stdin)
  })
}
