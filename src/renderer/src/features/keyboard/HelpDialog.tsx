import { useUi } from '../../state/ui-store'
import { Dialog } from '../dialog/Dialog'
import { SHORTCUTS } from './keymap'

/** The shortcut list ('?'), from the same table the handler uses. */
export function HelpDialog() {
  const dialog = useUi((s) => s.dialog)
  const openDialog = useUi((s) => s.openDialog)
  return (
    <Dialog title="Keyboard shortcuts" isOpen={dialog === 'help'} onClose={() => openDialog(null)}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {(s.shown ? [s.shown] : s.keys).map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
