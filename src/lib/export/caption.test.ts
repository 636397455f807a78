import { describe, expect, it } from 'vitest'
import { captionLines } from './caption'
import { exportFileName } from './file-name'

describe('captionLines', () => {
  it('says the filter, focus, selection, cited articles and dataset version', () => {
    expect(
      captionLines({
        title: 'Position matrix',
        from: '2024-10-30',
        to: '2024-11-21',
        focus: ['actor United States'],
        selection: 'cell:us:ceasefire',
        dataset: 'Blueline dataset: the built-in dataset, content SHA-256 abc123, built 2026-11-22',
        sources: [
          {
            title: 'Hochstein to meet Netanyahu',
            outlet: 'Financial Times',
            published: '2024-11-21',
            inferred: true,
          },
        ],
      }),
    ).toEqual([
      'Filter: 30 Oct 2024 – 21 Nov 2024 · focus: actor United States · selected: cell:us:ceasefire',
      'Cites: “Hochstein to meet Netanyahu” (Financial Times, 21 Nov 2024, date inferred)',
      'Blueline dataset: the built-in dataset, content SHA-256 abc123, built 2026-11-22',
    ])
  })
})

describe('captionLines with many articles', () => {
  it('names the first twelve and counts the rest, so the caption stays shorter than the chart', () => {
    const sources = Array.from({ length: 30 }, (_, i) => ({
      title: `Article ${i}`,
      outlet: null,
      published: '2024-11-21',
      inferred: false,
    }))
    const cites = captionLines({
      title: 'T',
      from: '2024-10-30',
      to: '2024-11-21',
      focus: [],
      selection: null,
      dataset: 'Blueline dataset: the built-in dataset, content SHA-256 0',
      sources,
    })[1]!
    expect(cites).toContain('“Article 11”')
    expect(cites).not.toContain('“Article 12”')
    expect(cites).toMatch(/; and 18 more articles \(listed in the JSON export\)$/)
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
