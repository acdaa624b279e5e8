// Plain-Node entry of the command-line tool (`npm run -s cli -- <command>`): imports core and shared only.
import { runClassify } from './cli/classify-command'
import { runDiscover } from './cli/discover-command'
import { runExtract } from './cli/extract-command'
import { describe, printError } from './cli/output'
import { runParse } from './cli/parse-command'
import { runRefresh } from './cli/refresh-command'
import { closeConnections } from './core/fetch-feed'

const usage = `usage: meridian <command>
  parse <url-or-file>... [--from <file|->]  parse feeds, one JSON line each (--from: inputs one a line)
  discover <site-url>                      feeds a site advertises, as a JSON array
  refresh --urls <file> [--concurrency N]  poll a URL list or OPML once, print a JSON summary
  classify                                 tag JSON lines from stdin with countries and topics
  extract <url-or-file> [--base <url>] [--timeout <s>]  the readable article of a web page, as JSON`

// `cli ... | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  switch (command) {
    case 'parse':
      return runParse(args)
    case 'discover':
      return runDiscover(args)
    case 'refresh':
      return runRefresh(args)
    case 'classify':
      return runClassify()
    case 'extract':
      return runExtract(args)
    default:
      if (command) printError(`unknown command "${command}"`)
      process.stderr.write(usage + '\n')
      return 2
  }
}

main(process.argv.slice(2))
  .then((code) => {
    closeConnections()
    process.exitCode = code
  })
  .catch((err: unknown) => {
    printError(`meridian: ${describe(err)}`)
    process.exitCode = 1
  })
