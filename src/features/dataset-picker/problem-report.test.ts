import { describe, expect, it } from 'vitest'
import { problemReport } from './problem-report'

describe('problemReport', () => {
  it('lists every problem with its path, one per line', () => {
    const text = problemReport('mine.json', 'mine.json failed validation with 2 problems.', [
      { collection: 'positions', path: [0, 'actor'], recordId: 'p1', message: 'unknown actor "x"' },
      { collection: 'sources', path: [], message: 'should list at least 1 item' },
    ])
    expect(text.split('\n')).toEqual([
      'Blueline validation report for mine.json',
      'mine.json failed validation with 2 problems.',
      '',
      'positions[0].actor (record "p1"): unknown actor "x"',
      'sources: should list at least 1 item',
      '',
    ])
  })
})
