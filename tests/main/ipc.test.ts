// Electron IPC wiring with electron mocked: every channel is registered and foreign senders are refused.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { channel, invokableMethods } from '../../src/shared/api'

type Handler = (event: { senderFrame: { url: string; parent: unknown } | null }, ...args: unknown[]) => Promise<unknown>
const handlers = new Map<string, Handler>()
const opened: string[] = []

vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: Handler) => handlers.set(name, fn) },
  shell: { openExternal: async (url: string) => void opened.push(url) },
  BrowserWindow: class {},
  session: {},
}))

const { registerIpc } = await import('../../src/main/ipc')
const service = registerIpc(() => undefined)
afterEach(() => {
  opened.length = 0
})

const appFrame = { senderFrame: { url: 'app://meridian/index.html', parent: null } }

describe('registerIpc', () => {
  it('registers one handler per invokable method', () => {
    expect([...handlers.keys()].sort()).toEqual(invokableMethods.map((m) => channel[m]).sort())
  })

  it('refuses calls from a frame that is not the app window', async () => {
    const handler = handlers.get(channel.openExternal)!
    await expect(handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'https://x.example')).rejects.toThrow(/not the app window/)
    await expect(handler({ senderFrame: { url: appFrame.senderFrame.url, parent: {} } }, 'https://x.example')).rejects.toThrow(/not the app window/)
    expect(opened).toEqual([])
  })

  it('refuses file:// frames, even one under an out/renderer folder (the app loads from app:// only)', async () => {
    const handler = handlers.get(channel.openExternal)!
    for (const url of ['file:///opt/meridian/out/renderer/index.html', 'file:///tmp/evil/out/renderer/page.html', 'app://meridian.evil/index.html']) {
      await expect(handler({ senderFrame: { url, parent: null } }, 'https://x.example')).rejects.toThrow(/not the app window/)
    }
    expect(opened).toEqual([])
  })

  it('opens only http(s) links in the system browser', async () => {
    const handler = handlers.get(channel.openExternal)!
    expect(await handler(appFrame, 'https://news.example/a')).toEqual({ ok: true, value: undefined })
    expect(await handler(appFrame, 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-url' } })
    expect(opened).toEqual(['https://news.example/a'])
  })

  it('opens links normalized and refuses ones with a login part or other schemes', async () => {
    const handler = handlers.get(channel.openExternal)!
    const refused = ['https://news.example@evil.example/', 'https://user:pw@news.example/', 'javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox', 'file:///C:/Windows/system32/calc.exe', 'ms-settings:', 'smb://host/share', '', 42, null, ['https://x.example/']]
    for (const url of refused) expect(await handler(appFrame, url)).toMatchObject({ ok: false, error: { code: 'bad-url' } })
    expect(await handler(appFrame, ' https://News.Example/a b"c?q=<x>')).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual(['https://news.example/a%20b%22c?q=%3Cx%3E'])
  })

  it('rejects malformed subscriptions with a message naming the field', async () => {
    const handler = handlers.get(channel.setSubscriptions)!
    expect(await handler(appFrame, [{ id: 'a' }])).toEqual({ refused: [{ index: 0, id: 'a', reason: expect.stringMatching(/subscriptions\[0\]\.url/) as string }] })
    await expect(handler(appFrame, 'nope')).rejects.toThrow(/must be an array/)
    service.stop()
  })
})
