import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force'
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force'
import type { GraphEdge, GraphNode } from './dataset-schema'
import { LAYOUT_HEIGHT, LAYOUT_WIDTH } from './layout-box'

const MARGIN = 60

type SimNode = Omit<GraphNode, 'x' | 'y'> & SimulationNodeDatum

/** A small linear congruential generator, so the force layout is the same on every build. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * Runs d3-force to a fixed number of ticks with a seeded random source, pulling each
 * affiliation toward its own anchor on a circle so delegations sit together.
 */
export function layoutGraph(
  nodes: Omit<GraphNode, 'x' | 'y'>[],
  edges: GraphEdge[],
  actorOrder: string[],
): GraphNode[] {
  if (nodes.length === 0) return []
  const sim: SimNode[] = nodes.map((n) => ({ ...n }))
  const links: SimulationLinkDatum<SimNode>[] = edges.map((e) => ({
    source: e.source,
    target: e.target,
  }))
  const actors = [...new Set(nodes.map((n) => n.actor ?? ''))].sort(
    (x, y) => rank(x) - rank(y) || x.localeCompare(y),
  )
  function rank(actor: string) {
    const i = actorOrder.indexOf(actor)
    return i === -1 ? actorOrder.length : i
  }
  const radius = 260
  const anchor = new Map(
    actors.map((actor, i) => {
      const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2
      return [actor, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }] as const
    }),
  )
  // Large graphs get fewer ticks and no collision pass: the build must stay near-linear (x100 under 5 s).
  const large = sim.length > 400
  const ticks = large ? Math.max(30, Math.round((400 * 400) / sim.length)) : 400
  const simulation = forceSimulation(sim)
    .randomSource(seededRandom(1701))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(110)
        .strength(0.08),
    )
    .force(
      'charge',
      forceManyBody()
        .strength(-420)
        .theta(large ? 1.5 : 0.9)
        .distanceMax(large ? 250 : Infinity),
    )
    .force('collide', large ? null : forceCollide(48))
    .force('x', forceX<SimNode>((d) => anchor.get(d.actor ?? '')?.x ?? 0).strength(0.12))
    .force('y', forceY<SimNode>((d) => anchor.get(d.actor ?? '')?.y ?? 0).strength(0.12))
    .stop()
  simulation.tick(ticks)

  const xs = sim.map((n) => n.x ?? 0)
  const ys = sim.map((n) => n.y ?? 0)
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ]
  const scale = Math.min(
    (LAYOUT_WIDTH - 2 * MARGIN) / (maxX - minX || 1),
    (LAYOUT_HEIGHT - 2 * MARGIN) / (maxY - minY || 1),
  )
  const round = (v: number) => Math.round(v * 10) / 10
  return nodes.map((n, i) => ({
    ...n,
    x: round(LAYOUT_WIDTH / 2 + ((xs[i] ?? 0) - (minX + maxX) / 2) * scale),
    y: round(LAYOUT_HEIGHT / 2 + ((ys[i] ?? 0) - (minY + maxY) / 2) * scale),
  }))
}
