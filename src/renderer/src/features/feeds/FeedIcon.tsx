import { useSiteIcon } from '../icons/SiteIcons'

/** The feed's stored site icon (downloaded by the main process, kept in IndexedDB, so it shows offline), or the
 *  name's first letter when there is none. Never a request to the site from here. */
export function FeedIcon({ feedId, name }: { feedId: string; name: string }) {
  const src = useSiteIcon(feedId)
  if (!src) {
    // The letter is CSS-generated, not text: it is decoration and must not enter the button's visible label.
    return <span className="favicon favicon-letter" aria-hidden="true" data-letter={(name.trim()[0] ?? '?').toUpperCase()} />
  }
  return <img className="favicon" src={src} alt="" width={16} height={16} />
}
