import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { actorColour } from '../../components/palette'
import { claimantStyles, MARKER_SHAPES, markerPath } from './claimant-style'

const d = loadRealDataset()
const claimants = d.casualties.map((c) => ({ label: c.claimant.label, actor: c.claimant.actor }))

describe('claimantStyles', () => {
  it('gives every claimant of the real dataset its own colour and its own shape', () => {
    const styles = claimantStyles(claimants)
    const labels = new Set(claimants.map((c) => c.label))
    expect(styles.size).toBe(labels.size)
    expect(new Set([...styles.values()].map((s) => s.colour)).size).toBe(labels.size)
    expect(new Set([...styles.values()].map((s) => s.shape)).size).toBe(labels.size)
  })

  it("keeps an actor's colour for its claimant and does not depend on input order", () => {
    const styles = claimantStyles(claimants)
    expect(styles.get('UNICEF')!.colour).toBe(actorColour('unicef'))
    expect(styles.get('Lebanese health ministry')!.colour).toBe(actorColour('lebanon'))
    expect(claimantStyles([...claimants].reverse())).toEqual(styles)
  })
})

describe('markerPath', () => {
  it('draws a closed path for every shape', () => {
    for (const shape of MARKER_SHAPES) expect(markerPath(shape, 10, 10, 5)).toMatch(/^M.*Z$/)
  })
})
