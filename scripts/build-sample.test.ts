import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Annotations } from '../src/dataset/schema'
import { cutToSources, SAMPLE_PATH, SAMPLE_SOURCES } from './build-sample'
import { validateFile } from './validate-dataset'

const read = (name: string) =>
  JSON.parse(readFileSync(join('data', 'annotations', `${name}.json`), 'utf8')) as unknown

describe('the committed sample dataset', () => {
  // A schema change the sample no longer meets fails here: rebuild it with `npm run sample`.
  it('passes npm run validate', () => {
    const result = validateFile(SAMPLE_PATH)
    expect(result.lines).toEqual([expect.stringMatching(/: valid \(/)])
    expect(result.code).toBe(0)
  })

  it('holds exactly the two articles it is cut to', () => {
    const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { sources: { id: string }[] }
    expect(sample.sources.map((s) => s.id).sort()).toEqual([...SAMPLE_SOURCES].sort())
  })
})

describe('cutToSources', () => {
  const names = ['actors', 'people', 'issues', 'populations', 'positions', 'casualties']
  const all = Object.fromEntries(
    [...names, 'meetings', 'disputes', 'events'].map((n) => [n, read(n)]),
  ) as Omit<Annotations, 'title' | 'sources'>
  const keep = new Set(SAMPLE_SOURCES)
  const cut = cutToSources(all, keep)

  it('keeps only records whose every quote comes from a kept article', () => {
    const records: { evidence: { source: string }[] }[] = [
      ...cut.people,
      ...cut.issues,
      ...cut.positions,
      ...cut.casualties,
      ...cut.meetings,
      ...cut.events,
      ...cut.disputes.flatMap((d) => d.sides),
    ]
    const cited = records.flatMap((r) => r.evidence.map((e) => e.source))
    expect(new Set(cited)).toEqual(keep)
    expect(cut.positions.length).toBeLessThan(all.positions.length)
  })

  it('drops a record that also cites another article, whole', () => {
    const mixed = all.positions.find(
      (p) =>
        p.evidence.some((e) => keep.has(e.source)) && !p.evidence.every((e) => keep.has(e.source)),
    )
    expect(mixed).toBeDefined()
    expect(cut.positions.map((p) => p.id)).not.toContain(mixed!.id)
  })

  it('keeps a dispute only while every record it points at is kept', () => {
    const base = cut.disputes[0]!
    const pointingAt = (id: string) => ({
      ...all,
      disputes: [{ ...base, sides: base.sides.map((side) => ({ ...side, records: [id] })) }],
    })
    expect(cutToSources(pointingAt(cut.positions[0]!.id), keep).disputes).toHaveLength(1)
    const dropped = all.positions.find((p) => !cut.positions.includes(p))!
    expect(cutToSources(pointingAt(dropped.id), keep).disputes).toHaveLength(0)
  })
})
