import { useMarkFlags } from './use-mark-flags'
import { useFilterUpdate } from '../url-state/use-url-state'
import { WORKSPACE_ONLY_TEXT } from '../dataset/select/mark-flags'
import { clip } from '../lib/clip'
import './mark-flags.css'

/**
 * Key to the flags every view draws (mark-flags.ts): shown only when the workspace holds records of
 * its own or a dispute is selected, with a way to clear the dispute.
 */
export function MarkFlagsLegend() {
  const flagger = useMarkFlags()
  const update = useFilterUpdate()
  const { dispute } = flagger
  if (!flagger.hasWorkspaceOnly && !dispute) return null
  return (
    <ul className="mark-flags-legend" aria-label="Highlighted marks">
      {flagger.hasWorkspaceOnly ? (
        <li>
          <span aria-hidden="true" className="mark-flag-swatch is-ring" />
          <span aria-hidden="true" className="mark-flag-glyph">
            ✎
          </span>{' '}
          {WORKSPACE_ONLY_TEXT}
        </li>
      ) : null}
      {dispute ? (
        <li>
          <span aria-hidden="true" className="mark-flag-swatch is-halo" />
          Dispute: {clip(dispute.summary, 120)} ({dispute.sides.map((s) => s.label).join(' vs ')})
          <button type="button" onClick={() => update({ sel: null })}>
            Clear dispute
          </button>
        </li>
      ) : null}
    </ul>
  )
}
