// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { applicationMenu } from '../../../../src/main/desktop/app-menu'
import { actionFor, startsSequence } from '../../../../src/renderer/src/features/keyboard/keymap'
import { SHORTCUTS } from '../../../../src/shared/shortcuts'

const key = (k: string, over: Partial<Parameters<typeof actionFor>[0]> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...over })

describe('g then m', () => {
  it('is a sequence: g waits, m after g shows the map, m alone still marks read', () => {
    expect(startsSequence(key('g'))).toBe(true)
    expect(actionFor(key('m'), 'g')).toBe('showMap')
    expect(actionFor(key('m'))).toBe('toggleRead')
    expect(actionFor(key('j'), 'g')).toBeUndefined()
    expect(startsSequence(key('j'))).toBe(false)
  })

  it('never starts in a text field or with a modifier', () => {
    const input = document.createElement('input')
    document.body.append(input)
    expect(startsSequence(key('g', { target: input }))).toBe(false)
    expect(startsSequence(key('g', { ctrlKey: true }))).toBe(false)
    expect(actionFor(key('m', { target: input }), 'g')).toBeUndefined()
  })

  it('is listed in the shortcut table and the View menu, with no accelerator (Electron has no sequences)', () => {
    expect(SHORTCUTS.find((s) => s.action === 'showMap')?.keys).toEqual(['g m'])
    const view = applicationMenu(() => undefined, 'linux').find((m) => m.label === 'View')
    const item = view?.submenu?.find((i) => i.label === SHORTCUTS.find((s) => s.action === 'showMap')?.description)
    expect(item).toBeDefined()
    expect(item?.accelerator).toBeUndefined()
    expect(item?.registerAccelerator).toBe(false)
  })
})
