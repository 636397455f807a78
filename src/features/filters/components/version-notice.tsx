import type { VersionMismatch } from '../../../url-state/url-state'
import type { UpdateFilters } from '../../../url-state/use-url-state'

/**
 * A link pinned to one dataset version, opened on another: not a parameter that was ignored (the
 * filters still apply) but a warning that the records behind them may differ from what was shared.
 */
export function VersionNotice({
  version,
  update,
}: {
  version: VersionMismatch
  update: UpdateFilters
}) {
  return (
    <section className="notices" role="status" aria-labelledby="version-notice-heading">
      <h2 id="version-notice-heading">This link was made with another version of the dataset</h2>
      <p>
        The link expected dataset version “{version.linked}”; the dataset open here is version “
        {version.open}”. The filters and selection still apply, but records may have been added,
        changed or removed since the link was made, so what you see may differ from what was shared.
      </p>
      <p>
        To see exactly what was shared, ask for the dataset file of version “{version.linked}” and
        open it; or carry on with this version and update the link.
      </p>
      <button type="button" onClick={() => update({}, { replace: true })}>
        Use version “{version.open}” in the link
      </button>
    </section>
  )
}
