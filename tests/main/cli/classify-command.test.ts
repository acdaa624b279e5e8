// The `classify` command as a user runs it: JSON lines in, the two country tiers and topics out, one line each.
import { describe, expect, it } from 'vitest'
import { runCli } from '../../helpers/run-cli'

const jsonLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)

describe('cli classify with tiers', () => {
  it('keeps countries as the about tier and adds mentions', async () => {
    const input = JSON.stringify({
      lang: 'en',
      title: 'Zimbabwe central bank raises interest rate to 35%',
      summary: 'JOHANNESBURG (Reuters) - Zimbabwe\'s central bank raised its benchmark rate to defend its gold-backed currency.',
    })
    const { code, stdout, stderr } = await runCli(['classify'], input)
    const [line] = jsonLines(stdout)
    expect(line).toMatchObject({ countries: ['ZW'], mentions: ['ZA'] })
    expect((line!.evidence as { mentions: Record<string, string[]> }).mentions.ZA).toEqual(['JOHANNESBURG (dateline)'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('exits non-zero with one line on stderr when stdin is empty', async () => {
    for (const stdin of ['', '\n  \n']) {
      const { code, stdout, stderr } = await runCli(['classify'], stdin)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain('no input')
      expect(code).toBe(1)
    }
  })
})
