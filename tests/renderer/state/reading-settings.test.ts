// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { FONT_SIZES, applyTheme, useReadingSettings } from '../../../src/renderer/src/state/reading-settings'

beforeEach(() => {
  localStorage.clear()
  useReadingSettings.setState({ fontSize: FONT_SIZES.initial, fontFamily: 'serif', lineWidth: 'medium', theme: 'system' })
})

describe('reading settings', () => {
  it('persist in localStorage', () => {
    useReadingSettings.getState().set({ fontSize: 21, fontFamily: 'sans', theme: 'dark' })
    const saved = JSON.parse(localStorage.getItem('meridian.reading-settings') ?? '{}')
    expect(saved.state).toEqual({ fontSize: 21, fontFamily: 'sans', lineWidth: 'medium', theme: 'dark' })
  })

  it('keep the font size within bounds', () => {
    useReadingSettings.getState().set({ fontSize: 99 })
    expect(useReadingSettings.getState().fontSize).toBe(FONT_SIZES.max)
    useReadingSettings.getState().set({ fontSize: 2 })
    expect(useReadingSettings.getState().fontSize).toBe(FONT_SIZES.min)
  })

  it('apply an explicit theme to the document and leave "system" to the OS', () => {
    applyTheme('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    applyTheme('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })
})
