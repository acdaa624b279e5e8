// Stable article ids: the same item gets the same id on every poll, whatever the clock says. Plain Node.
import * as crypto from 'node:crypto'

/** Length of the hash part: 16 base64url characters = 96 bits, collision-free for any realistic feed history. */
const HASH_CHARS = 16

/** `${feedId}:${hash}`; scoping to the feed keeps two feeds that share a guid scheme from colliding. */
export function makeArticleId(feedId: string, key: string): string {
  return `${feedId}:${hashKey(key)}`
}

/** sha1 of the key, base64url, first 16 characters. sha1 is fine here: ids need spread, not secrecy. */
export function hashKey(key: string): string {
  return sha1Base64url(key).slice(0, HASH_CHARS)
}

/** crypto.hash (Node 20.12+, Electron's Node) hashes in one call, without a Hash object for every article. */
const sha1Base64url: (key: string) => string =
  typeof crypto.hash === 'function'
    ? (key) => crypto.hash('sha1', key, 'base64url')
    : (key) => crypto.createHash('sha1').update(key, 'utf8').digest('base64url')
