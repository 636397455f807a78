import { describe, expect, it } from 'vitest'
import { parseDataset } from './parse-dataset'
import { DatasetLoadError } from './load-error'
import { formatProblem } from './problems'
import { loadRealDataset } from '../test/dataset-fixture'

// Issue 17, defect 1: a file's precomputed views were believed as they came.
const real = () =>
  JSON.parse(JSON.stringify(loadRealDataset())) as ReturnType<typeof loadRealDataset>

function refusal(d: unknown): string[] {
  try {
    parseDataset(JSON.stringify(d), 'crafted.json')
    return []
  } catch (e) {
    if (!(e instanceof DatasetLoadError)) throw e
    return [e.message, ...e.problems.map((p) => formatProblem(p))]
  }
}

describe('a file whose derived views disagree with its records', () => {
  it('is refused when every matrix stance was set to opposes', () => {
    const d = real()
    for (const cell of d.derived.matrix) for (const c of cell.changes) c.stances = ['opposes']
    const lines = refusal(d)
    expect(lines[0]).toMatch(/crafted\.json was refused: .*do not match its own records/)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^derived\.matrix\[\d+\]\.changes\[\d+\]\.stances: the file says \["opposes"\], but its records give \["supports"\]$/,
      ),
    )
  })

  it('is refused when the graph gains a node no meeting names', () => {
    const d = real()
    d.derived.graph.nodes.push({
      id: 'secret-envoy',
      label: 'Secret envoy (fabricated)',
      kind: 'person',
      person: null,
      actor: null,
      x: 10,
      y: 10,
    })
    expect(refusal(d).join('\n')).toContain('Secret envoy (fabricated)')
  })

  it('is refused when a node is placed outside the layout box', () => {
    const d = real()
    d.derived.graph.nodes[0]!.x = 1e300
    expect(refusal(d).join('\n')).toMatch(/outside the layout box/)
  })

  it('loads when its derived views are the recomputation, layout included', () => {
    expect(refusal(real())).toEqual([])
  })
})
