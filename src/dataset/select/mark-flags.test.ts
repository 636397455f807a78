import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { flagClasses, markFlagger, WORKSPACE_ONLY_TEXT } from './mark-flags'

const d = loadRealDataset()
// The real dataset with one of its positions standing in for a record the workspace added.
const withWorkspace = {
  ...d,
  workspace: { only: new Set(['pos-us-unilateral-request']), changed: new Set<string>() },
}

describe('markFlagger', () => {
  it('flags nothing on the published dataset with no dispute selected', () => {
    const f = markFlagger(d, 'cas-lebanon-killed-2800')
    expect(f.dispute).toBeNull()
    expect(f.hasWorkspaceOnly).toBe(false)
    expect(f.flags(['cas-lebanon-killed-2800'])).toEqual({
      workspaceOnly: false,
      disputeSides: [],
      note: null,
    })
  })

  it('names the side of the selected dispute each record stands on', () => {
    const f = markFlagger(d, 'dispute-lebanon-death-toll')
    expect(f.dispute?.id).toBe('dispute-lebanon-death-toll')
    const [a, b] = f.dispute!.sides.map((s) => s.label)
    expect(f.flags(['cas-lebanon-killed-2800']).disputeSides).toEqual([a])
    expect(f.flags(['cas-lebanon-killed-3500']).disputeSides).toEqual([b])
    // A mark made of records on both sides (a grouped mark) stands on both.
    expect(f.flags(['cas-lebanon-killed-3500', 'cas-lebanon-killed-2800']).disputeSides).toEqual([
      b,
      a,
    ])
    expect(f.flags(['cas-israelis-killed-120']).disputeSides).toEqual([])
    expect(f.flags(['cas-lebanon-killed-2800']).note).toContain('in the selected dispute')
  })

  it('marks a mark with any workspace-only record behind it', () => {
    const f = markFlagger(withWorkspace, null)
    expect(f.hasWorkspaceOnly).toBe(true)
    const flags = f.flags(['pos-lebanon-1701-mikati-nov1', 'pos-us-unilateral-request'])
    expect(flags.workspaceOnly).toBe(true)
    expect(flags.note).toBe(WORKSPACE_ONLY_TEXT)
    expect(flagClasses(flags)).toBe('is-workspace-only')
    expect(f.flags(['pos-lebanon-1701-mikati-nov1']).workspaceOnly).toBe(false)
    // A record the mark is only linked to does not make it the workspace's.
    expect(f.flags([], ['pos-us-unilateral-request']).workspaceOnly).toBe(false)
  })

  it('gives both flags at once, and the same flagger for the same dataset and selection', () => {
    const f = markFlagger(withWorkspace, 'dispute-unilateral-request')
    const flags = f.flags(['pos-us-unilateral-request'])
    expect(flagClasses(flags)).toBe('is-workspace-only is-in-dispute')
    expect(flags.note).toMatch(/^only in your workspace.*; in the selected dispute/)
    expect(f.flags([], ['contact-hochstein-mikati-oct']).disputeSides).toHaveLength(1)
    expect(markFlagger(withWorkspace, 'dispute-unilateral-request')).toBe(f)
    expect(markFlagger(withWorkspace, null)).not.toBe(f)
  })
})
