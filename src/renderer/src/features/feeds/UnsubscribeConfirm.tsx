import { removeFeed, type Feed } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'

/** Asks before unsubscribing, and says what happens to the articles. */
export function UnsubscribeConfirm({ feed, name, onDone }: { feed: Feed; name: string; onDone(): void }) {
  const { db } = useServices()
  const selection = useUi((s) => s.selection)
  const select = useUi((s) => s.select)
  async function confirm() {
    if (selection.kind === 'feed' && selection.feedId === feed.id) select({ kind: 'all' })
    await removeFeed(db, feed.id)
    onDone()
  }
  return (
    <>
      <p>
        Unsubscribe from <strong>{name}</strong>? Its articles are removed, except the ones you starred.
      </p>
      <div className="form-buttons">
        <button type="button" className="danger" onClick={() => void confirm()}>
          Unsubscribe
        </button>
        <button type="button" data-autofocus onClick={onDone}>
          Cancel
        </button>
      </div>
    </>
  )
}
