// `discover <site-url>`: JSON array of {url, title, type}.
import { parseHttpUrl } from '../../shared/validate'
import { discoverFeeds } from '../core/discover'
import { describe, printError, printJson } from './output'

export async function runDiscover(args: string[]): Promise<number> {
  if (args.length !== 1) {
    printError('usage: discover <site-url>')
    return 2
  }
  try {
    const found = await discoverFeeds(parseHttpUrl(args[0]))
    printJson(found.map((f) => ({ url: f.url, title: f.title ?? null, type: f.type })))
    return 0
  } catch (err) {
    printError(`discover ${args[0]}: ${describe(err)}`)
    return 1
  }
}
