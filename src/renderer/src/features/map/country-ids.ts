// world-atlas names its shapes by ISO 3166-1 numeric code ('250'); the rest of Meridian speaks alpha-2 ('FR').
import countries from 'i18n-iso-countries'
import type { CountryCode } from '../../../../shared/model'

/** Shapes with no ISO numeric code in world-atlas, by the name it gives them: Kosovo has the user-assigned XK that
 *  the classifier uses; Northern Cyprus and Somaliland have no code of their own, so they are drawn but not counted. */
const BY_NAME: Record<string, CountryCode> = { Kosovo: 'XK' }

/** 'FR' for '250' (or 250), 'XK' for the unnamed Kosovo shape; undefined when the shape has no country code. */
export function alpha2OfNumeric(numeric: string | number | undefined, name?: string): CountryCode | undefined {
  if (numeric !== undefined && numeric !== '') {
    const code = countries.numericToAlpha2(String(numeric).padStart(3, '0'))
    if (code) return code
  }
  return name ? BY_NAME[name] : undefined
}
