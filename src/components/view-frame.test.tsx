import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderInApp } from '../test/render-in-app'
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
})
