import { describe, expect, it } from 'vitest'
import { selectGraph } from '../../dataset/select/graph'
import { indexDataset } from '../../dataset/select/index-dataset'
import { loadRealDataset } from '../../test/dataset-fixture'
import { meetingExport } from './meeting-export'

describe('meetingExport', () => {
  it('lists the meetings in range with both sides named', () => {
    const d = loadRealDataset()
    const graph = selectGraph(d, {
      from: '2024-11-20',
      to: '2024-11-21',
      actor: null,
      issue: null,
      person: null,
    })
    const out = meetingExport(graph, indexDataset(d))
    expect(out.rows.map((r) => r.id)).toEqual([
      'talks-hochstein-beirut-nov',
      'meet-hochstein-dermer-nov20',
      'talks-hochstein-berri-nov',
      'meet-hochstein-netanyahu-nov21',
    ])
    expect(out.rows[1]).toMatchObject({ date: '2024-11-20', status: 'held', place: 'Israel' })
    expect(String(out.rows[1]!.sides)).toContain('Ron Dermer')
    // Hezbollah's channel through Berri: an indirect contact, its intermediary named.
    expect(out.rows[2]).toMatchObject({ status: 'contact', via: 'Nabih Berri' })
    expect(out.sources).toEqual(['ft-hochstein-nov21'])
  })
})
