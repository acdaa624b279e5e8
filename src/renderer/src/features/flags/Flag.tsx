import { memo } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { flagUrl } from '../../lib/flags'

/** A country's flag as a bundled SVG image named by the country; the code in small capitals when there is none. */
export const Flag = memo(function Flag({ code, name = countryName(code) }: { code: CountryCode; name?: string }) {
  const src = flagUrl(code)
  if (!src) {
    return (
      <span className="flag flag-missing" role="img" aria-label={name} title={name}>
        {code.toUpperCase()}
      </span>
    )
  }
  return <img className="flag" src={src} alt={name} title={name} width={18} height={12} decoding="async" draggable={false} />
})
