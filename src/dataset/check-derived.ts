import type { Dataset, Derived } from './dataset-schema'
import {
  computeGraphRecords,
  computeMatrix,
  computeReportedOn,
  computeSpan,
} from './derive-records'
import { LAYOUT_HEIGHT, LAYOUT_WIDTH } from './layout-box'
import type { Problem } from './verify'

/** Differences reported per file: enough to see what was changed, not a dump of a rewritten file. */
const MAX_REPORTED = 20

const show = (v: unknown) => {
  const s = v === undefined ? 'nothing' : JSON.stringify(v)
  return s.length > 80 ? `${s.slice(0, 79)}…` : s
}

/** Collects the paths where `claimed` and `actual` differ, depth first, until `out` is full. */
function diff(claimed: unknown, actual: unknown, path: (string | number)[], out: Problem[]): void {
  if (out.length >= MAX_REPORTED || Object.is(claimed, actual)) return
  const bothArrays = Array.isArray(claimed) && Array.isArray(actual)
  const bothObjects =
    !bothArrays &&
    typeof claimed === 'object' &&
    typeof actual === 'object' &&
    claimed !== null &&
    actual !== null &&
    !Array.isArray(claimed) &&
    !Array.isArray(actual)
  if (bothArrays) {
    const [c, a] = [claimed as unknown[], actual as unknown[]]
    // A list of plain values reads best whole ("stances: [opposes], records give [supports]").
    const plain = (xs: unknown[]) => xs.every((x) => typeof x !== 'object' || x === null)
    if (plain(c) && plain(a)) {
      if (c.length !== a.length || c.some((x, i) => !Object.is(x, a[i])))
        differs(claimed, actual, path, out)
      return
    }
    for (let i = 0; i < Math.max(c.length, a.length); i++) diff(c[i], a[i], [...path, i], out)
    return
  }
  if (bothObjects) {
    const [c, a] = [claimed as Record<string, unknown>, actual as Record<string, unknown>]
    const keys = [...new Set([...Object.keys(a), ...Object.keys(c)])]
    for (const k of keys) diff(Object.hasOwn(c, k) ? c[k] : undefined, a[k], [...path, k], out)
    return
  }
  differs(claimed, actual, path, out)
}

function differs(claimed: unknown, actual: unknown, path: (string | number)[], out: Problem[]) {
  out.push({
    collection: 'derived',
    path,
    message: `${DISAGREEMENT} ${show(claimed)}, but its records give ${show(actual)}`,
  })
}

/**
 * Where a file's precomputed `derived` views disagree with what its own records give, computed by
 * the build's code. The graph layout (x, y) is the one thing taken on trust: it places nodes and
 * asserts nothing, so it is only checked to lie in the layout box.
 */
export function derivedDisagreements(d: Dataset, claimed: Derived): Problem[] {
  const out: Problem[] = []
  diff(claimed.reportedOn, computeReportedOn(d), ['reportedOn'], out)
  diff(claimed.span, computeSpan(d), ['span'], out)
  diff(claimed.matrix, computeMatrix(d), ['matrix'], out)
  const graph = computeGraphRecords(d)
  const unplaced = claimed.graph.nodes.map((n) => {
    const rest: Partial<typeof n> = { ...n }
    delete rest.x
    delete rest.y
    return rest
  })
  diff(unplaced, graph.nodes, ['graph', 'nodes'], out)
  diff(claimed.graph.edges, graph.edges, ['graph', 'edges'], out)
  claimed.graph.nodes.forEach((n, i) => {
    if (out.length >= MAX_REPORTED) return
    if (n.x < 0 || n.x > LAYOUT_WIDTH || n.y < 0 || n.y > LAYOUT_HEIGHT)
      out.push({
        collection: 'derived',
        path: ['graph', 'nodes', i],
        message: `lies at (${n.x}, ${n.y}), outside the layout box (0-${LAYOUT_WIDTH}, 0-${LAYOUT_HEIGHT})`,
      })
  })
  return out
}

/** Why a file with disagreeing `derived` views is refused, and what its author can do. */
/** How every disagreement's message starts, so a reader can tell it from a schema problem in `derived`. */
export const DISAGREEMENT = 'the file says'

export const DERIVED_ADVICE =
  'Its precomputed views (derived) do not match its own records, so they cannot be trusted. Remove "derived" from the file and Blueline computes them itself.'
