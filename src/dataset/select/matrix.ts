import type { LoadedDataset } from '../dataset-schema'
import type { Actor, Issue, Position, Stance } from '../schema'
import type { RecordFilter } from './record-filter'
import { indexDataset } from './index-dataset'
import { lastDay } from '../when'

export interface MatrixViewCell {
  actor: Actor
  issue: Issue
  /** Stances in force at the end of the range; empty when the articles say nothing by then. */
  stances: Stance[]
  /** The positions behind those stances. */
  current: Position[]
  /** Every position up to the end of the range, oldest first. */
  history: Position[]
  changedInRange: boolean
  disputed: boolean
  inferred: boolean
  /** Stances in force that every position behind them only implies (codebook R-implied). */
  impliedStances: Stance[]
  /** A position in force is dated by a range that runs past the end of the filter. */
  partlyInRange: boolean
  /** The selected person voiced one of the positions in force. */
  voicedBySelectedPerson: boolean
}

export interface MatrixView {
  actors: Actor[]
  issues: Issue[]
  cell: (actor: string, issue: string) => MatrixViewCell
}

/** The stances for which no position in force says it in words: each one behind it is implied. */
function impliedStances(stances: readonly Stance[], current: readonly Position[]): Stance[] {
  return stances.filter((s) => {
    const behind = current.filter((p) => p.stance === s)
    return behind.length > 0 && behind.every((p) => p.reading === 'implied')
  })
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

type RawCell = LoadedDataset['derived']['matrix'][number]

/** What does not depend on the filter: rows, columns and the derived cells by key. Built once per dataset. */
interface MatrixFrame {
  actors: Actor[]
  issues: Issue[]
  cells: Map<string, RawCell>
}
const frames = new WeakMap<LoadedDataset, MatrixFrame>()

function matrixFrame(d: LoadedDataset): MatrixFrame {
  const hit = frames.get(d)
  if (hit) return hit
  const withStance = new Set(d.positions.map((p) => p.actor))
  const issuesWithStance = new Set(d.positions.map((p) => p.issue))
  const frame = {
    actors: d.actors
      .filter((a) => a.main || withStance.has(a.id))
      .sort((a, b) => Number(b.main) - Number(a.main)),
    issues: d.issues.filter((i) => issuesWithStance.has(i.id)),
    cells: new Map(d.derived.matrix.map((c) => [`${c.actor}|${c.issue}`, c])),
  }
  frames.set(d, frame)
  return frame
}

/**
 * The matrix as of the end of the date range: rows are the main stakeholders, then any other actor
 * with a stance; columns are issues with any stance. Rows and columns do not move with the filter.
 * Cells are computed on first ask and kept, so a grid that draws only the cells in view (a large
 * dataset) pays only for those, and asking twice gives the same object.
 */
export function selectMatrix(
  d: LoadedDataset,
  f: Pick<RecordFilter, 'from' | 'to' | 'person'>,
): MatrixView {
  const ix = indexDataset(d)
  const { actors, issues, cells } = matrixFrame(d)
  const computed = new Map<string, MatrixViewCell>()

  const compute = (actorId: string, issueId: string): MatrixViewCell => {
    const actor = ix.actors.get(actorId)!
    const issue = ix.issues.get(issueId)!
    const raw = cells.get(`${actorId}|${issueId}`)
    const changes = (raw?.changes ?? []).filter((c) => c.date <= f.to)
    const last = changes.at(-1)
    // A change inside the range to stances other than those in force just before it, whether
    // that was before the range or inside it: a range from the first date still shows changes.
    const current = (last?.positions ?? []).map((id) => ix.positions.get(id)!).filter(Boolean)
    const history = changes
      .flatMap((c) => c.positions.map((id) => ix.positions.get(id)!))
      .filter(Boolean)
    return {
      actor,
      issue,
      stances: last?.stances ?? [],
      current,
      history,
      changedInRange: changes.some(
        (c, i) => i > 0 && c.date >= f.from && !sameSet(c.stances, changes[i - 1]!.stances),
      ),
      disputed: (raw?.disputes.length ?? 0) > 0 && history.some((p) => ix.disputesOf.has(p.id)),
      inferred: current.some((p) => p.when.inferred),
      impliedStances: impliedStances(last?.stances ?? [], current),
      partlyInRange: current.some((p) => lastDay(p.when) > f.to),
      voicedBySelectedPerson: !!f.person && current.some((p) => p.speaker.person === f.person),
    }
  }
  const cell = (actorId: string, issueId: string): MatrixViewCell => {
    const key = `${actorId}|${issueId}`
    let c = computed.get(key)
    if (!c) computed.set(key, (c = compute(actorId, issueId)))
    return c
  }
  return { actors, issues, cell }
}

/** Everything a cell shows, as one string: equal strings draw the same cell. */
export function cellSignature(c: MatrixViewCell): string {
  const implied = c.impliedStances.length ? `~${c.impliedStances.join('+')}` : ''
  return `${c.stances.join('+')}${implied}${c.changedInRange ? 'Δ' : ''}${c.disputed ? '!' : ''}${c.inferred ? '°' : ''}${c.partlyInRange ? '↔' : ''}${c.voicedBySelectedPerson ? 'v' : ''}`
}

/** A stance as the accessible name and the export say it: "supports", or "supports (implied)". */
export function stanceWords(c: Pick<MatrixViewCell, 'stances' | 'impliedStances'>): string {
  return c.stances.map((s) => (c.impliedStances.includes(s) ? `${s} (implied)` : s)).join(' and ')
}

/** "Israel on UNSC Resolution 1701: conditional" — the accessible name of a matrix cell. */
export function cellLabel(c: MatrixViewCell): string {
  const stance = c.stances.length ? stanceWords(c) : 'no stance reported'
  const marks = [
    c.changedInRange ? 'changed in range' : '',
    c.disputed ? 'disputed' : '',
    c.partlyInRange ? 'dated by a range running past the end of the filter' : '',
  ].filter(Boolean)
  return `${c.actor.name} on ${c.issue.label}: ${stance}${marks.length ? ` (${marks.join(', ')})` : ''}`
}
