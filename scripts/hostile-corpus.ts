/**
 * Hostile datasets (issue 17): each built from a small valid synthetic dataset by one change, with
 * what Blueline must answer. Generated, never committed; `npm run hostile` writes them and runs
 * them through `npm run validate`, and e2e/hostile-datasets.spec.ts opens them in the app.
 */
import type { Dataset } from '../src/dataset/dataset-schema'
import { generateDataset } from './generate-dataset'

export interface HostileFile {
  name: string
  /** What was done to the file. */
  why: string
  text: string
  /** `refused`: validation must fail with a message matching `says`; `loads`: it is valid. */
  verdict: 'refused' | 'loads'
  says?: RegExp
}

const base = (): Dataset & { derived: NonNullable<Dataset['derived']> } => {
  const d = generateDataset(0.05, 7)
  return { ...d, derived: d.derived! }
}
const json = (d: unknown) => JSON.stringify(d)

/** The corpus, smallest first; deterministic. */
export function hostileCorpus(): HostileFile[] {
  const opposes = base()
  for (const cell of opposes.derived.matrix) for (const c of cell.changes) c.stances = ['opposes']

  const envoy = base()
  const anchor = envoy.derived.graph.nodes[0]!
  envoy.derived.graph.nodes.push({
    ...anchor,
    id: 'secret-envoy',
    label: 'Secret envoy (fabricated)',
  })
  envoy.derived.graph.edges.push({
    id: `${anchor.id}--secret-envoy`,
    source: anchor.id,
    target: 'secret-envoy',
    indirect: false,
    meetings: [envoy.meetings[0]!.id],
  })

  const ghostMeeting = base()
  ghostMeeting.derived.graph.edges[0]!.meetings = ['meeting-that-does-not-exist']

  const epochs = base()
  delete (epochs as Partial<Dataset>).derived
  epochs.sources[0]!.published.date = '9999-12-31'
  epochs.positions[0]!.when.date = '9999-12-31'
  epochs.events[0]!.when.date = '1900-01-01'

  const impostor = base()
  impostor.version = 'built-in-version'
  impostor.title = 'Impostor claiming the built-in version'

  const hugeLabel = base()
  hugeLabel.actors[0]!.name = `Huge ${'label '.repeat(170_000)}`

  const tiny = base()
  tiny.casualties[0]!.value = 5e-324

  return [
    {
      name: 'derived-opposes.json',
      why: 'derived matrix stances all set to opposes',
      text: json(opposes),
      verdict: 'refused',
      says: /derived\.matrix\[\d+\]\.changes\[\d+\]\.stances: the file says \["opposes"\]/,
    },
    {
      name: 'derived-envoy.json',
      why: 'a fabricated node and edge added to the meeting graph',
      text: json(envoy),
      verdict: 'refused',
      says: /Secret envoy \(fabricated\)/,
    },
    {
      name: 'derived-ghost-meeting.json',
      why: 'a graph edge naming a meeting that does not exist',
      text: json(ghostMeeting),
      verdict: 'refused',
      says: /derived\.graph\.edges\[0\]\.meetings: the file says \["meeting-that-does-not-exist"\]/,
    },
    {
      name: 'span-9999.json',
      why: 'dated 1900-01-01 to 9999-12-31, no derived views',
      text: json(epochs),
      verdict: 'refused',
      says: /a dataset may span at most 100 years/,
    },
    {
      name: 'truncated.json',
      why: 'cut off half way',
      text: json(base()).slice(0, 2000),
      verdict: 'refused',
      says: /not valid JSON/,
    },
    {
      name: 'proto-keys.json',
      why: '__proto__ and constructor keys at the top level (kept as data, polluting nothing)',
      text: json(base()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"x":1},'),
      verdict: 'loads',
    },
    {
      name: 'impostor-version.json',
      why: 'valid, but claims another dataset version',
      text: json(impostor),
      verdict: 'loads',
    },
    {
      name: 'huge-label.json',
      why: 'valid, with a 1 MB actor name',
      text: json(hugeLabel),
      verdict: 'loads',
    },
    {
      name: 'tiny-value.json',
      why: 'valid, with a casualty figure of 5e-324',
      text: json(tiny),
      verdict: 'loads',
    },
  ]
}
