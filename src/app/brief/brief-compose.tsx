import { useState } from 'react'
import { BRIEF_VIEWS, updateBrief, type Brief } from '../../lib/brief/brief-store'
import { download } from '../../lib/export/download'
import type { BriefContent } from './brief-content'
import type { BriefMeta } from './office-files'

const VIEW_LABELS = {
  matrix: 'Position matrix',
  casualties: 'Casualty figures',
  meetings: 'Meeting graph',
} as const

/**
 * The brief's editing panel (never printed): title, key judgments, the pinned selections in
 * order, and the outputs. Edits are saved to this browser's storage as they are typed.
 */
export function BriefCompose(props: {
  brief: Brief
  content: BriefContent
  meta: BriefMeta
  fileBase: string
}) {
  const { brief, content, meta } = props
  const [status, setStatus] = useState('')
  const office = async (kind: 'pptx' | 'docx') => {
    setStatus(`Preparing ${kind === 'pptx' ? 'PowerPoint' : 'Word'} file…`)
    try {
      const files = await import('./office-files')
      const blob =
        kind === 'pptx'
          ? await files.briefPptx(brief, content, meta)
          : await files.briefDocx(brief, content, meta)
      download(`${props.fileBase}.${kind}`, blob)
      setStatus(`Saved ${props.fileBase}.${kind}`)
    } catch (e) {
      setStatus(`Could not make the file: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const move = (i: number, by: number) =>
    updateBrief((b) => {
      const pins = [...b.pins]
      const [p] = pins.splice(i, 1)
      pins.splice(Math.max(0, Math.min(pins.length, i + by)), 0, p!)
      return { ...b, pins }
    })
  return (
    <section className="brief-compose" aria-label="Compose the brief" data-export-skip>
      <label>
        Title
        <input
          type="text"
          value={brief.title}
          placeholder={meta.title}
          onChange={(e) => updateBrief((b) => ({ ...b, title: e.target.value }))}
        />
      </label>
      <label>
        Key judgments (one per line)
        <textarea
          rows={4}
          value={brief.judgments}
          onChange={(e) => updateBrief((b) => ({ ...b, judgments: e.target.value }))}
        />
      </label>
      <fieldset className="brief-views">
        <legend>Views in the brief</legend>
        {BRIEF_VIEWS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={brief.views.includes(id)}
              onChange={(e) =>
                updateBrief((b) => ({
                  ...b,
                  views: e.target.checked
                    ? BRIEF_VIEWS.filter((v) => v === id || b.views.includes(v))
                    : b.views.filter((v) => v !== id),
                }))
              }
            />{' '}
            {VIEW_LABELS[id]}
          </label>
        ))}
      </fieldset>
      <div>
        <h2>Pinned selections</h2>
        {content.pins.length === 0 ? (
          <p>
            Nothing pinned yet: select a matrix cell, a figure or a meeting, then “Pin to brief” in
            the evidence panel.
          </p>
        ) : (
          <ol className="brief-pin-list">
            {content.pins.map((p, i) => (
              <li key={p.pin.sel}>
                {p.title}{' '}
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`Move “${p.title}” up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === content.pins.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move “${p.title}” down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() =>
                    updateBrief((b) => ({ ...b, pins: b.pins.filter((x) => x.sel !== p.pin.sel) }))
                  }
                  aria-label={`Remove “${p.title}”`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="brief-outputs">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={() => void office('pptx')}>
          PowerPoint
        </button>
        <button type="button" onClick={() => void office('docx')}>
          Word
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  )
}
