// Electron window and session wiring with electron mocked: app:// scheme registered as privileged and served,
// CSP header with frame-ancestors, every permission refused (request and check), navigation kept in the app.
import { afterEach, describe, expect, it, vi } from 'vitest'

type Handler = (...args: unknown[]) => unknown
const calls = {
  privileged: [] as unknown[],
  handled: new Map<string, Handler>(),
  onHeaders: undefined as Handler | undefined,
  permissionRequest: undefined as Handler | undefined,
  permissionCheck: undefined as Handler | undefined,
  loaded: [] as string[],
  events: new Map<string, Handler>(),
  opened: [] as string[],
}

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
    handle: (scheme: string, fn: Handler) => calls.handled.set(scheme, fn),
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: (fn: Handler) => (calls.onHeaders = fn) },
      setPermissionRequestHandler: (fn: Handler) => (calls.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Handler) => (calls.permissionCheck = fn),
    },
  },
  shell: { openExternal: async (url: string) => void calls.opened.push(url) },
  BrowserWindow: class {
    webContents = {
      setWindowOpenHandler: (fn: Handler) => calls.events.set('window-open', fn),
      on: (name: string, fn: Handler) => calls.events.set(name, fn),
    }
    once() {}
    loadURL(url: string) {
      calls.loaded.push(url)
      return Promise.resolve()
    }
  },
}))

const { createMainWindow, registerAppScheme, secureDefaultSession } = await import('../../src/main/window')
afterEach(() => {
  calls.opened.length = 0
})

describe('app:// protocol and session', () => {
  it('registers app:// as a standard, secure scheme and serves it', async () => {
    registerAppScheme()
    expect(calls.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    secureDefaultSession('/nonexistent-renderer-dir')
    const handler = calls.handled.get('app')!
    const res = (await handler(new Request('app://meridian/..%2f..%2fetc%2fpasswd'))) as Response
    expect(res.status).toBe(403)
  })

  it('refuses every permission, when requested and when checked', () => {
    secureDefaultSession('/nonexistent-renderer-dir')
    const answers: boolean[] = []
    calls.permissionRequest!({}, 'notifications', (ok: boolean) => answers.push(ok))
    expect(answers).toEqual([false])
    for (const permission of ['clipboard-read', 'geolocation', 'media', 'notifications', 'fullscreen']) {
      expect(calls.permissionCheck!({}, permission, 'app://meridian', {})).toBe(false)
    }
  })

  it('sends the CSP with frame-ancestors and X-Frame-Options as response headers', () => {
    secureDefaultSession('/nonexistent-renderer-dir')
    let headers: Record<string, string[]> = {}
    calls.onHeaders!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy']![0]).toContain("frame-ancestors 'none'")
    expect(headers['Content-Security-Policy']![0]).toContain("script-src 'self'")
    expect(headers['X-Frame-Options']).toEqual(['DENY'])
    expect(headers['Content-Type']).toEqual(['text/html'])
  })
})

describe('createMainWindow', () => {
  it('loads the app from app://, not file://', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    createMainWindow()
    expect(calls.loaded.at(-1)).toBe('app://meridian/index.html')
    vi.unstubAllEnvs()
  })

  it('keeps navigation inside the app origin and sends only http(s) to the system browser', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    createMainWindow()
    const navigate = (url: string) => {
      let prevented = false
      calls.events.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('app://meridian/index.html#/feeds')).toBe(false)
    expect(navigate('file:///home/x/out/renderer/index.html')).toBe(true)
    expect(navigate('https://news.example/a')).toBe(true)
    expect(navigate('javascript:alert(1)')).toBe(true)
    expect(calls.events.get('window-open')!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(calls.events.get('window-open')!({ url: 'https://news.example/b' })).toEqual({ action: 'deny' })
    expect(calls.events.get('window-open')!({ url: 'https://news.example@evil.example/' })).toEqual({ action: 'deny' })
    expect(navigate('https://a:b@news.example/')).toBe(true)
    expect(calls.opened).toEqual(['https://news.example/a', 'https://news.example/b'])
    vi.unstubAllEnvs()
  })
})
