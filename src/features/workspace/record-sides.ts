import type { Dispute, Evidence, Meeting } from '../../dataset/schema'
import type { FieldProblem } from '../../workspace/article'

// The meeting and dispute forms edit lists of sides; these pure functions turn the form's rows into
// the schema's shape and say which row is wrong, so the rules are unit-tested without React.

/** `First side`, `Second side` ... : the name a side goes by in labels and messages. */
export function sideName(index: number): string {
  const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth']
  const ordinal = ordinals[index]
  return ordinal ? `${ordinal} side` : `Side ${index + 1}`
}

export type Participant = Meeting['sides'][number][number]

/** One participant row: a person from the dataset, or a body (optionally with its actor). */
export interface ParticipantRow {
  person: string
  body: string
  actor: string
}

export const emptyParticipant = (): ParticipantRow => ({ person: '', body: '', actor: '' })

export const participantRow = (p: Participant): ParticipantRow => ({
  person: p.person ?? '',
  body: p.body ?? '',
  actor: p.actor ?? '',
})

/** The participant a row describes, or null when it names neither a person nor a body. */
export function toParticipant(row: ParticipantRow): Participant | null {
  const body = row.body.trim()
  if (!row.person && !body) return null
  return {
    ...(row.person ? { person: row.person } : {}),
    ...(body ? { body } : {}),
    ...(row.actor ? { actor: row.actor } : {}),
  }
}

/** The meeting's sides from the form's rows, with a problem for each row that names nobody. */
export function meetingSides(rows: readonly (readonly ParticipantRow[])[]): {
  sides: Participant[][]
  problems: FieldProblem[]
} {
  const problems: FieldProblem[] = []
  const sides = rows.map((side, s) => {
    if (!side.length) problems.push({ field: sideName(s), message: 'add who took part' })
    return side.flatMap((row, r) => {
      const p = toParticipant(row)
      if (!p)
        problems.push({
          field: `${sideName(s)}, participant ${r + 1}`,
          message: 'choose a person or name a body (or remove this participant)',
        })
      return p ? [p] : []
    })
  })
  if (rows.length < 2)
    problems.push({ field: 'Sides', message: 'a meeting has at least two sides' })
  return { sides, problems }
}

/** One side of a dispute as the form holds it: who says it, the records resting on it. */
export interface DisputeSideRow {
  label: string
  records: string[]
  /** The side's quotes as stored (empty for a side added in this form). */
  evidence: Evidence[]
}

/**
 * The dispute's sides: the quote being annotated sits on side `quoteSide` (and leaves any other
 * side it sat on); a new side without quotes takes the first quote of each record it rests on.
 */
export function disputeSides(
  rows: readonly DisputeSideRow[],
  quote: Evidence,
  quoteSide: number,
  evidenceOf: (recordId: string) => Evidence | undefined,
): { sides: Dispute['sides']; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const same = (e: Evidence) => e.source === quote.source && e.quote === quote.quote
  const sides = rows.map((row, s) => {
    const records = [...new Set(row.records.filter(Boolean))]
    let evidence = row.evidence.filter((e) => !same(e))
    if (s === quoteSide) evidence.push(quote)
    if (!evidence.length)
      evidence = records
        .flatMap((id) => evidenceOf(id) ?? [])
        .filter((e, i, all) => {
          return all.findIndex((x) => x.source === e.source && x.quote === e.quote) === i
        })
    if (!row.label.trim())
      problems.push({ field: `${sideName(s)} label`, message: 'say who holds this side' })
    if (!evidence.length)
      problems.push({
        field: `${sideName(s)} records`,
        message: 'choose a record this side rests on, or put the quote on this side',
      })
    return { label: row.label.trim(), records, evidence }
  })
  if (rows.length < 2)
    problems.push({ field: 'Sides', message: 'a dispute has at least two sides' })
  return { sides, problems }
}
