// The response headers every document of the app is served with, in Electron (app:// protocol and the dev
// server) and in browser mode: one policy in one place. Plain TypeScript, no electron or node:* imports.

/**
 * frame-ancestors cannot be set from the <meta> CSP in index.html (browsers ignore it there), so it only holds
 * when it comes as a header: without it, a page on another loopback port could frame the app and drive it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: http: data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers for every response: framing refused twice (X-Frame-Options for older engines), no sniffing, no referrer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}
