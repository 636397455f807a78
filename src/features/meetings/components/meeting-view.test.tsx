import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderInApp } from '../../../test/render-in-app'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import { selectGraph } from '../../../dataset/select/graph'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { MeetingView } from './meeting-view'

const dataset = loadRealDataset()

/** The real dataset with `extra` more people, each linked to Dermer by a real meeting. */
function withCrowd(extra: number): LoadedDataset {
  const { nodes, edges } = dataset.derived.graph
  const crowd = Array.from({ length: extra }, (_, i) => ({
    id: `crowd-${i}`,
    label: `Crowd ${i}`,
    kind: 'body' as const,
    person: null,
    actor: null,
    x: 100 + (i % 40) * 20,
    y: 60 + Math.floor(i / 40) * 40,
  }))
  const links = crowd.map((n) => ({
    id: `${n.id}--dermer`,
    source: n.id,
    target: 'dermer',
    meetings: ['meet-jerusalem-oct31'],
    indirect: false,
  }))
  const graph = { nodes: [...nodes, ...crowd], edges: [...edges, ...links] }
  return { ...dataset, derived: { ...dataset.derived, graph } }
}

/** The real dataset with every meeting copied `times` times under new ids. */
function manyMeetings(times: number): LoadedDataset {
  const meetings = dataset.meetings.flatMap((m) =>
    Array.from({ length: times }, (_, k) => ({ ...m, id: `${m.id}-${k}` })),
  )
  return { ...dataset, meetings }
}

const renderAt = (url: string, data: LoadedDataset = dataset) =>
  renderInApp(<MeetingView />, { url, dataset: data })

describe('MeetingView', () => {
  it('draws a small graph as SVG buttons', () => {
    renderAt('/meetings')
    expect(screen.getByRole('group', { name: /^Meeting graph: 20 participants/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Ron Dermer' })).toBeTruthy()
  })

  it('draws a large graph on a canvas named for what it shows', async () => {
    renderAt('/meetings', withCrowd(400))
    const canvas = await screen.findByRole('application', {
      name: /^Meeting graph: 420 people and bodies, 423 links; arrow keys go through the people/,
    })
    expect(canvas.tagName).toBe('CANVAS')
    expect(screen.queryByRole('button', { name: 'Ron Dermer' })).toBeNull()
  })

  it('lets the keyboard go through a canvas graph by name, one Tab stop, and says where it is', async () => {
    renderAt('/meetings', withCrowd(400))
    const canvas = await screen.findByRole('application', { name: /^Meeting graph/ })
    expect(canvas.getAttribute('tabindex')).toBe('0')
    const said = () =>
      document.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent
    expect(said()).toBe('')
    fireEvent.keyDown(canvas, { key: 'ArrowDown' })
    expect(said()).toMatch(/, 1 of 420$/)
    fireEvent.keyDown(canvas, { key: 'ArrowDown' })
    expect(said()).toMatch(/, 2 of 420$/)
    fireEvent.keyDown(canvas, { key: 'End' })
    expect(said()).toMatch(/, 420 of 420$/)
  })

  it('shows a long table a page at a time', () => {
    renderAt('/meetings?tables=meetings', manyMeetings(30))
    expect(screen.getAllByRole('button', { name: /^Select meeting/ })).toHaveLength(250)
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }))
    expect(screen.getAllByRole('button', { name: /^Select meeting/ })).toHaveLength(300)
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull()
  })

  it('keeps the selected meeting among the rows, however far down', () => {
    const data = manyMeetings(30)
    const span = data.derived.span
    const last = selectGraph(data, { ...span, actor: null, issue: null, person: null })
      .meetings[299]!
    renderAt(`/meetings?tables=meetings&sel=${last.id}`, data)
    const rows = screen.getAllByRole('button', { name: /^Select meeting/ })
    // The rows run on, unbroken, down to the selected one.
    expect(rows).toHaveLength(300)
    expect(rows[299]?.getAttribute('aria-pressed')).toBe('true')
  })
})
