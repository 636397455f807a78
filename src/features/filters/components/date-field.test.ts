import { describe, expect, it } from 'vitest'
import { isCompleteDate } from './date-field'

describe('isCompleteDate', () => {
  it('waits for a four-digit year, as a year typed digit by digit passes through 0002 and 0202', () => {
    expect(['0002-10-31', '0020-10-31', '0202-10-31'].map(isCompleteDate)).toEqual([
      false,
      false,
      false,
    ])
    expect(isCompleteDate('2024-10-31')).toBe(true)
    expect(isCompleteDate('2024-02-30')).toBe(false)
    expect(isCompleteDate('')).toBe(false)
  })
})
