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
    expect(press('l')).toBe('label')
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length)
  })

  it('opens saved views with g then a digit, beside g m, and no key is bound twice', () => {
    for (const d of '123456789') expect(press(d, {}), d).toBeUndefined() // a digit alone does nothing
    expect(actionFor({ key: '1', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body }, 'g')).toBe('openSavedView')
    expect(actionFor({ key: '9', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body }, 'g')).toBe('openSavedView')
    expect(actionFor({ key: 'm', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body }, 'g')).toBe('showMap')
    const keys = SHORTCUTS.flatMap((s) => s.keys)
    expect(new Set(keys).size).toBe(keys.length)
    // A single key that starts a sequence would never fire on its own.
    const starts = new Set(keys.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]))
    expect(keys.filter((k) => starts.has(k))).toEqual([])
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
