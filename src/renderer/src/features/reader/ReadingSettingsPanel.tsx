import { useId } from 'react'
import { FONT_SIZES, useReadingSettings, type FontFamily, type LineWidth, type Theme } from '../../state/reading-settings'

/** Font size, font family, line width and theme; saved across restarts. */
export function ReadingSettingsPanel() {
  const s = useReadingSettings()
  const ids = { family: useId(), width: useId(), theme: useId() }
  return (
    <div className="reading-settings">
      <div className="setting-row">
        <span>Text size</span>
        <button type="button" disabled={s.fontSize <= FONT_SIZES.min} onClick={() => s.set({ fontSize: s.fontSize - FONT_SIZES.step })}>
          A−<span className="visually-hidden"> smaller text</span>
        </button>
        <output aria-label="Text size">{s.fontSize}px</output>
        <button type="button" disabled={s.fontSize >= FONT_SIZES.max} onClick={() => s.set({ fontSize: s.fontSize + FONT_SIZES.step })}>
          A+<span className="visually-hidden"> larger text</span>
        </button>
      </div>
      <div className="setting-row">
        <label htmlFor={ids.family}>Font</label>
        <select id={ids.family} value={s.fontFamily} onChange={(e) => s.set({ fontFamily: e.target.value as FontFamily })}>
          <option value="serif">Serif</option>
          <option value="sans">Sans-serif</option>
        </select>
      </div>
      <div className="setting-row">
        <label htmlFor={ids.width}>Line width</label>
        <select id={ids.width} value={s.lineWidth} onChange={(e) => s.set({ lineWidth: e.target.value as LineWidth })}>
          <option value="narrow">Narrow</option>
          <option value="medium">Medium</option>
          <option value="wide">Wide</option>
        </select>
      </div>
      <div className="setting-row">
        <label htmlFor={ids.theme}>Theme</label>
        <select id={ids.theme} value={s.theme} onChange={(e) => s.set({ theme: e.target.value as Theme })}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
    </div>
  )
}
