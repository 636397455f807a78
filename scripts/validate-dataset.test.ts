import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from './generate-dataset'
import { validateFile } from './validate-dataset'

const dir = mkdtempSync(join(tmpdir(), 'blueline-validate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('npm run validate', () => {
  it('exits 0 on a valid dataset', () => {
    const result = validateFile(file('good.json', JSON.stringify(generateDataset(0.05, 1))))
    expect(result.code).toBe(0)
    expect(result.lines[0]).toMatch(/good\.json: valid \(10 positions/)
  })

  it('exits 1 with the same messages as the app', () => {
    const d = generateDataset(0.05, 1)
    d.positions[0]!.evidence[0]!.quote = 'not in any article'
    const result = validateFile(file('bad.json', JSON.stringify(d)))
    expect(result.code).toBe(1)
    expect(result.lines).toEqual([
      expect.stringMatching(/bad\.json: 1 problem/),
      expect.stringContaining(
        'positions[0].evidence[0].quote (record "pos-0"): quote is not verbatim',
      ),
    ])
  })

  it('exits 1 on a file whose derived views disagree with its records (issue 17, defect 1)', () => {
    const d = generateDataset(0.05, 1)
    d.derived!.matrix[0]!.changes[0]!.stances = ['opposes', 'supports']
    const result = validateFile(file('lying.json', JSON.stringify(d)))
    expect(result.code).toBe(1)
    expect(result.lines).toEqual([
      expect.stringMatching(/lying\.json: 1 problem/),
      expect.stringMatching(/^ {2}derived\.matrix\[0\]\.changes\[0\]\.stances: the file says/),
      expect.stringContaining('Remove "derived" from the file'),
    ])
  })

  it('exits 1 on unreadable and malformed files', () => {
    expect(validateFile(join(dir, 'missing.json'))).toEqual({
      code: 1,
      lines: [expect.stringContaining('cannot be read')],
    })
    expect(validateFile(file('trunc.json', '{"schemaVersion": 1,')).lines[0]).toContain(
      'not valid JSON',
    )
  })
})
