// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { SHORTCUTS, actionFor } from '../../../src/renderer/src/features/keyboard/keymap'

const press = (key: string, over: Partial<Parameters<typeof actionFor>[0]> = {}) =>
  actionFor({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...over })

describe('keymap', () => {
  it('maps every documented key', () => {
    expect(press('j')).toBe('next')
    expect(press('k')).toBe('previous')
    expect(press('n')).toBe('nextUnread')
    expect(press('p')).toBe('previousUnread')
    expect(press('o')).toBe('open')
    expect(press('Enter')).toBe('open')
    expect(press('m')).toBe('toggleRead')
    expect(press('s')).toBe('star')
    expect(press('v')).toBe('openOriginal')
    expect(press('r')).toBe('refresh')
    expect(press('/')).toBe('search')
    expect(press('A', { shiftKey: true })).toBe('markAllRead')
    expect(press('?', { shiftKey: true })).toBe('help')
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length)
  })

  it('stays out of the way: typing in fields, modifier chords, Enter on a button, unknown keys', () => {
    const input = document.createElement('input')
    document.body.append(input)
    expect(press('j', { target: input })).toBeUndefined()
    expect(press('s', { ctrlKey: true })).toBeUndefined()
    expect(press('r', { metaKey: true })).toBeUndefined()
    const button = document.createElement('button')
    document.body.append(button)
    expect(press('Enter', { target: button })).toBeUndefined()
    expect(press('j', { target: button })).toBe('next')
    expect(press('x')).toBeUndefined()
    expect(press('a')).toBeUndefined()
  })
})
