import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { loadRealDataset, paddedDataset } from '../test/dataset-fixture'
import { renderInApp } from '../test/render-in-app'
import { ShownFilters } from '../url-state/shown-filters'
import { BACKGROUND_RENDER_MIN_RECORDS } from '../url-state/shown-filters-context'
import { ViewFrame } from './view-frame'

const renderWithApp = (ui: React.ReactNode) => renderInApp(ui)

describe('ViewFrame', () => {
  it('contains a failing view: its own message and a retry, while a sibling view keeps working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let fail = true
    const Faulty = () => {
      if (fail) throw new Error('record "cas-x" has no population')
      return <p>Recovered chart</p>
    }
    renderWithApp(
      <>
        <ViewFrame
          title="Casualty figures"
          view="casualties"
          chart={() => <Faulty />}
          table={() => null}
        />
        <ViewFrame
          title="Position matrix"
          view="matrix"
          chart={() => <p>Matrix is fine</p>}
          table={() => null}
        />
      </>,
    )
    expect(screen.getByRole('alert').textContent).toContain(
      'This view failed to render. record "cas-x" has no population',
    )
    expect(screen.getByText('Matrix is fine')).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Recovered chart')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('lets table toggles in two deferred views both land, though neither has drawn the other', () => {
    const large = paddedDataset(loadRealDataset(), BACKGROUND_RENDER_MIN_RECORDS)
    const router = renderInApp(
      <ShownFilters>
        <ViewFrame title="Matrix" view="matrix" chart={() => null} table={() => null} />
        <ViewFrame title="Figures" view="casualties" chart={() => null} table={() => null} />
      </ShownFilters>,
      { dataset: large },
    )
    const tables = () => new URLSearchParams(router.state.location.search).get('tables')
    const [matrix, figures] = screen.getAllByRole('button', { name: 'Show data table' })
    // One act: the deferred renders wait until it ends, as they wait behind quick clicks.
    act(() => {
      matrix!.click()
      figures!.click()
    })
    expect(tables()?.split(',').sort()).toEqual(['casualties', 'matrix'])
    act(() => matrix!.click())
    expect(tables()).toBe('casualties')
  })
})
