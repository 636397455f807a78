import { act, screen, within } from '@testing-library/react'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it } from 'vitest'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { renderInApp } from '../../../test/render-in-app'
import { EvidencePanel } from './evidence-panel'

/** The real dataset with one graph edge naming a meeting that is not in it (issue 17, defect 3). */
function datasetWithGhostMeeting(): { dataset: LoadedDataset; edge: string } {
  const real = loadRealDataset()
  const [first, ...rest] = real.derived.graph.edges
  const ghost = { ...first!, meetings: [...first!.meetings, 'meeting-that-is-not-here'] }
  const graph = { ...real.derived.graph, edges: [ghost, ...rest] }
  return { dataset: { ...real, derived: { ...real.derived, graph } }, edge: ghost.id }
}

describe('EvidencePanel', () => {
  it('contains a selection that cannot be resolved, and clearing it keeps the other parameters', () => {
    const { dataset, edge } = datasetWithGhostMeeting()
    const router = renderInApp(
      <ErrorBoundary fallback={<p>the whole page failed</p>}>
        <EvidencePanel />
        <p>the rest of the page</p>
      </ErrorBoundary>,
      { url: `/?from=2024-11-01&actor=israel&sel=edge:${edge}`, dataset },
    )
    const panel = screen.getByRole('complementary', { name: 'Evidence' })
    expect(within(panel).getByRole('alert').textContent).toContain(
      `The evidence for sel=edge:${edge} could not be shown`,
    )
    expect(screen.getByText('the rest of the page')).toBeTruthy()

    act(() => within(panel).getByRole('button', { name: 'Clear selection' }).click())
    expect(router.state.location.search).toBe('?from=2024-11-01&actor=israel')
    expect(within(panel).queryByRole('alert')).toBeNull()
  })
})
