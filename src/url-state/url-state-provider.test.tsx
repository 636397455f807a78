import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useDataset } from './dataset-on-screen'
import { useFilterUpdate, useFilters } from './use-url-state'
import { renderInApp } from '../test/render-in-app'

describe('UrlStateProvider', () => {
  it('re-renders on a filter change only the components that read the filters', () => {
    const renders = { filters: 0, update: 0, dataset: 0 }
    function ReadsFilters() {
      renders.filters++
      return <p>from {useFilters().filters.from}</p>
    }
    function WritesOnly() {
      renders.update++
      const update = useFilterUpdate()
      return (
        <button type="button" onClick={() => update({ from: '2024-11-20' })}>
          set
        </button>
      )
    }
    function ReadsDataset() {
      renders.dataset++
      return <p>{useDataset().sources.length} sources</p>
    }
    const router = renderInApp(
      <>
        <ReadsFilters />
        <WritesOnly />
        <ReadsDataset />
      </>,
    )
    // The route element is made once, so its children re-render only through the contexts.
    const before = { ...renders }
    act(() => screen.getByRole('button', { name: 'set' }).click())
    expect(router.state.location.search).toBe('?from=2024-11-20')
    expect(screen.getByText('from 2024-11-20')).toBeTruthy()
    expect(renders.filters).toBe(before.filters + 1)
    expect(renders.update).toBe(before.update)
    expect(renders.dataset).toBe(before.dataset)
  })

  it('keeps the path and the passage hash when the filters change', () => {
    function SetFrom() {
      const update = useFilterUpdate()
      return (
        <button type="button" onClick={() => update({ from: '2024-11-20' })}>
          set
        </button>
      )
    }
    const router = renderInApp(<SetFrom />, { url: '/sources/ft-hochstein-nov21#q-120' })
    act(() => screen.getByRole('button', { name: 'set' }).click())
    const { pathname, search, hash } = router.state.location
    expect({ pathname, search, hash }).toEqual({
      pathname: '/sources/ft-hochstein-nov21',
      search: '?from=2024-11-20',
      hash: '#q-120',
    })
  })

  it('says what is missing when a component reads the dataset outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    function Orphan() {
      useDataset()
      return null
    }
    expect(() => render(<Orphan />)).toThrow('useDataset() was called outside UrlStateProvider')
  })
})
