import type { ReactNode } from 'react'
import { markerPath, type ClaimantStyle } from '../claimant-style'
import type { Theme } from '../../../lib/theme'

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg width={22} height={22} viewBox="0 0 22 22" aria-hidden="true" focusable="false">
    {children}
  </svg>
)

/** Names each claimant with its colour and marker, and explains the hollow, ringed and (when grouped) sized marks. */
export function CasualtyLegend(props: {
  claimants: [string, ClaimantStyle][]
  theme: Theme
  grouped: boolean
}) {
  const { theme, grouped } = props
  return (
    <div className="casualty-legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul aria-label="Claimants">
        {props.claimants.map(([label, style]) => (
          <li key={label}>
            <Swatch>
              <path
                d={markerPath(style.shape, 11, 11, 6)}
                fill={style.colour}
                stroke={style.colour}
                strokeWidth={2}
                strokeLinejoin="round"
              />
            </Swatch>
            {label}
          </li>
        ))}
      </ul>
      <ul aria-label="Marks">
        {grouped && (
          <li>
            <Swatch>
              <circle cx={5} cy={15} r={2.5} fill={theme.fgSoft} />
              <circle cx={14} cy={11} r={7} fill={theme.fgSoft} />
            </Swatch>
            size and number: how many figures a mark groups
          </li>
        )}
        <li>
          <Swatch>
            <circle
              cx={11}
              cy={11}
              r={6}
              fill={theme.fgSoft}
              fillOpacity={0.15}
              stroke={theme.fgSoft}
              strokeWidth={2}
            />
          </Swatch>
          {grouped ? 'hollow: every statement date inferred' : 'hollow: statement date inferred'}
        </li>
        <li>
          <Swatch>
            <circle
              cx={11}
              cy={11}
              r={10}
              fill="none"
              stroke={theme.disputed}
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
            <circle cx={11} cy={11} r={5} fill={theme.fgSoft} />
          </Swatch>
          {grouped ? 'dashed ring: holds a disputed figure' : 'dashed ring: disputed figure'}
        </li>
      </ul>
    </div>
  )
}
