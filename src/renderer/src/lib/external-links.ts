// Links inside article content never navigate the app: http(s) opens in the system browser, anything else
// does nothing. Attach to the click handler of the element holding sanitized content.
import { toExternalHttpUrl } from '../../../shared/validate'

export function interceptLinkClick(event: { target: EventTarget | null; preventDefault(): void }, openExternal: (url: string) => void): void {
  const target = event.target as Element | null
  const link = target && typeof target.closest === 'function' ? target.closest('a') : null
  if (!link) return
  event.preventDefault()
  const href = toExternalHttpUrl(link.getAttribute('href'))
  if (href) openExternal(href)
}
