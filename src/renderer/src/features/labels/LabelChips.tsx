// An article's labels as small chips in its list row.
import { useLabelNames } from './useLabels'

export function LabelChips({ labelIds }: { labelIds: string[] | undefined }) {
  const names = useLabelNames()
  if (!labelIds?.length) return null
  return (
    <>
      {labelIds.map((id) =>
        names.has(id) ? (
          <span key={id} className="row-label">
            # {names.get(id)}
          </span>
        ) : null,
      )}
    </>
  )
}

