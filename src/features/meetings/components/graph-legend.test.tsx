import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GraphLegend } from './graph-legend'

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}` }))

describe('GraphLegend', () => {
  it('lists every affiliation when there are few', () => {
    render(<GraphLegend entries={entries(16)} />)
    expect(screen.getByRole('list', { name: 'Affiliation' }).querySelectorAll('li')).toHaveLength(
      16,
    )
  })

  it('lists the first dozen and counts the rest when there are many', () => {
    render(<GraphLegend entries={entries(105)} />)
    const items = screen.getByRole('list', { name: 'Affiliation' }).querySelectorAll('li')
    expect(items).toHaveLength(13)
    expect(items[12]?.textContent).toContain('and 93 more affiliations')
  })
})
