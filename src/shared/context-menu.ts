// Context menus on articles and feeds: the items the renderer asks for, checked here because they cross IPC.
// The desktop app shows them as a native menu; the browser mode shows its own in-app menu.
import { InvalidArgumentError } from './validate'

export type ContextMenuItem =
  | { type: 'item'; id: string; label: string; enabled?: boolean; /** Put on the clipboard by main when chosen. */ copyText?: string }
  | { type: 'separator' }

/** `shown` is false where no native menu exists (browser mode): the renderer then shows its own. */
export interface ContextMenuAnswer {
  shown: boolean
  chosen: string | null
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** At most 30 items; ids are short action names, labels plain text of at most 120 characters. */
export function parseContextMenuItems(value: unknown): ContextMenuItem[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 30) throw new InvalidArgumentError('menu items must be an array of 1 to 30')
  return value.map((v, i): ContextMenuItem => {
    if (isRecord(v) && v.type === 'separator') return { type: 'separator' }
    if (!isRecord(v) || v.type !== 'item') throw new InvalidArgumentError(`items[${i}] must be an item or a separator`)
    if (typeof v.id !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(v.id)) throw new InvalidArgumentError(`items[${i}].id must be a short action name`)
    if (typeof v.label !== 'string' || v.label.length === 0 || v.label.length > 120) throw new InvalidArgumentError(`items[${i}].label must be 1 to 120 characters`)
    if (v.enabled !== undefined && typeof v.enabled !== 'boolean') throw new InvalidArgumentError(`items[${i}].enabled must be true or false`)
    if (v.copyText !== undefined && (typeof v.copyText !== 'string' || v.copyText.length > 4096)) throw new InvalidArgumentError(`items[${i}].copyText must be at most 4096 characters`)
    return { type: 'item', id: v.id, label: v.label, ...(v.enabled !== undefined && { enabled: v.enabled }), ...(v.copyText !== undefined && { copyText: v.copyText }) }
  })
}
