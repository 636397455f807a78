import { describe, expect, it } from 'vitest'
import { datasetLine } from './provenance'

describe('datasetLine', () => {
  it('names an imported dataset by its address and the hash of its bytes, with no build date', () => {
    expect(
      datasetLine(
        { kind: 'link', origin: 'https://data.example.org/x.json', hash: '0123456789ab' },
        '2026-11-22T00:00:00.000Z',
      ),
    ).toBe(
      'Blueline dataset: imported from https://data.example.org/x.json, content SHA-256 0123456789ab',
    )
  })

  it('names a file opened from disk as imported, by its name', () => {
    expect(datasetLine({ kind: 'file', origin: 'mine.json', hash: 'ab' }, null)).toBe(
      'Blueline dataset: imported from the file “mine.json”, content SHA-256 ab',
    )
  })

  it('gives the built-in dataset its build date', () => {
    expect(
      datasetLine(
        { kind: 'built-in', origin: '/data/dataset.json', hash: 'cd' },
        '2026-11-22T00:00:00Z',
      ),
    ).toBe('Blueline dataset: the built-in dataset, content SHA-256 cd, built 2026-11-22')
  })
})
