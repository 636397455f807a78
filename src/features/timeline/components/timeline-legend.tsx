import type { ReactNode } from 'react'
import { LANE_COLOUR, markPaint } from '../lane-style'

const swatch = (children: ReactNode) => (
  <svg width={12} height={12} viewBox="-6 -6 12 12" aria-hidden="true">
    {children}
  </svg>
)

/** Key to the marks: shape per lane, and how stated, inferred and planned dates are drawn. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>{swatch(<path d="M0 -4.6L4.6 0L0 4.6L-4.6 0Z" fill={LANE_COLOUR.events} />)} event</li>
      <li>{swatch(<circle r={4} fill={LANE_COLOUR.meetings} />)} meeting</li>
      <li>
        {swatch(<rect x={-4} y={-4} width={8} height={8} fill={LANE_COLOUR.articles} />)} article
      </li>
      <li>{swatch(<circle r={4} {...markPaint('meetings', true, false)} />)} date inferred</li>
      <li>{swatch(<circle r={4} {...markPaint('meetings', false, true)} />)} planned</li>
      <li>
        {swatch(<rect x={-6} y={-6} width={12} height={12} fill="#8a93a3" fillOpacity={0.35} />)}{' '}
        axis compressed
      </li>
    </ul>
  )
}
