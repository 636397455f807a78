import { actorColour } from '../../../components/palette'
import { dashArray, type LineStyle } from '../scene/graph-model'

const LINES: { style: LineStyle; text: string }[] = [
  { style: 'solid', text: 'met' },
  { style: 'dashed', text: 'planned only' },
  { style: 'dotted', text: 'contact only' },
  { style: 'indirect', text: 'indirect: through an intermediary' },
]

/** Beyond this many affiliations the key lists the first few: colours repeat past a dozen anyway. */
const MAX_ENTRIES = 16
const SHOWN_WHEN_CUT = 12

/** Key to colours (affiliation), shapes (person or body) and line styles (meeting status). */
export function GraphLegend({ entries }: { entries: { id: string | null; name: string }[] }) {
  const shown = entries.length > MAX_ENTRIES ? entries.slice(0, SHOWN_WHEN_CUT) : entries
  const hidden = entries.length - shown.length
  return (
    <div className="meeting-legend">
      <ul aria-label="Affiliation">
        {shown.map((e) => (
          <li key={e.id ?? 'none'}>
            <span
              className="meeting-swatch"
              style={{ background: actorColour(e.id) }}
              aria-hidden="true"
            />
            {e.name}
          </li>
        ))}
        {hidden > 0 ? (
          <li>and {hidden} more affiliations (colours repeat; hover a node for its own)</li>
        ) : null}
      </ul>
      <ul aria-label="Shapes and lines">
        <li>
          <span className="meeting-swatch" aria-hidden="true" /> person
        </li>
        <li>
          <span className="meeting-swatch is-body" aria-hidden="true" /> group, no person named
        </li>
        {LINES.map((l) => (
          <li key={l.style}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="26"
                y2="5"
                stroke="currentColor"
                strokeWidth="2"
                strokeDasharray={dashArray(l.style, 1)}
                strokeLinecap={l.style === 'dotted' ? 'round' : 'butt'}
              />
            </svg>
            {l.text}
          </li>
        ))}
        <li>thicker line: more meetings</li>
      </ul>
    </div>
  )
}
