import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from './dates'

describe('parseDay', () => {
  it('reads the date as the app writes it, and its long and numeric day-first forms', () => {
    expect(parseDay('7 Oct 2023')).toBe('2023-10-07')
    expect(parseDay(' 31 october 2024 ')).toBe('2024-10-31')
    expect(parseDay('1 Sept. 2024')).toBe('2024-09-01')
    expect(parseDay('7/10/2023')).toBe('2023-10-07')
    expect(parseDay('31.10.2024')).toBe('2024-10-31')
    expect(parseDay('31102024')).toBe('2024-10-31')
    expect(parseDay('2024-10-31')).toBe('2024-10-31')
  })

  it('round-trips what formatDay writes', () => {
    for (const day of ['2023-10-07', '2024-02-29', '2024-12-31'])
      expect(parseDay(formatDay(day))).toBe(day)
  })

  it('never reads a year still being typed, or a day that does not exist', () => {
    expect(['31 Oct 2', '31 Oct 20', '31 Oct 202', '3110202'].map(parseDay)).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(parseDay('31 Oct 0202')).toBeNull()
    expect(parseDay('30 Feb 2024')).toBeNull()
    expect(parseDay('10/31/2024')).toBeNull()
    expect(parseDay('7 Octember 2023')).toBeNull()
    expect(parseDay('')).toBeNull()
  })
})
