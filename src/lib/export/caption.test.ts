import { describe, expect, it } from 'vitest'
import { citationLines, dateSpan, filterLine, sourceLine, type CaptionInfo } from './caption'
import { exportFileName } from './file-name'

const source = (published: string, title = 'T') => ({
  title,
  outlet: null,
  published,
  inferred: false,
})

const info: CaptionInfo = {
  title: 'Position matrix',
  from: '2024-10-30',
  to: '2024-11-21',
  focus: ['actor United States'],
  selection: 'United States on ceasefire',
  datasetVersion: '0eddd5ff7b49',
  importedFrom: null,
  dataset: 'Blueline dataset: the built-in dataset, content SHA-256 0eddd5ff7b49, built 2026-11-22',
  sources: [
    source('2024-10-31', 'Blinken reports good progress'),
    {
      ...source('2024-11-21', 'Hochstein to meet Netanyahu'),
      outlet: 'Financial Times',
      inferred: true,
    },
    source('2024-11-01'),
  ],
}

describe('sourceLine', () => {
  it('counts the articles, spans their dates and names the dataset version, on one line', () => {
    expect(sourceLine(info)).toBe(
      'Sources: 3 articles, 31 Oct-21 Nov 2024 · Blueline dataset 0eddd5f',
    )
  })
  it('names an imported dataset by where it came from', () => {
    expect(sourceLine({ ...info, importedFrom: 'https://example.org/d.json' })).toBe(
      'Sources: 3 articles, 31 Oct-21 Nov 2024 · Blueline dataset 0eddd5f imported from https://example.org/d.json',
    )
  })
  it('says when nothing is cited, and writes one article in the singular', () => {
    expect(sourceLine({ ...info, sources: [] })).toBe(
      'Sources: no article (nothing shown) · Blueline dataset 0eddd5f',
    )
    expect(sourceLine({ ...info, sources: [source('2024-11-03')] })).toBe(
      'Sources: 1 article, 3 Nov 2024 · Blueline dataset 0eddd5f',
    )
  })
})

describe('dateSpan', () => {
  it('gives the year once within a year, twice across one', () => {
    expect(dateSpan('2024-10-31', '2024-11-21')).toBe('31 Oct-21 Nov 2024')
    expect(dateSpan('2024-12-30', '2025-01-02')).toBe('30 Dec 2024-2 Jan 2025')
  })
})

describe('filterLine and citationLines', () => {
  it('say the range, focus and selection in words', () => {
    expect(filterLine(info)).toBe(
      '30 Oct 2024 – 21 Nov 2024 · focus: actor United States · selected: United States on ceasefire',
    )
  })
  it('number every article with outlet and date, then the dataset', () => {
    expect(citationLines(info)).toEqual([
      '1. “Blinken reports good progress” (outlet not stated, 31 Oct 2024)',
      '2. “Hochstein to meet Netanyahu” (Financial Times, 21 Nov 2024, date inferred)',
      '3. “T” (outlet not stated, 1 Nov 2024)',
      'Blueline dataset: the built-in dataset, content SHA-256 0eddd5ff7b49, built 2026-11-22',
    ])
  })
})

describe('exportFileName', () => {
  it('names the view and the date range', () => {
    expect(exportFileName('matrix', '2024-10-30', '2024-11-21', 'png')).toBe(
      'blueline-matrix-2024-10-30_2024-11-21.png',
    )
    expect(exportFileName('Evidence panel', '2024-10-30', '2024-11-21', 'csv')).toBe(
      'blueline-evidence-panel-2024-10-30_2024-11-21.csv',
    )
  })
})

describe('captions with the analyst’s workspace', () => {
  it('say how many records are not in the published dataset', () => {
    const info = {
      title: 'Matrix',
      from: '2024-10-01',
      to: '2024-11-30',
      focus: [],
      selection: null,
      datasetVersion: 'abc1234',
      dataset: 'Blueline dataset: the built-in dataset, content SHA-256 abc1234',
      sources: [],
      workspaceRecords: 2,
    }
    expect(citationLines(info).at(-1)).toBe(
      'Blueline dataset: the built-in dataset, content SHA-256 abc1234; includes 2 records not in the published dataset',
    )
    expect(sourceLine(info)).toMatch(/; includes 2 records not in the published dataset$/)
  })
})
