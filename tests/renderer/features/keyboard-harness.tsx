// The app's keyboard handler alone, on the current view, for component tests that press keys.
import { useCurrentView } from '../../../src/renderer/src/features/articles/useCurrentView'
import { useKeyboard } from '../../../src/renderer/src/features/keyboard/useKeyboard'

export function KeyboardShortcutsForTest() {
  useKeyboard(useCurrentView())
  return null
}
