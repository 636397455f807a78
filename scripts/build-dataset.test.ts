import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from './build-dataset'

const root = join(import.meta.dirname, '..')
const temps: string[] = []
function copyOfData() {
  const dir = mkdtempSync(join(tmpdir(), 'blueline-build-'))
  temps.push(dir)
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true })
  return dir
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('buildDataset', () => {
  it('writes byte-identical output for the same input', () => {
    const dir = copyOfData()
    const first = buildDataset({ root: dir, outDir: join(dir, 'a'), builtAt: null })
    const second = buildDataset({ root: dir, outDir: join(dir, 'b'), builtAt: null })
    expect(first.ok && second.ok).toBe(true)
    expect(readFileSync(join(dir, 'a', 'dataset.json'))).toEqual(
      readFileSync(join(dir, 'b', 'dataset.json')),
    )
    expect(JSON.parse(readFileSync(join(dir, 'a', 'dataset.schema.json'), 'utf8'))).toHaveProperty(
      'properties.positions',
    )
  })

  it('names the file and record on a corrupted annotation and writes nothing', () => {
    const dir = copyOfData()
    const file = join(dir, 'data', 'annotations', 'meetings.json')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"person": "barnea"', '"person": "barnia"'),
    )
    const result = buildDataset({ root: dir, outDir: join(dir, 'out'), builtAt: null })
    expect(result).toEqual({
      ok: false,
      messages: [
        'data/annotations/meetings.json: meetings[0].sides[1][4].person (record "meet-jerusalem-oct31"): unknown person "barnia"',
      ],
    })
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('refuses an implied position without the note saying what it is read from', () => {
    const dir = copyOfData()
    const file = join(dir, 'data', 'annotations', 'positions.json')
    const positions = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[]
    const i = positions.findIndex((p) => p.id === 'pos-israel-laf-oct31')
    expect(positions[i]!.reading).toBe('implied')
    delete positions[i]!.ambiguity
    writeFileSync(file, JSON.stringify(positions))
    const result = buildDataset({ root: dir, outDir: join(dir, 'out'), builtAt: null })
    expect(result).toEqual({
      ok: false,
      messages: [
        `data/annotations/positions.json: positions[${i}].ambiguity (record "pos-israel-laf-oct31"): an implied position needs an \`ambiguity\` note saying what the stance is read from`,
      ],
    })
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('reports truncated JSON with the file name', () => {
    const dir = copyOfData()
    const file = join(dir, 'data', 'annotations', 'events.json')
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200))
    const result = buildDataset({ root: dir, outDir: join(dir, 'out'), builtAt: null })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.messages[0]).toMatch(
      /^data\/annotations\/events\.json: not valid JSON/,
    )
  })
})
