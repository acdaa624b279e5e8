// `discover <site-url>`: JSON array of {url, title, type}. Errors print as one line with their code
// ("bad-url", "network", "not-a-feed", ...), the same codes the app shows.
import { isHttpUrl } from '../../shared/validate'
import { discoverFeeds } from '../core/discover'
import { FeedError, toAppError } from '../core/errors'
import { printError, printJson } from './output'

export async function runDiscover(args: string[]): Promise<number> {
  if (args.length !== 1) {
    printError('usage: discover <site-url>')
    return 2
  }
  try {
    const url: string = args[0]!
    const isHttp: boolean = isHttpUrl(url)
    if (!isHttp) throw new FeedError('bad-url', `only http and https sites can be discovered, got ${JSON.stringify(url.slice(0, 200))}`)
    const found = await discoverFeeds(url)
    printJson(found.map((f) => ({ url: f.url, title: f.title ?? null, type: f.type })))
    return 0
  } catch (err) {
    const { code, message } = toAppError(err)
    printError(`discover ${args[0]}: ${code}: ${message}`)
    return 1
  }
}
