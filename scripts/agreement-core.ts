// Inter-coder agreement for position coding (issue 16; codebook section 9). Two codings are lined
// up by passage: same source, overlapping quote spans. Agreement on actor, issue and stance per
// passage is Krippendorff's alpha (nominal): it tolerates passages only one coder coded, small
// samples, and more than two coders, which Cohen's kappa does not. Kappa is reported beside it.
import { findClosestPassage } from '../src/dataset/closest-passage'

/** One coder's judgement of one passage. */
export interface CodedPassage {
  source: string
  quote: string
  actor: string
  issue: string
  stance: string
  /** Which record or entry it came from, for the list of disagreements. */
  ref: string
}

export interface Located extends CodedPassage {
  start: number
  end: number
  /** False when the quote is not verbatim and was placed on its closest passage. */
  verbatim: boolean
}

/** Places each quote in its article; a quote not found at all is returned in `missing`. */
export function locate(
  coded: CodedPassage[],
  texts: ReadonlyMap<string, string>,
): { located: Located[]; missing: CodedPassage[] } {
  const located: Located[] = []
  const missing: CodedPassage[] = []
  for (const c of coded) {
    const text = texts.get(c.source) ?? ''
    const at = text.indexOf(c.quote)
    if (at >= 0) {
      located.push({ ...c, start: at, end: at + c.quote.length, verbatim: true })
      continue
    }
    const near = text ? findClosestPassage(c.quote, text) : null
    if (near)
      located.push({ ...c, start: near.start, end: near.start + c.quote.length, verbatim: false })
    else missing.push(c)
  }
  return { located, missing }
}

export interface Alignment {
  pairs: [Located, Located][]
  onlyA: Located[]
  onlyB: Located[]
}

const overlap = (a: Located, b: Located) =>
  a.source === b.source ? Math.min(a.end, b.end) - Math.max(a.start, b.start) : 0

/**
 * Pairs passages of coder A with passages of coder B that overlap in the same source, each used
 * at most once. Among overlapping candidates, pairs that agree on actor, then issue, are taken
 * first (a passage that names two actors is two codings, matched to their counterparts), then the
 * larger overlap relative to the shorter quote, then the larger overlap in characters.
 */
export function align(a: Located[], b: Located[]): Alignment {
  const candidates: { i: number; j: number; score: number; o: number }[] = []
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const o = overlap(x, y)
      if (o <= 0) return
      const share = o / Math.min(x.end - x.start, y.end - y.start)
      const score = (x.actor === y.actor ? 4 : 0) + (x.issue === y.issue ? 2 : 0) + share
      candidates.push({ i, j, score, o })
    }),
  )
  candidates.sort((p, q) => q.score - p.score || q.o - p.o || p.i - q.i || p.j - q.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: [Located, Located][] = []
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue
    usedA.add(c.i)
    usedB.add(c.j)
    pairs.push([a[c.i]!, b[c.j]!])
  }
  return {
    pairs,
    onlyA: a.filter((_, i) => !usedA.has(i)),
    onlyB: b.filter((_, j) => !usedB.has(j)),
  }
}

/**
 * Krippendorff's alpha for nominal data. Each unit lists the values its coders gave; units with
 * fewer than two values cannot be paired and drop out, as the coefficient prescribes. NaN when no
 * unit can be paired: there is nothing to measure.
 */
export function krippendorffAlpha(units: readonly (readonly string[])[]): number {
  const o = new Map<string, number>()
  const nc = new Map<string, number>()
  for (const values of units) {
    const m = values.length
    if (m < 2) continue
    values.forEach((c, i) =>
      values.forEach((k, j) => {
        if (i === j) return
        o.set(`${c}\u0000${k}`, (o.get(`${c}\u0000${k}`) ?? 0) + 1 / (m - 1))
        nc.set(c, (nc.get(c) ?? 0) + 1 / (m - 1))
      }),
    )
  }
  const n = [...nc.values()].reduce((s, v) => s + v, 0)
  if (n === 0) return NaN
  let observed = 0
  for (const [key, v] of o) {
    const [c, k] = key.split('\u0000')
    if (c !== k) observed += v
  }
  const expected = n * n - [...nc.values()].reduce((s, v) => s + v * v, 0)
  if (expected === 0) return observed === 0 ? 1 : 0
  return 1 - ((n - 1) * observed) / expected
}

/** Cohen's kappa for two coders who both coded every unit. */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length
  if (n === 0) return NaN
  const agree = pairs.filter(([x, y]) => x === y).length / n
  const count = (side: 0 | 1, v: string) => pairs.filter((p) => p[side] === v).length / n
  const values = new Set(pairs.flat())
  const chance = [...values].reduce((s, v) => s + count(0, v) * count(1, v), 0)
  return chance === 1 ? 1 : (agree - chance) / (1 - chance)
}

/** Rows: coder A's value; columns: coder B's; cells: passages. */
export function confusion(
  pairs: readonly (readonly [string, string])[],
  order: readonly string[],
): number[][] {
  return order.map((r) => order.map((c) => pairs.filter(([x, y]) => x === r && y === c).length))
}
