import { createContext } from 'react'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import type { Placement } from '../casualty-layout'
import type { ClaimantStyle } from '../claimant-style'
import type { ChartTheme } from './use-chart-theme'

export interface Hover {
  id: string
  via: 'pointer' | 'focus'
}

/**
 * What marks need that changes while the chart stays put (selection, hover, focus). Passed by context
 * so the Recharts tree is not re-rendered on hover, which would remount the marks and drop keyboard focus.
 */
export interface MarkContextValue {
  byId: Map<string, CasualtyPoint>
  placements: Map<string, Placement>
  styles: Map<string, ClaimantStyle>
  theme: ChartTheme
  selected: string | null
  focusActive: boolean
  hover: Hover | null
  setHover: (update: (h: Hover | null) => Hover | null) => void
  onSelect: (id: string) => void
}

export const MarkContext = createContext<MarkContextValue | null>(null)
