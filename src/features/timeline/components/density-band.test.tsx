import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { StripLane } from '../strip-layout'
import { DensityBand } from './density-band'

const lane: StripLane = {
  lane: 'meetings',
  label: 'Meetings',
  y0: 40,
  y1: 68,
  density: {
    daysPerBin: 1,
    max: 312,
    bins: [
      { from: '2024-03-03', to: '2024-03-03', x0: 100, x1: 103, count: 312 },
      { from: '2024-03-04', to: '2024-03-04', x0: 103, x1: 106, count: 40 },
      { from: '2024-03-20', to: '2024-03-20', x0: 151, x1: 154, count: 7 },
    ],
  },
}

function renderBand(from = '2024-03-04', to = '2024-03-31') {
  const props = { onTip: vi.fn(), onNarrow: vi.fn(), onPointerDown: vi.fn(), xOf: () => 0 }
  const { container } = render(
    <svg>
      <DensityBand lane={lane} from={from} to={to} {...props} />
    </svg>,
  )
  return { ...props, container, band: screen.getByRole('slider', { name: 'Meetings per day' }) }
}

describe('DensityBand', () => {
  it('draws every bin with two paths, dimming bins outside the window', () => {
    const { container } = renderBand()
    const [dim, lit] = [...container.querySelectorAll('path')]
    expect(container.querySelectorAll('path')).toHaveLength(2)
    expect(dim!.getAttribute('d')!.match(/M/g)).toHaveLength(1)
    expect(lit!.getAttribute('d')!.match(/M/g)).toHaveLength(2)
  })

  it('starts the keyboard on the first bin in the window, steps with arrows, narrows with Enter', () => {
    const { band, onNarrow, onTip } = renderBand()
    expect(band.getAttribute('aria-valuetext')).toBe('40 meetings, 4 Mar 2024')
    fireEvent.keyDown(band, { key: 'ArrowRight' })
    expect(band.getAttribute('aria-valuetext')).toBe('7 meetings, 20 Mar 2024')
    expect(onTip).toHaveBeenLastCalledWith('meetings', lane.density!.bins[2])
    fireEvent.keyDown(band, { key: 'Home' })
    fireEvent.keyDown(band, { key: 'Enter' })
    expect(onNarrow).toHaveBeenCalledWith(lane.density!.bins[0])
  })
})
