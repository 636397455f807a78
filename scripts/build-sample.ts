/**
 * `npm run sample`: writes public/samples/two-articles.json, the committed sample an analyst can
 * open with "Open dataset…". It is the real dataset cut to two of its articles: every record
 * whose quotes all come from those two, and whose people and issues survive the cut, unchanged.
 * Records are dropped whole, never trimmed, so no summary outlives the quotes it rests on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Annotations, Evidence } from '../src/dataset/schema'
import { ANNOTATION_COLLECTIONS } from '../src/dataset/collections'
import { buildDataset } from './build-dataset'

/** The pair of articles whose records reach every view (positions, figures, a meeting, a dispute). */
export const SAMPLE_SOURCES = ['blinken-progress-oct31', 'ft-hochstein-nov21']
export const SAMPLE_PATH = 'public/samples/two-articles.json'

type Collections = Omit<Annotations, 'title' | 'sources'>

/** The annotation collections cut to records that cite only `keep` and refer only to kept records. */
export function cutToSources(a: Collections, keep: ReadonlySet<string>): Collections {
  const cites = (evidence: Evidence[]) => evidence.every((e) => keep.has(e.source))
  const people = a.people.filter((p) => cites(p.evidence))
  const issues = a.issues.filter((i) => cites(i.evidence))
  const person = new Set(people.map((p) => p.id))
  const issue = new Set(issues.map((i) => i.id))
  const knownPerson = (id: string | undefined) => id === undefined || person.has(id)
  const positions = a.positions.filter(
    (p) => cites(p.evidence) && issue.has(p.issue) && knownPerson(p.speaker.person),
  )
  const casualties = a.casualties.filter((c) => cites(c.evidence) && knownPerson(c.claimant.person))
  const meetings = a.meetings.filter(
    (m) =>
      cites(m.evidence) &&
      m.issues.every((i) => issue.has(i)) &&
      m.sides.every((side) => side.every((p) => knownPerson(p.person))),
  )
  const events = a.events.filter((e) => cites(e.evidence))
  const kept = new Set([...positions, ...casualties, ...meetings, ...events].map((r) => r.id))
  const disputes = a.disputes.filter((d) =>
    d.sides.every((s) => cites(s.evidence) && s.records.every((r) => kept.has(r))),
  )
  // Actors and populations cite nothing; unused ones are harmless and keep the matrix's rows.
  return { ...a, people, issues, positions, casualties, meetings, events, disputes }
}

function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
  const work = mkdtempSync(join(tmpdir(), 'blueline-sample-'))
  try {
    cpSync(join(root, 'data'), join(work, 'data'), { recursive: true })
    const ann = join(work, 'data', 'annotations')
    const read = (name: string) => JSON.parse(readFileSync(join(ann, name), 'utf8')) as unknown
    const keep = new Set(SAMPLE_SOURCES)
    const all = Object.fromEntries(
      ANNOTATION_COLLECTIONS.map((n) => [n, read(`${n}.json`)]),
    ) as Collections
    const cut = cutToSources(all, keep)
    for (const n of ANNOTATION_COLLECTIONS)
      writeFileSync(join(ann, `${n}.json`), JSON.stringify(cut[n]))
    const meta = read('meta.json') as { title: string }
    writeFileSync(
      join(ann, 'meta.json'),
      JSON.stringify({ ...meta, title: `${meta.title} (sample: two articles)` }),
    )
    const sourcesPath = join(work, 'data', 'sources', 'sources.json')
    const sources = JSON.parse(readFileSync(sourcesPath, 'utf8')) as { id: string }[]
    writeFileSync(sourcesPath, JSON.stringify(sources.filter((s) => keep.has(s.id))))

    // builtAt null: the sample's bytes depend on data/ only, so rebuilding it shows no diff.
    const result = buildDataset({ root: work, outDir: join(work, 'out'), builtAt: null })
    if (!result.ok) {
      console.error(`Sample build failed:\n${result.messages.map((m) => `  ${m}`).join('\n')}`)
      process.exit(1)
    }
    const d = result.dataset
    writeFileSync(join(root, SAMPLE_PATH), JSON.stringify(d, null, 1) + '\n')
    console.error(
      `wrote ${SAMPLE_PATH}: ${d.positions.length} positions, ${d.casualties.length} casualty figures, ${d.meetings.length} meetings, ${d.events.length} events, ${d.disputes.length} disputes from ${d.sources.length} sources`,
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
