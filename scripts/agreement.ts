/**
 * `npm run agreement [-- --second FILE]`: measures how far a second, blind coding of the articles
 * agrees with data/annotations/positions.json, passage by passage (codebook section 9), and prints
 * the figures, the stance confusion table and every disagreement as Markdown. Exits 1 when the
 * second coding cannot be read or names a passage that is not in its article.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { STANCE_ORDER } from '../src/dataset/vocabulary'
import {
  align,
  cohensKappa,
  confusion,
  krippendorffAlpha,
  locate,
  type Alignment,
  type CodedPassage,
  type Located,
} from './agreement-core'

const root = join(import.meta.dirname, '..')
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown

interface Position {
  id: string
  actor: string
  issue: string
  stance: string
  evidence: { source: string; quote: string }[]
}
interface SecondCoding {
  source: string
  quote: string
  actor: string
  issue: string
  stance: string
  note?: string
}

/** Every quote of every position is one coded passage of the first coding. */
export function firstCoding(positions: Position[]): CodedPassage[] {
  return positions.flatMap((p) =>
    p.evidence.map((e) => ({ ...e, actor: p.actor, issue: p.issue, stance: p.stance, ref: p.id })),
  )
}

export function secondCoding(entries: SecondCoding[]): CodedPassage[] {
  return entries.map((e, i) => ({
    source: e.source,
    quote: e.quote,
    actor: e.actor,
    issue: e.issue,
    stance: e.stance,
    ref: `second[${i}]${e.note ? ` (${e.note})` : ''}`,
  }))
}

type Field = 'actor' | 'issue' | 'stance'
const values = (pairs: [Located, Located][], f: Field) =>
  pairs.map(([a, b]) => [a[f], b[f]] as [string, string])
const pct = (x: number) => `${(100 * x).toFixed(0)}%`
const fix = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2))

/** The agreement figures and tables as Markdown. */
export function report(al: Alignment, nonVerbatim: number): string {
  const sameTopic = al.pairs.filter(([a, b]) => a.actor === b.actor && a.issue === b.issue)
  const rows: [string, [string, string][]][] = [
    ['actor', values(al.pairs, 'actor')],
    ['issue', values(al.pairs, 'issue')],
    ['stance (same actor and issue)', values(sameTopic, 'stance')],
    ['stance (every paired passage)', values(al.pairs, 'stance')],
  ]
  const lines = [
    `Passages: ${al.pairs.length + al.onlyA.length} in positions.json, ${al.pairs.length + al.onlyB.length} in the second coding; ${al.pairs.length} paired, ${al.onlyA.length} coded only in positions.json, ${al.onlyB.length} only in the second coding${nonVerbatim ? `; ${nonVerbatim} second-coding quotes not verbatim (placed on their closest passage)` : ''}.`,
    '',
    '| agreement on | passages | observed | Krippendorff α | Cohen κ |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, v]) => {
      const agree = v.filter(([x, y]) => x === y).length / Math.max(1, v.length)
      return `| ${name} | ${v.length} | ${pct(agree)} | ${fix(krippendorffAlpha(v))} | ${fix(cohensKappa(v))} |`
    }),
    '',
    'Stance, same actor and issue (rows: positions.json; columns: second coding):',
    '',
    `| | ${STANCE_ORDER.join(' | ')} |`,
    `| --- | ${STANCE_ORDER.map(() => '---:').join(' | ')} |`,
    ...confusion(values(sameTopic, 'stance'), STANCE_ORDER).map(
      (r, i) => `| ${STANCE_ORDER[i]} | ${r.join(' | ')} |`,
    ),
  ]
  return lines.join('\n')
}

/** Every paired passage the coders read differently, and every passage only one of them coded. */
export function disagreements(al: Alignment): string {
  const diff = al.pairs.filter(
    ([a, b]) => a.actor !== b.actor || a.issue !== b.issue || a.stance !== b.stance,
  )
  const show = (x: Located) => `${x.actor} × ${x.issue}: ${x.stance}`
  return [
    ...diff.map(
      ([a, b]) =>
        `- ${a.source} «${b.quote}»: ${a.ref} ${show(a)}; second coding ${show(b)}${b.ref.includes('(') ? ` ${b.ref.slice(b.ref.indexOf('('))}` : ''}`,
    ),
    ...al.onlyA.map((a) => `- only positions.json: ${a.ref} ${show(a)} «${a.quote}»`),
    ...al.onlyB.map((b) => `- only second coding: ${show(b)} «${b.quote}» ${b.ref}`),
  ].join('\n')
}

function main() {
  const { values: args } = parseArgs({
    options: { second: { type: 'string', default: 'data/coding/second-coder-positions.json' } },
  })
  const sources = readJson(join(root, 'data/sources/sources.json')) as {
    id: string
    file: string
  }[]
  const texts = new Map(
    sources.map((s) => [s.id, readFileSync(join(root, 'data/sources', s.file), 'utf8')]),
  )
  const positions = readJson(join(root, 'data/annotations/positions.json')) as Position[]
  let second: SecondCoding[]
  try {
    second = readJson(resolve(args.second)) as SecondCoding[]
  } catch (e) {
    console.error(`cannot read the second coding ${args.second}: ${(e as Error).message}`)
    process.exit(1)
  }
  const a = locate(firstCoding(positions), texts)
  const b = locate(secondCoding(second), texts)
  const missing = [...a.missing, ...b.missing]
  if (missing.length) {
    for (const m of missing)
      console.error(`${m.ref}: passage not found in source "${m.source}": ${m.quote}`)
    process.exit(1)
  }
  const al = align(a.located, b.located)
  const nonVerbatim = b.located.filter((x) => !x.verbatim)
  for (const x of nonVerbatim)
    console.error(`${x.ref}: quote not verbatim in "${x.source}": ${x.quote}`)
  console.log(report(al, nonVerbatim.length))
  console.log('\nDisagreements:\n')
  console.log(disagreements(al))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
