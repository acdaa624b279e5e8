// Site icons found in the main process: the feed's image first, then the home page's declared icons, then
// /favicon.ico; anything that is not an image is passed over.
import { afterEach, describe, expect, it } from 'vitest'
import { findIconLinks, findSiteIcon } from '../../../src/main/core/site-icon'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'

// A 1×1 PNG and the 6-byte header of an .ico file followed by one (PNG-compressed) entry.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const ICO = Buffer.concat([Buffer.from([0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 32, 0]), Buffer.alloc(8), PNG])
const png = { headers: { 'Content-Type': 'image/png' }, body: PNG }

let server: FixtureServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('findSiteIcon', () => {
  it('takes the feed image when it is an image', async () => {
    server = await startFixtureServer({ '/logo.png': png })
    const icon = await findSiteIcon({ feedUrl: server.url('/feed.xml'), imageUrl: server.url('/logo.png') })
    expect(icon).toMatchObject({ url: server.url('/logo.png'), contentType: 'image/png' })
    expect(Buffer.from(icon!.bytes)).toEqual(PNG)
  })

  it('falls back to the icon the home page declares, then to /favicon.ico', async () => {
    server = await startFixtureServer({
      '/': { headers: { 'Content-Type': 'text/html' }, body: '<html><head><link rel="shortcut icon" href="/static/site.png"></head></html>' },
      '/static/site.png': png,
      '/broken.png': { headers: { 'Content-Type': 'text/html' }, body: '<html>not found</html>' },
    })
    const declared = await findSiteIcon({ feedUrl: server.url('/feed.xml'), imageUrl: server.url('/broken.png') })
    expect(declared?.url).toBe(server.url('/static/site.png'))
    await server.close()

    server = await startFixtureServer({ '/': { headers: { 'Content-Type': 'text/html' }, body: '<html></html>' }, '/favicon.ico': { body: ICO } })
    const ico = await findSiteIcon({ feedUrl: server.url('/rss') })
    expect(ico).toMatchObject({ url: server.url('/favicon.ico'), contentType: 'image/x-icon' })
  })

  it('gives undefined when the site has no icon at all', async () => {
    server = await startFixtureServer({ '/': { headers: { 'Content-Type': 'text/html' }, body: '<html></html>' } })
    expect(await findSiteIcon({ feedUrl: server.url('/rss'), siteUrl: server.url('/') })).toBeUndefined()
  })
})

describe('findIconLinks', () => {
  it('ranks touch and SVG icons above a 16 px favicon, resolved against <base>', () => {
    const html = `<base href="https://cdn.example/a/"><link rel="icon" sizes="16x16" href="f16.png"><link rel="apple-touch-icon" href="/t.png">
      <link rel="icon" type="image/svg+xml" href="s.svg"><link rel="stylesheet" href="x.css">`
    expect(findIconLinks(html, 'https://site.example/')).toEqual(['https://cdn.example/a/s.svg', 'https://cdn.example/t.png', 'https://cdn.example/a/f16.png'])
  })
})
