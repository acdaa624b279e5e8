// CLI output discipline: JSON on stdout, one-line errors on stderr.
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n')
}

export function printError(message: string): void {
  process.stderr.write(message.replace(/\s*\n\s*/g, ' ') + '\n')
}

export function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
