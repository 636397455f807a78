import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { selectPeopleIndex, selectPersonProfile } from './people'

const d = loadRealDataset()

describe('selectPeopleIndex', () => {
  const rows = selectPeopleIndex(d)
  it('lists every person, those with no meeting included, then the bodies', () => {
    expect(rows.filter((r) => r.kind === 'person')).toHaveLength(d.people.length)
    const qassem = rows.find((r) => r.id === 'qassem')!
    expect(qassem.meetings).toBe(0)
    expect(qassem.statements).toBeGreaterThan(0)
    expect(rows.find((r) => r.id === 'katz')?.meetings).toBe(0)
    expect(rows.findIndex((r) => r.kind === 'body')).toBeGreaterThan(
      rows.findLastIndex((r) => r.kind === 'person'),
    )
  })
  it('counts statements, meetings and figures as the records give them', () => {
    const berri = rows.find((r) => r.id === 'berri')!
    expect(berri.aliases).toContain('Nabiah Bari')
    expect(berri.statements).toBe(d.positions.filter((p) => p.speaker.person === 'berri').length)
    const gallant = rows.find((r) => r.id === 'gallant')!
    expect(gallant.figures).toBe(d.casualties.filter((c) => c.claimant.person === 'gallant').length)
    expect(gallant.figures).toBeGreaterThan(0)
    const officials = rows.find((r) => r.kind === 'body' && r.name === 'Lebanese officials')!
    expect(officials.actor?.id).toBe('lebanon')
  })
})

describe('selectPersonProfile', () => {
  it('gives statements and meetings in date order, and null for an unknown id', () => {
    const p = selectPersonProfile(d, 'hochstein')!
    const dates = p.meetings.map((m) => m.when.date)
    expect(dates).toEqual([...dates].sort())
    expect(p.meetings.length).toBeGreaterThan(0)
    expect(selectPersonProfile(d, 'nobody')).toBeNull()
  })
})
