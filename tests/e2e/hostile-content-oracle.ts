// What counts as a hit in the hostile-content suite, checked in the page: elements and attributes that must not
// survive sanitizing, and ids/names that took over a window or document property (DOM clobbering).
import type { Page } from 'playwright-core'

/** Static checks over every element under `selector`; returns one line per finding. */
export function findDangerousMarkup(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const BAD_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'portal', 'applet', 'svg', 'math'])
    const BAD_ATTRS = new Set(['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'])
    const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'poster', 'srcset', 'data', 'action', 'formaction', 'cite'])
    const found: string[] = []
    for (const root of Array.from(document.querySelectorAll(sel))) {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.localName
        const snippet = () => el.outerHTML.slice(0, 160)
        if (BAD_TAGS.has(tag)) found.push(`element <${tag}>: ${snippet()}`)
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase()
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
          if (name.startsWith('on') || BAD_ATTRS.has(name)) found.push(`attribute ${name}: ${snippet()}`)
          if (URL_ATTRS.has(name) && /^(javascript|vbscript|data:text|data:application)/.test(value)) found.push(`${name}=${value.slice(0, 40)}: ${snippet()}`)
          // Named access still reaches "user-content-x" (the sanitizer's prefix), but no script reads such names.
          if ((name === 'id' || name === 'name') && attr.value && !attr.value.startsWith('user-content-')) {
            const w = window as unknown as Record<string, unknown>
            const d = document as unknown as Record<string, unknown>
            if (w[attr.value] === el || d[attr.value] === el || (w[attr.value] instanceof HTMLCollection)) found.push(`clobbers ${attr.value}: ${snippet()}`)
          }
        }
      }
    }
    return found
  }, selector)
}

/** Flags a payload may set, and CSP violations the page saw (recorded by the init script below). */
export async function readFlags(page: Page): Promise<{ pwned: string | undefined; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] }
    return { pwned: w.__pwned === undefined ? undefined : String(w.__pwned), violations: w.__cspViolations ?? [] }
  })
}

/** Runs before any page script: records CSP violations (a payload the sanitizer let through, stopped by the CSP). */
export const RECORD_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__cspViolations = window.__cspViolations || []).push(e.effectiveDirective + ' ' + e.blockedURI)
})`
