import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { format } from 'prettier'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDataset } from '../../scripts/build-dataset'
import { loadRealDataset } from '../test/dataset-fixture'
import { annotationFiles, unzipFiles, zipFiles } from './annotation-files'
import { mergeWorkspace } from './merge'
import { testEntries } from './test-entries'

const root = join(import.meta.dirname, '..', '..')
const base = loadRealDataset()
const temp = mkdtempSync(join(tmpdir(), 'blueline-roundtrip-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('Download annotations', () => {
  it('writes the published annotations with their content unchanged, formatted as Prettier leaves them', async () => {
    const files = await annotationFiles(mergeWorkspace(base, []))
    for (const [path, text] of files) {
      const repo = readFileSync(join(root, path), 'utf8')
      expect(JSON.parse(text), path).toEqual(JSON.parse(repo))
      // `npx prettier --check` passes on the file; objects an author spread over several lines that
      // would fit on one come out on one (Prettier keeps such line breaks only from its input).
      expect(await format(text, { parser: 'json', printWidth: 100 }), path).toBe(text)
    }
  })

  it('unzips over a copy of data/ into annotations the dataset build accepts unedited', async () => {
    cpSync(join(root, 'data'), join(temp, 'data'), { recursive: true })
    const zip = zipFiles(await annotationFiles(mergeWorkspace(base, testEntries())))
    for (const [path, text] of unzipFiles(zip)) {
      mkdirSync(dirname(join(temp, path)), { recursive: true })
      writeFileSync(join(temp, path), text)
    }
    const result = buildDataset({ root: temp, outDir: join(temp, 'out'), builtAt: null })
    if (!result.ok) throw new Error(result.messages.join('\n'))
    expect(result.dataset.positions.map((p) => p.id)).toContain('pos-lebanon-ceasefire-nov26')
    expect(result.dataset.sources.map((s) => s.id)).toContain('test-article-nov26')
    expect(readFileSync(join(temp, 'data/sources/005_test-article.txt'), 'utf8')).toContain(
      'BEIRUT:',
    )
  })

  it('refuses a file that is not a zip with a plain message', () => {
    expect(() => unzipFiles(new TextEncoder().encode('not a zip at all'))).toThrow(/not a zip/)
  })

  it('refuses a zip cut short (a broken download) with the same message, not a crash', () => {
    const whole = zipFiles(new Map([['data/annotations/actors.json', '[]\n'.repeat(2000)]]))
    const cut = whole.slice(0, Math.floor(whole.length / 2))
    expect(() => unzipFiles(cut)).toThrow(/not a zip file, or it is damaged/)
  })
})
