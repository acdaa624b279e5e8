import { useUi } from '../../state/ui-store'
import { Dialog } from '../dialog/Dialog'
import { AddFeedForm } from './AddFeedForm'

/** The add-feed flow in a modal: address → (discovery → pick) → the feed appears with its articles. */
export function AddFeedDialog() {
  const dialog = useUi((s) => s.dialog)
  const openDialog = useUi((s) => s.openDialog)
  return (
    <Dialog title="Add a feed" isOpen={dialog === 'add-feed'} onClose={() => openDialog(null)}>
      <AddFeedForm onAdded={() => openDialog(null)} />
    </Dialog>
  )
}
